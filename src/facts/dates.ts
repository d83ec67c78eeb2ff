import * as chrono from 'chrono-node/en'
import type { Sentence } from '../article/types'
import type { DateFact } from '../schema'
import { anchoredDates, mayHoldAnchoredDate } from './anchored-dates'
import { eventOf } from './events'
import { lowerCase } from './lower'
import type { QuoteSpan } from './quote-marks'
import { dateQuotedDays } from './speech-day'

/** Cheap test for words that may hold a date; chrono runs only on sentences that pass it. */
/**
 * Cheap test for words that may hold a date that chrono can read: weekday and month names, today and
 * its kin, periods with a determiner ("this month", "last year", "early this morning") and "… ago".
 * Bare years are read without chrono.
 */
const DATE_CUE =
  /\b(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?:week|weekend|month|year|morning|evening|night|afternoon|spring|summer|autumn|fall|winter)\b|(?:days?|weeks?|months?|years?)\s+ago\b|\b(?:[Oo]ver|[Aa]t|[Dd]uring)\s+the\s+weekend\b)/
/** DATE_CUE with the g flag, for finding every cue of a sentence (reset lastIndex before each scan). */
const DATE_CUES = new RegExp(DATE_CUE.source, 'g')
const FUTURE =
  /\b(?:will|would|shall|is to|are to|scheduled|schedule|plan(?:s|ned)? to|intends? to|expected|is due|are due|next|coming|upcoming|to be held|set to|due to|required to)\b/i
const PAST =
  /\b(?:was|were|had|did|\w{3,}ed|said|told|met|won|became|began|went|took|made|gave|came|saw|held|left|lost|fell|rose|spoke|wrote|stood|sent|ran|paid|led|found|got|brought|thought|knew|died|withdrew|drew|grew|chose|broke|spent|sold|won|struck|fought|hit|quit|shot|flew|woke)\b/gi
const DURATION =
  /^(?:(?:the\s+)?(?:last|past|next|coming)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s+\w+|(?:in\s+)?the\s+(?:week|month|year|day)s?)$/i
