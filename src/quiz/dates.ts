/** Dates as the article writes them, and wrong dates in the same format and precision. */
import type { DateFact } from '../schema'
import type { GenerationCache } from './cache'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTH_RE = MONTHS.join('|')
const WEEKDAY_RE = WEEKDAYS.join('|')

export type DatePrecision = 'day' | 'month' | 'year'

/** One way of writing a date, able to write other dates the same way. */
export interface DateFormat {
  precision: DatePrecision
  /** True when the text names a year or a month (an absolute date), false for a bare weekday. */
  absolute: boolean
  /** Writes the date `key` (see dateKey) in this format. */
  render: (key: number) => string
  /** Comparable number of the date at this format's precision. */
  key: number
}

/** Day number (UTC days since 1970) of y-m-d. */
function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000)
}
function fromDay(n: number): { y: number; m: number; d: number; wd: number } {
  const t = new Date(n * 86_400_000)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), wd: t.getUTCDay() }
}

/** Leading words that are not part of the date itself ("on", "in", "since"…). */
const PREP = /^(?:on|in|by|since|until|from|before|after|during|this|last|next|early|late|earlier|later)\s+/i

/** The date text without a leading preposition, as an answer shows it. */
export function dateAnswerText(text: string): string {
  let t = text.trim()
  while (PREP.test(t)) t = t.replace(PREP, '')
  return t
}

const DMY = new RegExp(`^(\\d{1,2})(st|nd|rd|th)? (${MONTH_RE}),? (\\d{4})$`)
const MDY = new RegExp(`^(${MONTH_RE}) (\\d{1,2})(st|nd|rd|th)?, (\\d{4})$`)
const MD = new RegExp(`^(${MONTH_RE}) (\\d{1,2})(st|nd|rd|th)?$`)
const DM = new RegExp(`^(\\d{1,2})(st|nd|rd|th)? (${MONTH_RE})$`)
const MY = new RegExp(`^(${MONTH_RE}),? \\d{4}$`)
const M = new RegExp(`^(${MONTH_RE})$`)
const W = new RegExp(`^(${WEEKDAY_RE})( morning| afternoon| evening| night)?$`)
/** Day-precision formats: the pattern, its ordinal-suffix group, and how to write a day in it. */
const DAY_FORMATS: ReadonlyArray<{
  pattern: RegExp
  ordGroup: number
  render: (day: string, month: string, year: number) => string
}> = [
  { pattern: DMY, ordGroup: 2, render: (day, month, year) => `${day} ${month} ${year}` },
  { pattern: MDY, ordGroup: 3, render: (day, month, year) => `${month} ${day}, ${year}` },
  { pattern: MD, ordGroup: 3, render: (day, month) => `${month} ${day}` },
  { pattern: DM, ordGroup: 2, render: (day, month) => `${day} ${month}` },
]
/** Reads the format of a date's text, given its ISO value. Null for formats we cannot rewrite. */
export function dateFormat(text: string, iso: string, cache?: GenerationCache): DateFormat | null {
  const key = `${text}\u0000${iso}`
  const hit = cache?.dateFormats.get(key)
  if (hit !== undefined) return hit
  const format = readDateFormat(text, iso)
  cache?.dateFormats.set(key, format)
  return format
}

function readDateFormat(text: string, iso: string): DateFormat | null {
  const t = dateAnswerText(text)
  if (t !== text.trim()) return null // "last November", "this past Friday": relative; skip
  const [ys, ms, ds] = iso.split('-')
  const y = Number(ys)
  const mo = ms ? Number(ms) : 0
  const d = ds ? Number(ds) : 0
  let m: RegExpExecArray | null
  const month = (k: number): string => MONTHS[k - 1] ?? ''
  if (d) {
    for (const { pattern, ordGroup, render } of DAY_FORMATS) {
      const match = pattern.exec(t)
      if (match === null) continue
      const ord = match[ordGroup] ?? ''
      const day = (x: { d: number }): string => `${x.d}${ord ? ordinal(x.d) : ''}`
      return {
        precision: 'day',
        absolute: true,
        key: dayNumber(y, mo, d),
        render: (k) => {
          const x = fromDay(k)
          return render(day(x), month(x.m), x.y)
        },
      }
    }
  }
  if (MY.test(t) && mo) {
    return {
      precision: 'month',
      absolute: true,
      key: y * 12 + mo - 1,
      render: (k) => `${month((k % 12) + 1)} ${Math.floor(k / 12)}`,
    }
  }
  if (M.test(t) && mo) {
    return {
      precision: 'month',
      absolute: true,
      key: y * 12 + mo - 1,
      render: (k) => month((k % 12) + 1),
    }
  }
  if (/^\d{4}$/.test(t) && y) {
    return { precision: 'year', absolute: true, key: y, render: (k) => String(k) }
  }
  m = W.exec(t)
  if (m && d) {
    const part = m[2] ?? ''
    return {
      precision: 'day',
      absolute: false,
      key: dayNumber(y, mo, d),
      render: (k) => `${WEEKDAYS[fromDay(k).wd] ?? ''}${part}`,
    }
  }
  return null
}

