import type { Sentence } from '../article/types'
import type { NumberFact } from '../schema'
import { tokenAt } from './attribution'
import { item } from './item'
import { CARDINALS, FRACTIONS, MONTHS, ORDINALS, SCALES } from './number-words'
import { mentionJustBefore, type PeopleIndex } from './people'
import type { Token } from './tokens'

type Kind = NumberFact['kind']

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(st|nd|rd|th)?$/
const HYPHENED =
  /^(\d+(?:\.\d+)?|[a-z]+)-(year-old|years-old|member|judge|day|week|month|year|point|strong|seat|nation|page|mile|km|hour|minute)s?$/
const ONE_IDIOMS_BEFORE = new Set([
  'at',
  'any',
  'no',
  'every',
  'each',
  'the',
  'this',
  'that',
  'which',
  'someone',
  'anyone',
])
const CURRENCY = /(?:US\$|\$|€|£|¥)$/
const NOUN_STOP = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'the',
  'a',
  'an',
  'than',
  'as',
  'is',
  'was',
  'were',
  'are',
  'have',
  'has',
  'had',
  'will',
  'would',
  'between',
])

/** "two-thirds": a cardinal and a fraction word. */
const HYPHEN_FRACTION = /^(\p{L}+)-(\p{L}+)$/u
/** "27-12": a tally or a range. */
const TALLY = /^(\d{1,4})-(\d{1,4})$/

/** "1.5bn", "30m", "20k" written as one word. */
const SCALED = /^(\d+(?:\.\d+)?)(bn|m|mn|k|tn)$/

function numberValue(t: Token): Readonly<{ value: number; ordinal: boolean }> | null {
  // SCALED and DIGITS both start with a digit: most words skip them
  const first = t.text.charCodeAt(0)
  if (first >= 48 && first <= 57) {
    const sc = SCALED.exec(t.lower)
    if (sc) return { value: Number(sc[1]) * (SCALES.get(sc[2] ?? '') ?? 1), ordinal: false }
    const m = DIGITS.exec(t.text)
    if (m) {
      const whole = Number((m[1] ?? '').replace(/,/g, ''))
      const value = m[2] ? Number(`${whole}.${m[2]}`) : whole
      return { value, ordinal: m[3] !== undefined }
    }
  }
  return NUMBER_WORDS.get(t.lower) ?? null
}

/** CARDINALS then ORDINALS as numberValue reads them, in one map: one lookup per word. */
const NUMBER_WORDS: ReadonlyMap<string, Readonly<{ value: number; ordinal: boolean }>> = (() => {
  const map = new Map<string, Readonly<{ value: number; ordinal: boolean }>>()
  for (const [w, value] of ORDINALS) map.set(w, { value, ordinal: true })
  // a word in both lists reads as a cardinal
  for (const [w, value] of CARDINALS) map.set(w, { value, ordinal: false })
  return map
})()

const MODIFIER_END = /(?:al|ic|ive|ous|ish|ian|ary|ern|ing|ed|-[a-z]+)$/

/** The noun a number measures: the next word, or a modifier and a noun ("former teacher"). */
function nounAfter(text: string, tokens: readonly Token[], i: number): string | null {
  const first = tokens[i]
  const prev = tokens[i - 1]
  if (!first || !prev || first.sentence !== prev.sentence || first.quoted !== prev.quoted) return null
  if (!/^\s*$/.test(text.slice(prev.end, first.start)) || first.cap || NOUN_STOP.has(first.lower)) return null
  if (/^\d/.test(first.text)) return null
  const second = tokens[i + 1]
  if (
    second &&
    MODIFIER_END.test(first.lower) &&
    second.sentence === first.sentence &&
    !second.cap &&
    !NOUN_STOP.has(second.lower) &&
    /^ $/.test(text.slice(first.end, second.start))
  )
    return `${first.text} ${second.text}`
  return first.text
}

/** The noun after "of (the)" following position `at`. */
function nounAfterOf(text: string, tokens: readonly Token[], i: number): string | null {
  let k = i
  if (tokens[k]?.lower !== 'of') return null
  k++
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'their' || tokens[k]?.lower === 'all') k++
  return nounAfter(text, tokens, k)
}

/**
 * Finds numbers in the prose: ages, ordinals, money (with scale: "$19.2 million"), percentages, counts
 * and spelled-out numbers, skipping years, dates, times and numbers inside names.
 */
