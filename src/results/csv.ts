import type { Quiz } from '../schema'
import { type AttemptEntry, chosenOption, typedAnswer } from './aggregate'

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

/** The class's attempts as CSV: one row per attempt (oldest first), one column per question. */
export function resultsCsv(quiz: Quiz, entries: AttemptEntry[]): string {
  const header = [
    'time',
    'name',
    'class',
    'score',
    'total',
    ...quiz.questions.map((q, i) => `Q${i + 1} ${q.prompt}`),
  ]
  const rows = [...entries]
    .sort((x, y) => (x.meta.at < y.meta.at ? -1 : x.meta.at > y.meta.at ? 1 : 0))
    .map((e) => [
      e.meta.at,
      e.meta.n ?? '',
      e.class,
      e.meta.s,
      e.meta.t,
      ...quiz.questions.map((q) => {
        const chosen = chosenOption(q, e.meta)
        if (chosen !== undefined) return q.options?.[chosen] ?? ''
        return typedAnswer(q, e.meta)?.[1] ?? ''
      }),
    ])
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