function ordinal(n: number): string {
  const t = n % 100
  if (t >= 11 && t <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'
}

/**
 * The cycle a year of this sentence keeps, or 1: a census year is a census year only every ten years
 * ("the 2010 census": 2000 or 2020 are believable, 2013 is not), and an election year keeps its
 * cycle's parity (elections of one office come every two or four years: 2016 against 2018, never
 * 2017). The sentence must name the census or the election, and the true year must fit the cycle.
 */
export function yearCycle(sentence: string, year: number): number {
  if (/\bcensus(?:es)?\b/i.test(sentence) && year % 10 === 0) return 10
  if (/\b(?:elect(?:ion|ions|ed)|midterms?|re-?elect(?:ion|ed)?|polls)\b/i.test(sentence)) return 2
  return 1
}

/** Year shifts of a cycle: multiples of the cycle, never a one-year slip. */
function cycleShifts(cycle: number): number[] {
  if (cycle === 1) return [3, 5, 2, 10, 4, 7, 6, 8]
  // uneven multiples first (2, 6, 4 … for two-year cycles), so the options are no even ladder
  return [1, 3, 2, 4, 5].map((m) => m * cycle)
}

/** Wrong date keys near `key`, most plausible first, in the same precision (a day stays a day). */
function shiftedKeys(format: DateFormat, text: string, cycle = 1): number[] {
  const k = format.key
  // a year one off ("1997" against 1998) is a slip nobody should be tested on
  if (format.precision === 'year') return cycleShifts(cycle).flatMap((s) => [k - s, k + s])
  if (format.precision === 'month') {
    // a bare month name cannot cross a year without reading as the same month
    const steps = /\d{4}/.test(text) ? [1, 2, 3, 12, 4, 6] : [1, 2, 3, 4, 5]
    return steps.flatMap((s) => [k - s, k + s])
  }
  if (!format.absolute) return [1, 2, 3].flatMap((s) => [k - s, k + s])
  const { y, m, d } = fromDay(k)
  const at = (yy: number, mm: number): number | null => {
    const n = dayNumber(yy, mm, d)
    return fromDay(n).d === d ? n : null // no 31 February
  }
  const out: Array<number | null> = [at(y, m - 1), at(y, m + 1), k - 7, k + 7]
  if (/\d{4}/.test(text)) out.push(at(y - 1, m), at(y + 1, m))
  out.push(at(y, m - 2), at(y, m + 2), k - 14, k + 14, k - 1, k + 1)
  return out.filter((x): x is number => x !== null)
}

/**
 * Wrong dates stay on the true date's side of the publication date (`published`, YYYY-MM-DD), at the
 * format's precision: an event still ahead ("will be sworn in on 1 January") is never offered a day
 * already past, nor a past one a day still to come.
 */
function possibleKeys(format: DateFormat, published: string | null | undefined): (key: number) => boolean {
  if (!published) return () => true
  const [y = 0, m = 1, d = 1] = published.split('-').map(Number)
  const pub =
    format.precision === 'day' ? dayNumber(y, m, d) : format.precision === 'month' ? y * 12 + m - 1 : y
  if (format.key > pub) return (k) => k > pub
  if (format.key < pub) return (k) => k < pub
  return () => true
}

/**
 * Options in chronological order with the true date at `position`. Wrong dates come first from the
 * article's other dates written in the same format, then from plausible shifts. Null when impossible.
 */
export function dateOptions(
  fact: Pick<DateFact, 'text' | 'iso'>,
  others: Array<Pick<DateFact, 'text' | 'iso'>>,
  position: number,
  count: number,
  published?: string | null,
  cache?: GenerationCache,
  cycle = 1,
): string[] | null {
  const format = dateFormat(fact.text, fact.iso, cache)
  if (!format) return null
  const base = possibleKeys(format, published)
  // a census or election year's options keep its cycle (see yearCycle)
  const possible = (k: number): boolean =>
    base(k) && (format.precision !== 'year' || (k - format.key) % cycle === 0)
  const answer = dateAnswerText(fact.text)
  const pool = new Map<number, { text: string; fromArticle: boolean }>()
  const taken = new Set([answer.toLowerCase()])
  for (const o of others) {
    const f = dateFormat(o.text, o.iso, cache)
    if (!f || f.precision !== format.precision || f.absolute !== format.absolute) continue
    if (f.key === format.key || !possible(f.key)) continue
    const shown = format.render(f.key)
    if (shown !== dateAnswerText(o.text) || taken.has(shown.toLowerCase())) continue
    pool.set(f.key, { text: shown, fromArticle: true })
    taken.add(shown.toLowerCase())
  }
  const shifted = shiftedKeys(format, answer, cycle)
  for (const k of shifted) {
    if (pool.has(k) || k === format.key || !possible(k)) continue
    const shown = format.render(k)
    if (taken.has(shown.toLowerCase())) continue
    pool.set(k, { text: shown, fromArticle: false })
    taken.add(shown.toLowerCase())
  }
  const rank = (a: [number, { fromArticle: boolean }]): number =>
    a[1].fromArticle ? Math.abs(a[0] - format.key) - 1e9 : shifted.indexOf(a[0])
  const entries = [...pool.entries()].sort((a, b) => rank(a) - rank(b) || a[0] - b[0])
  const before = entries.filter(([k]) => k < format.key).slice(0, position)
  const after = entries.filter(([k]) => k > format.key).slice(0, count - 1 - position)
  if (before.length < position || after.length < count - 1 - position) return null
  const chosen = [...before, [format.key, { text: answer, fromArticle: true }] as const, ...after].sort(
    (a, b) => a[0] - b[0],
  )
  return chosen.map(([, v]) => v.text)
}

/** Year shifts for a false statement: never one year off ("born 1931" against 1932 tests nothing). */
const FALSE_YEAR_SHIFTS = [4, -4, 5, -5, 3, -3, 6, -6, 10, -10]

/**
 * Wrong dates for a false statement, written like the true one, best first: for a year, shifts of
 * three or more years; then other dates of the article in the same format (the story's other
 * events, a believable mix-up) more than one unit away. A day or month is never shifted mechanically
 * (a month off is a one-unit slip, not a civic fact), and every wrong date stays on the true one's
 * side of the publication date.
 */
export function falseDates(
  fact: Pick<DateFact, 'text' | 'iso'>,
  others: Array<Pick<DateFact, 'text' | 'iso'>>,
  published?: string | null,
  cache?: GenerationCache,
  cycle = 1,
): string[] {
  const format = dateFormat(fact.text, fact.iso, cache)
  if (!format?.absolute) return []
  const base = possibleKeys(format, published)
  // a census or election year is only swapped for another year of its cycle (see yearCycle)
  const possible = (k: number): boolean =>
    base(k) && (format.precision !== 'year' || (k - format.key) % cycle === 0)
  const out = new Set<string>()
  // a year is shifted first: another year of the article would make two statements of one quiz
  // trade their years crosswise
  const shifts = cycle === 1 ? FALSE_YEAR_SHIFTS : [2, -2, 1, -1].map((m) => m * cycle)
  if (format.precision === 'year')
    for (const s of shifts) if (possible(format.key + s)) out.add(format.render(format.key + s))
  const answer = dateAnswerText(fact.text).toLowerCase()
  for (const o of others) {
    const f = dateFormat(o.text, o.iso, cache)
    if (!f || f.precision !== format.precision || !f.absolute || Math.abs(f.key - format.key) < 2) continue
    const shown = format.render(f.key)
    if (possible(f.key) && shown === dateAnswerText(o.text) && shown.toLowerCase() !== answer) out.add(shown)
  }
  return [...out]
}
