import type { Question, Quiz } from '../schema'
import { type AttemptEntry, entryCorrect, entryVersion, resultQuestions } from './aggregate'

/**
 * One CSV cell, RFC 4180 quoted. A cell that a spreadsheet would run as a formula (it begins with
 * = + - @, a tab or a carriage return) is neutralised with a leading apostrophe.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text
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
          const chosen = e.meta.a[q.id]
          const given = chosen !== undefined ? (q.options?.[chosen] ?? '') : (e.meta.x?.[q.id]?.[1] ?? '')
          const right = entryCorrect(q, e.meta)
          const mark = right === null ? (ids?.has(q.id) === true ? '0' : '') : right ? '1' : '0'
          return [given, mark]
        }),
      ]
    })
  return `${[header, key, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
