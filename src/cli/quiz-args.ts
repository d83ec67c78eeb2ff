/**
 * The arguments shared by `npm run generate` and `npm run review`: FILE and the generator's options.
 * Parsing is pure; the commands turn a UsageError into exit code 2.
 */
import { readFileSync } from 'node:fs'
import {
  type GenerateOptions,
  generateQuiz,
  InvalidQuizOptionError,
  MissingDateError,
  NotEnoughFactsError,
} from '../quiz/index'
import type { Quiz } from '../schema'

export class UsageError extends Error {
  override readonly name = 'UsageError'
  /** False when the arguments were right and the article is the problem (no usage line then). */
  readonly showUsage: boolean
  constructor(message: string, showUsage = true) {
    super(message)
    this.showUsage = showUsage
  }
}

export interface QuizArgs {
  file: string
  out: string
  stdout: boolean
  options: GenerateOptions
}

const VALUE_FLAGS = ['out', 'count', 'seed', 'title', 'date', 'publisher', 'url', 'license', 'id'] as const
type ValueFlag = (typeof VALUE_FLAGS)[number]

export const USAGE =
  'FILE [--out DIR] [--stdout] [--count N] [--seed S] [--title T] [--date YYYY-MM-DD] [--publisher P] [--url U] [--license L] [--id ID]'

export function parseQuizArgs(argv: string[]): QuizArgs {
  const values: Partial<Record<ValueFlag, string>> = {}
  let stdout = false
  const files: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') continue
    if (arg === '--stdout') {
      stdout = true
      continue
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)) as ValueFlag
      if (!VALUE_FLAGS.includes(name)) throw new UsageError(`unknown option ${arg}`)
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i]
      if (value === undefined || value === '') throw new UsageError(`${arg} needs a value`)
      values[name] = value
      continue
    }
    files.push(arg)
  }
  if (files.length !== 1)
    throw new UsageError(files.length === 0 ? 'give the article FILE' : `give one FILE, not ${files.length}`)
  const options: GenerateOptions = {}
  if (values.count !== undefined) {
    if (!/^\d+$/.test(values.count))
      throw new UsageError(`--count must be a whole number, not "${values.count}"`)
    options.count = Number(values.count)
  }
  if (values.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date)))
      throw new UsageError(`--date must be YYYY-MM-DD, not "${values.date}"`)
    options.date = values.date
  }
  if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url))
    throw new UsageError(`--url must be an http(s) address, not "${values.url}"`)
  if (values.id !== undefined && !/^[a-z0-9][a-z0-9-]{0,79}$/.test(values.id))
    throw new UsageError(`--id must be a lowercase slug, not "${values.id}"`)
  for (const k of ['seed', 'title', 'publisher', 'url', 'license', 'id'] as const) {
    const v = values[k]
    if (v !== undefined) options[k] = v
  }
  return { file: files[0] ?? '', out: values.out ?? 'questions', stdout, options }
}

/** Reads the article as UTF-8 text, or throws a UsageError saying why it cannot. */
export function readArticle(file: string): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(`${file} is not UTF-8 text`)
  }
}

/** Builds the quiz for the command line, turning every expected failure into a UsageError. */
export function quizForArgs(argv: string[]): { quiz: Quiz; out: string; stdout: boolean } {
  const args = parseQuizArgs(argv)
  const article = readArticle(args.file)
  try {
    return { quiz: generateQuiz(article, args.options), out: args.out, stdout: args.stdout }
  } catch (err) {
    if (
      err instanceof NotEnoughFactsError ||
      err instanceof MissingDateError ||
      err instanceof InvalidQuizOptionError ||
      (err instanceof Error && /^Article\w*Error$/.test(err.name))
    )
      throw new UsageError(`${args.file}: ${err.message}`, err instanceof InvalidQuizOptionError)
    throw err
  }
}
