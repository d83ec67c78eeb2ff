import type { Quiz } from '../schema'
import type { AttemptEntry } from './aggregate'

/**
 * One CSV cell, RFC 4180 quoted. A cell that a spreadsheet would run as a formula (it begins with
 * = + - @, a tab or a carriage return) is neutralised with a leading apostrophe.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text
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
        const chosen = e.meta.a[q.id]
        if (chosen !== undefined) return q.options?.[chosen] ?? ''
        return e.meta.x?.[q.id]?.[1] ?? ''
      }),
    ])
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
