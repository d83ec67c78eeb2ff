/**
 * "Today" inside a quotation is the day the words were said, which is not always the day the article
 * was published: "On Wednesday, the court ruled … Ana Ruiz said, 'Today's ruling is …'". Pure.
 */
import type { Sentence } from '../article/types'
import type { DateFact } from '../schema'
import type { QuoteSpan } from './quote-marks'

/** Relative day words and their distance from the day of speaking. */
const RELATIVE_DAY: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
])

const DAY = /^\d{4}-\d{2}-\d{2}$/

function shift(day: string, days: number): string {
  const t = new Date(`${day}T12:00:00Z`)
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10)
}

/**
 * Re-dates "today", "tonight", "yesterday" and "tomorrow" inside quotations to the day of speaking:
 * a day the same sentence gives outside the quote ("…,' Ruiz said on Tuesday"); else the last day
 * the paragraph gave before the quote; else the latest past day of the lead paragraph (the day of
 * the news the quotes react to); else the publication day, as read before.
 */
export function dateQuotedDays(
  dates: readonly DateFact[],
  quotes: readonly QuoteSpan[],
  sentences: readonly Sentence[],
  pubIso: string,
): DateFact[] {
  if (!dates.some((d) => RELATIVE_DAY.has(relativeWord(d.text)))) return [...dates]
  const inQuote = (d: DateFact): boolean => quotes.some((q) => q.start <= d.start && d.end <= q.end)
  const paragraphOf = new Map(sentences.map((s) => [s.start, s.paragraph]))
  const para = (d: DateFact): number => paragraphOf.get(d.sentence.start) ?? -1
  const firstPara = sentences[0]?.paragraph ?? 0
  const plain = dates.filter(
    (d) => DAY.test(d.iso) && !inQuote(d) && RELATIVE_DAY.get(relativeWord(d.text)) !== 1,
  )
  const leadDays = plain.filter((d) => para(d) === firstPara && d.iso <= pubIso).map((d) => d.iso)
  const leadDay = leadDays.sort().at(-1) ?? null
  return dates.map((d) => {
    const offset = RELATIVE_DAY.get(relativeWord(d.text))
    if (offset === undefined || !inQuote(d)) return d
    const sameSentence = plain.find((x) => x.sentence.start === d.sentence.start)
    const earlier = plain.filter((x) => para(x) === para(d) && x.end <= d.start).at(-1)
    const day = sameSentence?.iso ?? earlier?.iso ?? leadDay
    return day === null ? d : { ...d, iso: shift(day, offset) }
  })
}

function relativeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s$/, '')
    .trim()
}
