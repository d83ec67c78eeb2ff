import type { Question, Quiz } from '../schema'
import {
  type AttemptEntry,
  chosenOption,
  entryCorrect,
  entryVersion,
  resultQuestions,
  typedAnswer,
} from './aggregate'

/** Control characters (C0, DEL, C1) other than tab and line breaks: never in a cell. */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu
/**
 * A formula start: = + - @ at the start of the cell or right after a separator of any common locale
 * (`,` `;` tab) or a line break, spaces allowed before it. A spreadsheet that splits the cell's text
 * on that separator would run what follows as a formula.
 */
const FORMULA_START = /(^|[,;\t\r\n])([ \u00a0]*)(?=[=+\-@])/g

/**
 * One CSV cell, RFC 4180 quoted. Control characters are dropped; every formula start (at the start or
 * after a `,` `;` tab or line break) is neutralised with an apostrophe; a cell holding a separator of any
 * common locale (`,` `;` tab), a quote, a line break or outer spaces is quoted.
 */
export function csvCell(value: string | number): string {
  let text = String(value).replace(CONTROL, '')
  text = text.replace(FORMULA_START, "$1$2'")
  if (/^[\t\r]/.test(text)) text = `'${text}`
  return /[",;\t\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text
}

function keyText(q: Question): string {
  return q.options !== undefined ? (q.options[q.answer ?? 0] ?? '') : (q.accept ?? []).join(' / ')
}

/**
 * The class's attempts as CSV: an answer-key row, then one row per attempt (oldest first) with the
 * version it answered, and per question the answer given and a right/wrong mark (1 right, 0 wrong or
 * left blank, empty when that attempt's version did not ask the question). Questions are the current
 * version's, then those only older versions asked.
 */
export function resultsCsv(
  current: Quiz,
  version: number,
  entries: AttemptEntry[],
  versions: ReadonlyMap<number, Quiz> = new Map(),
): string {
  const questions = resultQuestions(current, versions)
  const asked = new Map<number, Set<string>>([[version, new Set(current.questions.map((q) => q.id))]])
  for (const [v, quiz] of versions) asked.set(v, new Set(quiz.questions.map((q) => q.id)))
  const header = [
    'time',
    'name',
    'class',
    'version',
    'score',
    'total',
    ...questions.flatMap(({ question: q, current: now }, i) => {
      const label = `Q${i + 1}${now ? '' : ' (not in the current version)'} ${q.prompt}`
      return [label, `Q${i + 1} right`]
    }),
  ]
  const key = [
    'answer key',
    '',
    '',
    String(version),
    '',
    '',
    ...questions.flatMap(({ question: q }) => [keyText(q), '']),
  ]
  const rows = [...entries]
    .sort((x, y) => (x.meta.at < y.meta.at ? -1 : x.meta.at > y.meta.at ? 1 : 0))
    .map((e) => {
      const ids = asked.get(entryVersion(e))
      return [
        e.meta.at,
        e.meta.n ?? '',
        e.class,
        entryVersion(e),
        e.meta.s,
        e.meta.t,
        ...questions.flatMap(({ question: q }) => {
          const chosen = chosenOption(q, e.meta)
          const given =
            chosen !== undefined ? (q.options?.[chosen] ?? '') : (typedAnswer(q, e.meta)?.[1] ?? '')
          const right = entryCorrect(q, e.meta)
          const mark = right === null ? (ids?.has(q.id) === true ? '0' : '') : right ? '1' : '0'
          return [given, mark]
        }),
      ]
    })
  return `${[header, key, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
