/** Typed errors of the quiz generator. Pure: no status codes here; the API maps them. */

/** What an article offered, counted per kind of fact, for a refusal message. */
export interface FactCounts {
  /** Quotes fit for a "who said" question. */
  attributedQuotes: number
  /** Every quotation the reader gave a named speaker (person or body), fit to ask or not. */
  namedQuotes?: number
  /** How many different people or bodies those quotations are by. */
  speakers?: number
  dates: number
  numbers: number
  roles: number
  sources: number
}

/** The article yields fewer good questions than a fair quiz needs (3). */
export class NotEnoughFactsError extends Error {
  override readonly name = 'NotEnoughFactsError'
  /** Kinds of fact the article lacked entirely (e.g. ["dates", "numbers"]). */
  readonly missing: string[]
  /** How many facts of each kind were found. */
  readonly found: FactCounts
  /** How many questions survived the rules. */
  readonly questions: number
  constructor(found: FactCounts, questions: number, needed = 3) {
    const missing = missingKinds(found)
    super(
      `${describeFound(found)}; only ${questions} fair question${questions === 1 ? '' : 's'} could be made, and a fair quiz needs at least ${needed} questions`,
    )
    this.found = found
    this.missing = missing
    this.questions = questions
  }
}

/** The quiz needs a source date and neither the caller nor the article's `date` line gave one. */
export class MissingDateError extends Error {
  override readonly name = 'MissingDateError'
  constructor() {
    super('the article has no "date YYYY-MM-DD" line; give the publication date (e.g. --date 2025-11-18)')
  }
}

/** An option passed to the generator is out of range or malformed. */
export class InvalidQuizOptionError extends Error {
  override readonly name = 'InvalidQuizOptionError'
  readonly option: string
  constructor(option: string, message: string) {
    super(`${option}: ${message}`)
    this.option = option
  }
}

const KIND_LABELS: Array<[Exclude<keyof FactCounts, 'namedQuotes' | 'speakers'>, string, string]> = [
  ['attributedQuotes', 'attributed quote', 'attributed quotes'],
  ['dates', 'date', 'dates'],
  ['numbers', 'number', 'numbers'],
  ['roles', 'stated role', 'stated roles'],
  ['sources', 'cited outlet', 'cited outlets'],
]

/**
 * How many quotations the reader found with a named speaker. A refusal counts these, not only those
 * fit for a "who said it?" question: a statement quoted all through by one member, or a judge and a
 * tweet, holds quotes even when none can be asked as "who said it?", and a note saying "no attributed
 * quotes" of it is false (round 7 review).
 */
function quotesFound(found: FactCounts): number {
  return Math.max(found.namedQuotes ?? 0, found.attributedQuotes)
}

/** A count of one kind, with quotations counted as found (quotesFound). */
function countOf(found: FactCounts, k: (typeof KIND_LABELS)[number][0]): number {
  return k === 'attributedQuotes' ? quotesFound(found) : found[k]
}

function missingKinds(found: FactCounts): string[] {
  return KIND_LABELS.filter(([k]) => countOf(found, k) === 0).map(([k]) => k)
}

/**
 * Why found quotations gave no "who said it?" question, said as it is: all by one speaker (no fair
 * wrong speaker to offer), or how many of them fit one.
 */
function quotesAside(found: FactCounts): string {
  const all = quotesFound(found)
  if (all === 0 || found.attributedQuotes >= all) return ''
  if ((found.speakers ?? 0) === 1) return ` (all by one speaker, so none fits a "who said it?" question)`
  return ` (${found.attributedQuotes} of them fit a "who said it?" question; the rest are too short, repeat another quote, or are a term or a document's wording)`
}

/** "found 1 attributed quote and no dates, numbers, stated roles or cited outlets" */
export function describeFound(found: FactCounts): string {
  const present = KIND_LABELS.filter(([k]) => countOf(found, k) > 0).map(([k, one, many]) => {
    const n = countOf(found, k)
    return `${n} ${n === 1 ? one : many}${k === 'attributedQuotes' ? quotesAside(found) : ''}`
  })
  const absent = KIND_LABELS.filter(([k]) => countOf(found, k) === 0).map(([, , many]) => many)
  const list = (xs: string[], last: string): string =>
    xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${last} ${xs[xs.length - 1]}`
  if (present.length === 0) return `found no ${list(absent, 'or')}`
  if (absent.length === 0) return `found ${list(present, 'and')}`
  return `found ${list(present, 'and')} and no ${list(absent, 'or')}`
}