const NUMBER_ONLY = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/
/** FUTURE with the g flag, for scanning a sentence (reset lastIndex before each scan). */
const FUTURES = new RegExp(FUTURE.source, 'gi')
const MODIFIER_BEFORE = /\b(?:(?:earlier|later|early|late|mid|this|past|coming|next|last)[\s-]+)+$/i

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function iso(y: number, m?: number, d?: number): string {
  if (m === undefined) return String(y).padStart(4, '0')
  if (d === undefined) return `${String(y).padStart(4, '0')}-${pad(m)}`
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`
}

function addDays(t: Date, n: number): Date {
  return new Date(t.getTime() + n * 86_400_000)
}

interface Found {
  start: number
  end: number
  iso: string
}

/**
 * Where one clause of a sentence ends and another begins: "passed in September, and will become law"
 * — a verb across it tells nothing of the date's tense.
 */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\s/g

/** The clause of `sentence` that holds the date starting at `start`: [from, to). */
function clauseAround(sentence: string, start: number): [number, number] {
  let from = 0
  let to = sentence.length
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length
    // (a date's text may end on the comma of the break: "in September, and …")
    else if (m.index > start) {
      to = m.index
      break
    }
  }
  return [from, to]
}

/** Whether the verb nearest to the date (by characters) speaks of the future rather than the past. */
function isFuture(whole: string, wholeStart: number, wholeEnd: number): boolean {
  const [from, to] = clauseAround(whole, wholeStart)
  const sentence = whole.slice(from, to)
  const start = wholeStart - from
  const end = wholeEnd - from
  const dateText = lowerCase(sentence.slice(start, end))
  if (/\b(?:past|last|ago|earlier)\b/.test(dateText)) return false
  if (/\b(?:next|coming)\b/.test(dateText)) return true
  let future = Number.POSITIVE_INFINITY
  let past = Number.POSITIVE_INFINITY
  const distance = (i: number, len: number): number => (i >= end ? i - end : Math.max(0, start - (i + len)))
  const fut = FUTURES
  fut.lastIndex = 0
  let futureBefore = false
  for (let m = fut.exec(sentence); m !== null; m = fut.exec(sentence)) {
    future = Math.min(future, distance(m.index, m[0].length))
    if (m.index < start) futureBefore = true
  }
  PAST.lastIndex = 0
  for (let m = PAST.exec(sentence); m !== null; m = PAST.exec(sentence)) {
    if (m.index >= start && m.index < end) continue
    // "will vote in May, its chair said": a reporting verb after a comma tells when it was said, not
    // the tense of the event the future verb before the date dates
    if (futureBefore && m.index >= end && REPORTED_AFTER.test(sentence.slice(start, m.index + m[0].length)))
      continue
    past = Math.min(past, distance(m.index, m[0].length))
  }
  return future < past || (future === past && Number.isFinite(future))
}

/** A comma, then an attribution ending in a reporting verb: ", its chair said", ", officials told reporters". */
const REPORTED_AFTER =
  /^[^,;]{1,40},\s+(?:[^,;]{0,60}\s)?(?:said|told|added|announced|stated|noted|explained|wrote|tweeted)$/

const FAR = 300 * 86_400_000

/**
 * A date written without its year is almost never most of a year away from publication: when the
 * tense puts it there ("said he planned to act by April 1"), the nearer year wins, unless the text
 * says "last" or "next".
 */
function nearestYear(y: number, at: (year: number) => number, pub: Date, text: string): number {
  const t = pub.getTime()
  if (/\b(?:last|next|past|coming)\b/.test(text) || Math.abs(at(y) - t) <= FAR) return y
  return [y - 1, y + 1].reduce((best, c) => (Math.abs(at(c) - t) < Math.abs(at(best) - t) ? c : best), y)
}

function resolve(r: chrono.ParsedResult, future: boolean, pub: Date, lead: string): string | null {
  const c = r.start
  const text = `${lead} ${lowerCase(r.text)}`
  if (/\bweekend\b/.test(text)) {
    // The Saturday of that weekend, at month precision (a weekend may span two days of one month).
    const back = (pub.getUTCDay() + 1) % 7 || 7
    const sat = future ? addDays(pub, 6 - pub.getUTCDay() || 7) : addDays(pub, -back)
    return iso(sat.getUTCFullYear(), sat.getUTCMonth() + 1)
  }
  if (/\bweek\b/.test(text)) {
    // "this week": the publication's own week, at month precision
    if (/\bthis\s+week\b/.test(text)) return iso(pub.getUTCFullYear(), pub.getUTCMonth() + 1)
    // "last week", "next week": a week, not a day, so the month of the day a week away
    const d = addDays(pub, /\bnext\b/.test(text) || (future && !/\blast\b/.test(text)) ? 7 : -7)
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1)
  }
  if (c.isCertain('day') && c.isCertain('month')) {
    const m = c.get('month') ?? 1
    const d = c.get('day') ?? 1
    if (c.isCertain('year')) return iso(c.get('year') ?? 0, m, d)
    let y = pub.getUTCFullYear()
    const candidate = Date.UTC(y, m - 1, d)
    if (future && candidate < pub.getTime() - 86_400_000) y++
    if (!future && candidate > pub.getTime() + 86_400_000 && !/\b(?:today|tonight|tomorrow)\b/.test(text)) y--
    return iso(
      nearestYear(y, (yy) => Date.UTC(yy, m - 1, d), pub, text),
      m,
      d,
    )
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    const wd = c.get('weekday') ?? 0
    const pd = pub.getUTCDay()
    let delta: number
    if (future || /\bnext\b/.test(text)) delta = (wd - pd + 7) % 7
    // a past weekday that is the publication's own weekday is that day (wire style: "said Wednesday")
    else delta = -((pd - wd + 7) % 7)
    if (/\bnext\b/.test(text) && delta === 0) delta = 7
    const t = addDays(pub, delta)
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
  }
  if (c.isCertain('month')) {
    const m = c.get('month') ?? 1
    if (c.isCertain('year')) return iso(c.get('year') ?? 0, m)
    const pm = pub.getUTCMonth() + 1
    let y = pub.getUTCFullYear()
    const last = /\blast\b/.test(text)
    if (future && m < pm) y++
    if (!future && (m > pm || (last && m >= pm))) y--
    return iso(
      nearestYear(y, (yy) => Date.UTC(yy, m - 1, 15), pub, text),
      m,
    )
  }
  if (c.isCertain('year')) return iso(c.get('year') ?? 0)
  if (/\b(?:today|tonight|yesterday|tomorrow|morning|evening|afternoon|night)\b/.test(text)) {
    const d = c.date()
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }
  return null
}

/** "the night of", "the evening of": a part of a day before the date it belongs to. */
const PART_OF_DAY = /^(?:the\s+)?(?:night|evening|morning|afternoon)\s+of\s+/i

const CUE_WINDOW = 48
/** The longest stretch chrono reads at once (a sentence's dates in a row are read in pieces). */
const MAX_CUE_RUN = 600

/** Where a window that follows a full one starts: at a space after `from`, never past the cue. */
function cueStart(body: string, from: number, cue: number): number {
  const sp = body.indexOf(' ', from)
  return sp === -1 || sp >= cue ? cue : sp + 1
}

/** Stretches of the sentence around each date cue (merged, cut at spaces), for chrono to read. */
function cueWindows(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const cue = DATE_CUES
  cue.lastIndex = 0
  for (let m = cue.exec(body); m !== null; m = cue.exec(body)) {
    let a = Math.max(0, m.index - CUE_WINDOW)
    let b = Math.min(body.length, m.index + m[0].length + CUE_WINDOW)
    if (a > 0) {
      const sp = body.indexOf(' ', a)
      a = sp === -1 || sp > m.index ? m.index : sp + 1
    }
    if (b < body.length) {
      const sp = body.lastIndexOf(' ', b)
      b = Math.max(sp, m.index + m[0].length)
    }
    const last = out[out.length - 1]
    // overlapping windows merge, up to MAX_CUE_RUN characters: a run of dates is read in bounded
    // pieces, so chrono's per-result steps never reread a whole long sentence
    if (last && a <= last[1] && b - last[0] <= MAX_CUE_RUN) last[1] = Math.max(last[1], b)
    else out.push([last && a < last[1] ? Math.max(a, cueStart(body, last[1], m.index)) : a, b])
  }
  return out
}

/** A label that numbers a bill, resolution, section, case or item: the number after it is no year. */
const NUMBER_LABEL_BEFORE =
  /(?:\b(?:H\.\s?R|S|H\.\s?Res|S\.\s?Res|H\.\s?J\.\s?Res|S\.\s?J\.\s?Res|H\.\s?Con\.\s?Res|S\.\s?Con\.\s?Res)\.?|\b(?:No|Nos|Sec|Art)\.|\b(?:Number|Section|Article|Rule|Resolution|Bill|Chapter|Title|Form|Case|Docket|Flight|Route|Room|Law)|#)\s*$/i

/** Bare years ("since 1998", "in 2006") that chrono leaves alone; not years inside titles ("Act of 2019"). */
function bareYears(text: string, s: Sentence, taken: readonly Found[]): Found[] {
  const out: Found[] = []
  const re = /\b(1[5-9]\d\d|20\d\d)\b/g
  const body = text.slice(s.start, s.end)
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const start = s.start + m.index
    const end = start + 4
    if (taken.some((f) => f.start <= start && f.end >= end)) continue
    const before = text.slice(Math.max(s.start, start - 16), start)
    const after = text.slice(end, Math.min(s.end, end + 14))
    if (/\p{Lu}[\p{L}.]*\s+of\s+$/u.test(before) || /[$£€\d.,]$/.test(before)) continue
    // "H.R. 1872", "S. 2001", "No. 1999", "Section 1983": a bill's, a rule's or a case's number
    if (NUMBER_LABEL_BEFORE.test(before)) continue
    if (/^\s*(?:[-–]?\d|%|\s*percent|\s+(?:people|patients|cases|members|votes|\p{Ll}+s)\b)/u.test(after))
      continue
    // "mid-2018", "early 2019", "late 1990": the part of the year is part of the date
    const part = /\b(?:mid-|(?:early|late)[\s-])$/i.exec(before)
    out.push({ start: part ? start - part[0].length : start, end, iso: m[1] ?? '' })
  }
  return out
}

/**
 * Finds the date mentions of every sentence with chrono (reference: the publication date), at the
 * precision the text gives, resolving weekdays by tense, and adds bare years.
 */
export function extractDates(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuoteSpan[],
  date: string | null,
): DateFact[] {
  const pubIso = date ?? new Date().toISOString().slice(0, 10)
  const [py, pm, pd] = pubIso.split('-').map(Number) as [number, number, number]
  const pub = new Date(Date.UTC(py, pm - 1, pd, 12))
  const out: DateFact[] = []
  // the last day a sentence of the current paragraph gave: what "the previous day" counts from
  let anchor: string | null = null
  let anchorParagraph = -1
  for (const s of sentences) {
    const body = text.slice(s.start, s.end)
    // the cue windows are empty exactly when the sentence has no date cue
    const windows = cueWindows(body)
    const anchored = mayHoldAnchoredDate(body)
    if (windows.length === 0 && !anchored && !/\b(?:1[5-9]|20)\d\d\b/.test(body)) continue
    if (s.paragraph !== anchorParagraph) anchor = null
    const found: Found[] = []
    for (const [ws, we] of windows) {
      let results: chrono.ParsedResult[] = []
      try {
        results = chrono.casual.parse(body.slice(ws, we), { instant: pub, timezone: 0 })
      } catch {
        results = []
      }
      for (const r of results) readResult(r, ws)
    }
    function readResult(r: chrono.ParsedResult, ws: number, partBefore = 0): void {
      // "the night of 5 May": chrono reads the part of the day and drops the date; read the date alone
      const partOf = PART_OF_DAY.exec(r.text)
      if (partOf) {
        const inner = chrono.casual.parse(r.text.slice(partOf[0].length), { instant: pub, timezone: 0 })[0]
        if (inner?.start.isCertain('day')) {
          readResult(inner, ws + r.index + partOf[0].length, partOf[0].length)
          return
        }
      }
      const rIndex = ws + r.index
      let t = r.text.replace(/[\s,.;:'’]+$/u, '')
      let start = s.start + rIndex
      const lead = /^(?:on|in|at|by|since|from|until)\s+/i.exec(t)
      if (lead) {
        start += lead[0].length
        t = t.slice(lead[0].length)
      }
      if (
        t === 'may' ||
        t === 'march' ||
        /^(?:sun|sat|wed|mar|may|jun|dec|oct)$/.test(t) ||
        NUMBER_ONLY.test(t)
      )
        return
      if (
        DURATION.test(t) ||
        (/\b(?:the|for|over|roughly)\s+$/i.test(text.slice(Math.max(s.start, start - 30), start)) &&
          /^(?:last|past)\b/i.test(t))
      )
        return
      if (!/\p{L}/u.test(t) && !/\d{4}/.test(t)) return
      if (/^(?:right\s+)?now$|^currently$|^recently$/i.test(t)) return
      // "12 days after the storm": counted from an event, not from the publication date.
      if (
        /\b(?:after|before|later|earlier|from)$/i.test(t) &&
        /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b/i.test(t)
      )
        return
      const lo = Math.max(0, rIndex - 160)
      const around = body.slice(lo, rIndex + r.text.length + 160)
      // "next August", "last November": chrono leaves the word out of its text
      const nextOrLast = /\b(last|next)\s+$/i
        .exec(body.slice(Math.max(0, rIndex - 6), rIndex))?.[1]
        ?.toLowerCase()
      const future = nextOrLast
        ? nextOrLast === 'next'
        : isFuture(around, rIndex - lo, rIndex - lo + r.text.length)
      const value = resolve(r, future, pub, nextOrLast ?? '')
      if (value === null) return
      // a date read twice where two windows meet is one date
      const end = s.start + rIndex + r.text.replace(/[\s,.;:'’]+$/u, '').length
      if (found.some((f, i) => i >= found.length - 4 && f.start < end && start < f.end)) return
      const mod = MODIFIER_BEFORE.exec(text.slice(Math.max(s.start, start - 24), start))
      if (mod) start -= mod[0].length
      // "over the weekend", "the night of 5 May": the words that make the period are part of the date
      const weekend = /^weekend$/i.test(t)
        ? /\b(?:over|at|during)\s+the\s+$/i.exec(text.slice(Math.max(s.start, start - 12), start))
        : null
      if (weekend) start -= weekend[0].length
      start -= partBefore
      found.push({
        start,
        end: s.start + rIndex + r.text.replace(/[\s,.;:'’]+$/u, '').length,
        iso: value,
      })
    }
    for (const y of bareYears(text, s, found)) found.push(y)
    found.sort((a, b) => a.start - b.start)
    // a day told from another ("two days later") is no anchor itself: the next one counts from the same day
    const lastDay = found.filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f.iso)).at(-1)
    if (anchored) {
      for (const d of anchoredDates(body, s.start, found, anchor, pubIso)) found.push(d)
      found.sort((a, b) => a.start - b.start)
    }
    if (lastDay) {
      anchor = lastDay.iso
      anchorParagraph = s.paragraph
    }
    for (const f of found) {
      out.push({
        text: text.slice(f.start, f.end),
        iso: f.iso,
        start: f.start,
        end: f.end,
        // a date inside a quotation dates the speaker's words, not an event the article reports
        event: quotes.some((q) => q.start <= f.start && f.end <= q.end)
          ? null
          : eventOf(text, s, f.start, f.end),
        sentence: { text: body, start: s.start, end: s.end },
      })
    }
  }
  return dateQuotedDays(out, quotes, sentences, pubIso)
}