export function extractNumbers(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  people: PeopleIndex,
  dateSpans: ReadonlyArray<{ start: number; end: number }> = [],
): NumberFact[] {
  const out: NumberFact[] = []
  let di = 0
  /** Numbers inside a date ("Two weeks ago", "1 January 2026") belong to the date. */
  const inDate = (t: Token): boolean => {
    while (di < dateSpans.length && (dateSpans[di]?.end ?? 0) <= t.start) di++
    const d = dateSpans[di]
    return d !== undefined && d.start <= t.start && t.end <= d.end
  }
  const ev = (t: Token): NumberFact['sentence'] => {
    const s = item(sentences, t.sentence)
    return { text: text.slice(s.start, s.end), start: s.start, end: s.end }
  }
  // the token being read; `same` compares against it (assigned before any call)
  let t: Token
  const same = (x: Token | undefined): x is Token => x !== undefined && x.sentence === t.sentence
  for (let i = 0; i < tokens.length; i++) {
    t = item(tokens, i)
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    // the hyphenated patterns (fraction, tally, "34-year-old") are tried only on hyphenated words
    const hyphen = t.lower.includes('-')
    // "two-thirds", "a third of", "half of": fractions
    const frac = hyphen ? HYPHEN_FRACTION.exec(t.lower) : null
    const fracWord = frac ? FRACTIONS.get(frac[2] ?? '') : undefined
    const fracCount = frac ? CARDINALS.get(frac[1] ?? '') : undefined
    const single =
      (t.lower === 'a' || t.lower === 'one') &&
      same(next) &&
      FRACTIONS.has(next.lower) &&
      ((same(tokens[i + 2]) && tokens[i + 2]?.lower === 'of') || (same(prev) && prev.lower === 'by'))
    const bareHalf =
      t.lower === 'half' &&
      same(next) &&
      next.lower === 'of' &&
      !(same(prev) && /^(?:a|the|first|second|one)$/.test(prev.lower))
    if ((fracWord !== undefined && fracCount !== undefined) || single || bareHalf) {
      const last = single ? (next as Token) : t
      const value = single
        ? 1 / (FRACTIONS.get(last.lower) ?? 1)
        : bareHalf
          ? 0.5
          : (fracCount ?? 1) / (fracWord ?? 1)
      out.push({
        text: text.slice(t.start, last.end),
        value,
        kind: 'count',
        about: nounAfterOf(text, tokens, single ? i + 2 : i + 1),
        unit: null,
        start: t.start,
        end: last.end,
        sentence: ev(t),
      })
      if (single) i++
      continue
    }
    // "passed the measure 27-12": a tally or a range, two numbers
    const tally = hyphen ? TALLY.exec(t.text) : null
    if (tally && !inDate(t)) {
      let at = t.start
      for (const part of [tally[1] ?? '', tally[2] ?? '']) {
        out.push({
          text: part,
          value: Number(part),
          kind: 'count',
          about: null,
          unit: null,
          start: at,
          end: at + part.length,
          sentence: ev(t),
        })
        at += part.length + 1
      }
      continue
    }
    const hy = hyphen ? HYPHENED.exec(t.lower) : null
    if (hy) {
      const v = /^\d/.test(hy[1] ?? '') ? Number(hy[1]) : CARDINALS.get(hy[1] ?? '')
      if (v === undefined) continue
      const age = /^years?-old$/.test(hy[2] ?? '')
      out.push({
        text: t.text,
        value: v,
        kind: age ? 'age' : 'count',
        about: age ? nounAfter(text, tokens, i + 1) : (hy[2] ?? null),
        unit: age ? 'years' : null,
        start: t.start,
        end: t.end,
        sentence: ev(t),
      })
      continue
    }
    const num = numberValue(t)
    if (!num || inDate(t)) continue
    const fr = same(next) ? FRACTIONS.get(next.lower) : undefined
    const isDigit = /^\d/.test(t.text)
    // Skip years, dates, times and numbers in names.
    if (isDigit && !num.ordinal && /^\d{4}$/.test(t.text) && num.value >= 1500 && num.value <= 2100) {
      const after = same(next) ? next.lower : ''
      if (!/(?:people|patients|cases|members|votes|s)$/.test(after) || after === 'as') continue
    }
    const month = (x: Token): boolean => MONTHS.has(x.lower.replace(/\.$/, ''))
    if ((same(prev) && month(prev)) || (same(next) && month(next) && isDigit)) continue
    if (/[/]$/.test(text.slice(t.start - 1, t.start)) || text.charAt(t.end) === '/') continue
    if (
      /^[:.]\d/.test(text.slice(t.end, t.end + 2)) ||
      /\d[:.]$/.test(text.slice(t.start - 2, t.start)) ||
      (same(next) && /^(?:am|pm|a\.m\.|p\.m\.|gmt|utc)$/.test(next.lower))
    )
      continue
    if (isDigit && same(next) && next.cap && !MONTHS.has(next.lower) && !/^(?:US|UK)$/.test(next.text))
      continue
    if (/[\p{L}]$/u.test(text.slice(t.start - 1, t.start)) || /^[\p{L}]/u.test(text.slice(t.end, t.end + 1)))
      continue
    if (t.quoted && !isDigit && !num.ordinal && num.value === 1) continue
    if (!isDigit) {
      const opensSentence =
        prev === undefined ||
        prev.sentence !== t.sentence ||
        /[.!?]["'”’]?\s+["“‘']?$/.test(text.slice(t.start - 5, t.start))
      if (t.cap && !opensSentence && !num.ordinal) continue
      if (t.lower === 'one') {
        const allBut = same(prev) && prev.lower === 'but'
        if (
          !allBut &&
          ((same(prev) && ONE_IDIOMS_BEFORE.has(prev.lower)) ||
            (same(next) && ['of', 'another', 'day', 'point', 'way'].includes(next.lower)))
        )
          continue
        if (!allBut && (!same(next) || !/^\p{Ll}/u.test(next.text) || NOUN_STOP.has(next.lower))) continue
      }
      if (num.ordinal) {
        if (
          !same(next) ||
          (t.cap && next.cap) ||
          /ed$/.test(next.lower) ||
          next.lower === 'time' ||
          (same(prev) && prev.lower === 'at')
        )
          continue
        if (NOUN_STOP.has(next.lower)) continue
      }
    }
    let value = num.value
    let kind: Kind = num.ordinal ? 'ordinal' : 'count'
    let unit: string | null = null
    let end = t.end
    let about: string | null = null
    const before = text.slice(Math.max(0, t.start - 3), t.start)
    if (fr !== undefined && !isDigit && !num.ordinal && same(next)) {
      value = num.value / fr
      end = next.end
      about = nounAfterOf(text, tokens, i + 2)
      i++
    } else if (CURRENCY.test(before)) {
      kind = 'money'
      unit = (CURRENCY.exec(before)?.[0] ?? '$').replace('US', '')
      let scale = same(next) ? SCALES.get(next.lower) : undefined
      if (scale === undefined) {
        // "between $5 and $7 billion": the first bound takes the second one's scale.
        const ahead = text.slice(t.end, t.end + 30)
        const m =
          /^\s*(?:and|to|–|-)\s*(?:US\$|\$|€|£)?\d+(?:\.\d+)?\s*(thousand|million|billion|trillion|bn|m)\b/.exec(
            ahead,
          )
        if (m) scale = SCALES.get((m[1] ?? '').toLowerCase())
      } else end = (next as Token).end
      value = value * (scale ?? 1)
    } else if (same(next) && SCALES.has(next.lower) && next.lower.length > 2) {
      value *= SCALES.get(next.lower) ?? 1
      end = next.end
      about = nounAfter(text, tokens, i + 2)
    }
    const tail = text.slice(end, end + 12)
    const pct =
      /^(?:\s*(?:%|percent\b|per cent\b))/.exec(tail) ??
      (/^[–-]\d+(?:\.\d+)?\s*(?:%|percent|per cent)/.test(tail) ? [''] : null)
    if (pct && kind !== 'money') {
      kind = 'percent'
      unit = '%'
      end += pct[0].length
      const k = tokenAt(tokens, end)
      about = nounAfterOf(text, tokens, k)
    }
    const ageBefore =
      /,\s*$/.test(text.slice(t.start - 2, t.start)) && /^,/.test(text.slice(t.end, t.end + 1))
    if (isDigit && ageBefore && num.value < 120) {
      const owner = mentionJustBefore(people, t.start, 3)
      if (owner && owner.entity !== null) {
        kind = 'age'
        unit = 'years'
        about = item(people.entities, owner.entity).name
      }
    }
    if (about === null && kind !== 'percent') {
      about = nounAfter(text, tokens, kind === 'money' && end > t.end ? i + 2 : i + 1)
      if (about !== null && /^(?:percent|per)$/.test(about)) about = null
    }
    out.push({
      text: text.slice(
        t.start - (kind === 'money' ? (unit?.length ?? 0) + (before.endsWith('US$') ? 2 : 0) : 0),
        end,
      ),
      value,
      kind,
      about,
      unit,
      start: t.start - (kind === 'money' ? (unit?.length ?? 0) + (before.endsWith('US$') ? 2 : 0) : 0),
      end,
      sentence: ev(t),
    })
  }
  return out
}
