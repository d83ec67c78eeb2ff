/**
 * `npm run eval [-- --articles DIR] [--annotations DIR] [--verbose]`: scores extractFacts against the
 * hand annotations in test/fixtures/annotations/*.json, or in the --annotations DIR (default: the
 * articles folder when it holds *.json annotations itself, as test/fixtures/holdout does). Articles
 * are read from --articles DIR (default: the repository's copies, test/fixtures/articles).
 * `npm run eval -- import` scores the link importer on saved pages instead (src/cli/eval-import.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFacts } from '../facts/index'
import { ARTICLES_DIR } from './articles'
import { runImportEval } from './eval-import'
import { type Annotation, type ArticleScore, annotationSchema, scoreArticle, sumScores } from './eval-score'
import { CliExit, type CliIo, exitCodeOf, processIo, runAsProgram } from './io'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

function fail(message: string): never {
  throw new CliExit(2, `eval: ${message}`)
}

function pct(n: number): string {
  return Number.isNaN(n) ? '  n/a' : n.toFixed(2).padStart(5)
}

function row(name: string, s: ArticleScore): string {
  return `| ${name.padEnd(52)} | ${pct(s.quotePrecision)} | ${pct(s.quoteRecall)} | ${pct(s.quoteF1)} | ${pct(s.speakerAccuracy)} | ${pct(s.dateAccuracy)} | ${pct(s.numberRecall)} |`
}

export function main(args: string[], io: CliIo = processIo): number {
  if (args[0] === 'import') return runImportEval(args.slice(1))
  return exitCodeOf(io, () => scoreFacts(args, io))
}

function scoreFacts(args: string[], io: CliIo): number {
  const at = args.indexOf('--articles')
  const dir = at >= 0 ? resolve(args[at + 1] ?? '') : ARTICLES_DIR
  const verbose = args.includes('--verbose')
  if (!existsSync(dir)) fail(`the articles folder ${dir} is absent; pass --articles DIR`)
  const an = args.indexOf('--annotations')
  const annDir =
    an >= 0
      ? resolve(args[an + 1] ?? '')
      : at >= 0 && readdirSync(dir).some((f) => f.endsWith('.json'))
        ? dir
        : join(ROOT, 'test/fixtures/annotations')
  if (!existsSync(annDir)) fail(`no annotations in ${annDir}`)
  const files = readdirSync(annDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
  const scores: ArticleScore[] = []
  io.out('| article | quote P | quote R | quote F1 | speaker | dates | numbers |\n')
  io.out('| --- | --- | --- | --- | --- | --- | --- |\n')
  for (const f of files) {
    const ann: Annotation = annotationSchema.parse(JSON.parse(readFileSync(join(annDir, f), 'utf8')))
    const path = join(dir, ann.file)
    if (!existsSync(path)) fail(`article ${ann.file} is missing from ${dir}`)
    const facts = extractFacts(readFileSync(path, 'utf8'))
    const s = scoreArticle(ann, facts)
    scores.push(s)
    io.out(`${row(ann.file.replace(/\.txt$/, ''), s)}\n`)
    if (verbose) for (const line of s.misses) io.out(`    ${line}\n`)
  }
  io.out(`${row('**total**', sumScores(scores))}\n`)
  return 0
}

runAsProgram(import.meta.url, main)
