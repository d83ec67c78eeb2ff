/**
 * Dates told from another date rather than from the publication day: "the previous day", "the day
 * after", "two days later" (counted from the nearest day the text gave before them), and "earlier in
 * the week" or "later in the year" (the publication's week, month or year). Pure.
 */
import { CARDINALS } from './number-words'

/** A date found in a sentence: offsets into the article text and its ISO value. */
export interface FoundDate {
  start: number
  end: number
  iso: string
}

/**
 * "the same day", "the previous day", "the next day", "the following day", "the day before", "the day after", "two days
 * later", "a day earlier" — not "the day before the vote" or "two days after the storm", which count
 * from an event the text names, not from a date.
 */
const ANCHORED =
  /\b(?:(?:on\s+)?the\s+(same)\s+day|the\s+(previous|preceding|next|following)\s+day|the\s+day\s+(before|after)(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|[\p{Lu}\d]))|(a|one|two|three|four|five|six|seven)\s+days?\s+(earlier|later|before(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|[\p{Lu}\d]))|after(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|[\p{Lu}\d]))))\b/giu
/**
 * "earlier in the week", "later in the month", "earlier in the year": the publication's period; "the
 * coming week" or "the coming month": the next one (at month precision).
 */
const IN_THE_PERIOD =
  /\b(?:(?:earlier|later)\s+in\s+the\s+(week|month|year)|(?:in\s+|during\s+)?the\s+coming\s+(week|month))\b/gi
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Cheap test: whether a sentence may hold one of these dates. */
export function mayHoldAnchoredDate(body: string): boolean {
  return /\b(?:day|days)\b/i.test(body) || /\b(?:in|coming)\s+(?:the\s+)?(?:week|month|year)\b/i.test(body)
}

/** The month after the one of `day` (YYYY-MM). */
function nextMonth(day: string): string {
  const t = new Date(`${day.slice(0, 7)}-15T12:00:00Z`)
  t.setUTCMonth(t.getUTCMonth() + 1)
  return t.toISOString().slice(0, 7)
}

function shift(day: string, days: number): string {
  const t = new Date(`${day}T12:00:00Z`)
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10)
}

/**
 * The anchored dates of one sentence (`body` starts at `offset` in the text). `found` holds the dates
 * already read in this sentence; `anchor` is the last day (YYYY-MM-DD) an earlier sentence of the
 * paragraph gave, or null. A relative day with no day before it is left out.
 */
export function anchoredDates(
  body: string,
  offset: number,
  found: readonly FoundDate[],
  anchor: string | null,
  pubIso: string,
): FoundDate[] {
  const out: FoundDate[] = []
  ANCHORED.lastIndex = 0
  for (let m = ANCHORED.exec(body); m !== null; m = ANCHORED.exec(body)) {
    const start = offset + m.index
    const end = start + m[0].length
    if (found.some((f) => f.start < end && start < f.end)) continue
    const before = found.filter((f) => f.end <= start && DAY.test(f.iso)).at(-1)?.iso ?? anchor
    if (before === null) continue
    const word = (m[1] ?? m[2] ?? m[3] ?? m[5] ?? '').toLowerCase()
    const back = word === 'previous' || word === 'preceding' || word === 'before' || word === 'earlier'
    const n = word === 'same' ? 0 : (CARDINALS.get(m[4]?.toLowerCase() ?? '') ?? 1)
    out.push({ start, end, iso: shift(before, back ? -n : n) })
  }
  IN_THE_PERIOD.lastIndex = 0
  for (let m = IN_THE_PERIOD.exec(body); m !== null; m = IN_THE_PERIOD.exec(body)) {
    const start = offset + m.index
    const end = start + m[0].length
    if (found.some((f) => f.start < end && start < f.end)) continue
    const period = (m[1] ?? '').toLowerCase()
    const ahead = (m[2] ?? '').toLowerCase()
    const iso =
      ahead === 'week'
        ? shift(pubIso, 7).slice(0, 7)
        : ahead === 'month'
          ? nextMonth(pubIso)
          : period === 'year'
            ? pubIso.slice(0, 4)
            : pubIso.slice(0, 7)
    out.push({ start, end, iso })
  }
  return out
}
