/**
 * `npm run generate -- FILE [options]`: writes questions/<id>.json (or prints the quiz with --stdout,
 * and nothing else on stdout). A one-line summary per question type goes to stderr.
 * Exit code 2 with a message on stderr for bad arguments, an unreadable file or too few facts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CliExit, type CliIo, exitCodeOf, processIo, runAsProgram } from './io'
import { quizForArgs, USAGE, UsageError } from './quiz-args'

export function main(argv: string[], io: CliIo = processIo): number {
  return exitCodeOf(io, () => {
    let result: ReturnType<typeof quizForArgs>
    try {
      result = quizForArgs(argv)
    } catch (err) {
      if (err instanceof UsageError)
        throw new CliExit(
          2,
          `generate: ${err.showUsage ? `${err.message}\nusage: npm run generate -- ${USAGE}` : err.message}`,
        )
      throw err
    }
    const { quiz, out, stdout } = result
    const json = `${JSON.stringify(quiz, null, 2)}\n`
    const byType = new Map<string, string[]>()
    for (const q of quiz.questions) byType.set(q.type, [...(byType.get(q.type) ?? []), q.prompt])
    for (const [type, prompts] of byType)
      io.err(`${type}: ${prompts.length} (${prompts.map((p) => p.slice(0, 50)).join(' | ')})\n`)
    if (stdout) {
      io.out(json)
      return 0
    }
    mkdirSync(out, { recursive: true })
    const path = join(out, `${quiz.id}.json`)
    writeFileSync(path, json)
    io.err(`wrote ${path} (${quiz.questions.length} questions)\n`)
    return 0
  })
}

runAsProgram(import.meta.url, main)
