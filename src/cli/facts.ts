/**
 * `npm run --silent facts -- FILE`: prints the facts of the article in FILE as JSON on stdout.
 * Exit code 2 (with a message on stderr) when FILE cannot be read as text.
 */
import { readFileSync } from 'node:fs'
import { ArticleDateError, ArticleTextError, extractFacts } from '../facts/index'
import { articleFactsSchema } from '../schema'
import { CliExit, type CliIo, exitCodeOf, processIo, runAsProgram } from './io'

function fail(message: string): never {
  throw new CliExit(2, `facts: ${message}`)
}

export function main(argv: string[], io: CliIo = processIo): number {
  return exitCodeOf(io, () => {
    const args = argv.filter((a) => a !== '--')
    const file = args[0]
    if (!file) fail('usage: npm run --silent facts -- FILE')
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch (err) {
      fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`)
    }
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      // Not UTF-8: a legacy single-byte text file still reads as Windows-1252; binary data does not.
      if (bytes.includes(0)) fail(`${file} is not text (it holds NUL bytes)`)
      text = new TextDecoder('windows-1252').decode(bytes)
    }
    try {
      const facts = articleFactsSchema.parse(extractFacts(text))
      io.out(`${JSON.stringify(facts, null, 2)}\n`)
      return 0
    } catch (err) {
      if (err instanceof ArticleTextError || err instanceof ArticleDateError) fail(`${file}: ${err.message}`)
      throw err
    }
  })
}

runAsProgram(import.meta.url, main)
