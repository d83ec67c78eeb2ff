/** Numbers as the article writes them, and near-miss values written the same way. */
import type { NumberFact } from '../schema'

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
]

/** A number's written shape: what comes before and after the digits, and how the digits look. */
export interface NumberShape {
  prefix: string
  suffix: string
  decimals: number
  commas: boolean
  ordinal: boolean
  /** Written as a word ("four"), capitalised or not. */
  word: 'lower' | 'upper' | null
  value: number
}

/** Fraction words after a spelled-out number: "one-third" has no fair "two-third". */
const FRACTION =
  /^[-\s](?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i

const DIGITS = /^(\D*?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(st|nd|rd|th)?(\D*)$/

/** Reads the shape of a number's text, or null when it holds no single number (e.g. a range). */
export function numberShape(text: string): NumberShape | null {
  const m = DIGITS.exec(text)
  if (m) {
    const [, prefix = '', int = '', frac, ord, suffix = ''] = m
    const value = Number(`${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`)
    if (!Number.isFinite(value)) return null
    return {
      prefix,
      suffix,
      decimals: frac?.length ?? 0,
      commas: int.includes(','),
      ordinal: !!ord,
      word: null,
      value,
    }
  }
  const w = /^(\p{L}+)(\b.*)?$/u.exec(text)
  if (w) {
    const idx = SMALL.indexOf((w[1] ?? '').toLowerCase())
    if (idx > 0 && !FRACTION.test(w[2] ?? '')) {
      const first = (w[1] ?? '').charAt(0)
      return {
        prefix: '',
        suffix: w[2] ?? '',
        decimals: 0,
        commas: false,
        ordinal: false,
        word: first === first.toUpperCase() ? 'upper' : 'lower',
        value: idx,
      }
    }
  }
  return null
}

function ordinalSuffix(n: number): string {
  const t = n % 100
  if (t >= 11 && t <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'
}

/** Writes `value` in the shape of the original text, or null when that shape cannot hold it. */
export function renderNumber(shape: NumberShape, value: number): string | null {
  if (shape.word) {
    if (!Number.isInteger(value) || value < 1 || value >= SMALL.length) return null
    const w = SMALL[value] ?? ''
    return `${shape.word === 'upper' ? w.charAt(0).toUpperCase() + w.slice(1) : w}${shape.suffix}`
  }
  if (value <= 0) return null
  let digits = value.toFixed(shape.decimals)
  if (shape.commas) {
    const [i = '', f] = digits.split('.')
    digits = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? `.${f}` : '')
  }
  const ord = shape.ordinal ? ordinalSuffix(Math.round(value)) : ''
  return `${shape.prefix}${digits}${ord}${shape.suffix}`
}

/**
 * Offsets (ages, ordinals, small spelled-out numbers) and factors (amounts, counts, shares) that give
 * wrong values a reader could believe, nearest first: never an even ladder such as 12/17/22/27, where
 * the one value anyone would set stands out.
 */
const AGE_OFFSETS = { below: [-4, -7, -11, -2], above: [3, 6, 10, 13] }
const ORDINAL_OFFSETS = { below: [-1, -3, -6, -10], above: [2, 4, 7, 11] }
const WORD_OFFSETS = { below: [-1, -2, -4, -6], above: [1, 3, 5, 8] }
// uneven factors: never the mechanical halves, doubles and triples (x2, x3) a student spots at once
const FACTORS = { below: [0.8, 0.6, 0.4, 0.25], above: [1.3, 1.7, 2.4, 3.3] }
const SHARE_FACTORS = { below: [0.7, 0.45, 0.3, 0.2], above: [1.3, 1.7, 2.2, 2.8] }

/**
 * The rounding unit of a value as the article writes it: 150,000 → 10,000, 499 → 1, 14.5 → 0.5,
 * so wrong values look as round as the true one (and no rounder).
 */
export function roundingUnit(shape: NumberShape): number {
  const v = shape.value
  if (shape.decimals > 0) {
    const unit = 10 ** -shape.decimals
    return Math.round(v / unit) % 5 === 0 ? unit * 5 : unit
  }
  let unit = 1
  while (unit * 10 <= v && v % (unit * 10) === 0) unit *= 10
  return unit
}

/**
 * A figure's kind, and the most and least it can be when the article bounds it ("230 of the 435
 * members", a "41-member body": no wrong value has more seats than the body; a loser's 198 votes
 * against the winner's 230: no wrong value reaches the winner's, and the winner's none falls to the
 * loser's).
 */
export type NumberFit = Pick<NumberFact, 'kind'> & { max?: number; min?: number }

/** True when `v` is a fair wrong value for a fact of this kind and shape. */
function fair(kind: NumberFact['kind'], shape: NumberShape, v: number, max?: number, min?: number): boolean {
  if (v <= 0 || (max !== undefined && v > max) || (min !== undefined && v < min)) return false
  // agreement: "two officers" never becomes "one officers"
  if (shape.value >= 2 && v < 2) return false
  if (kind === 'age') return v >= 5 && v <= 110
  if (kind === 'percent') return v < 100 || (shape.value > 100 && v > 0)
  if (shape.word) return v >= 1 && v <= 20
  return true
}

/** Wrong values below and above the true one, most plausible first. */
function wrongValues(kind: NumberFact['kind'], shape: NumberShape): { below: number[]; above: number[] } {
  const v = shape.value
  const shift = (o: { below: number[]; above: number[] }) => ({
    below: o.below.map((d) => v + d),
    above: o.above.map((d) => v + d),
  })
  if (kind === 'age') return shift(AGE_OFFSETS)
  if (kind === 'ordinal' || (shape.ordinal && v < 40)) return shift(ORDINAL_OFFSETS)
  if (shape.word || (Number.isInteger(v) && v <= 12 && shape.decimals === 0)) return shift(WORD_OFFSETS)
  const unit = roundingUnit(shape)
  const round = (x: number): number => {
    const r = Math.round(x / unit) * unit
    return Number(r.toFixed(shape.decimals))
  }
  const f = kind === 'percent' ? SHARE_FACTORS : FACTORS
  return { below: f.below.map((k) => round(v * k)), above: f.above.map((k) => round(v * k)) }
}

/** True when four or more values step evenly (22, 33, 44, 55). */
function evenLadder(values: number[]): boolean {
  if (values.length < 4) return false
  const step = (values[1] ?? 0) - (values[0] ?? 0)
  return values.every((v, i) => i === 0 || Math.abs(v - (values[i - 1] ?? 0) - step) < 1e-9)
}

/**
 * Options in ascending order with the true value at `position`: `position` smaller values and the
 * rest larger, each a plausible value of the same kind. Null when the shape or range cannot give it.
 */
export function numberOptions(
  fact: NumberFit,
  shape: NumberShape,
  position: number,
  count: number,
  render: (shape: NumberShape, value: number) => string | null = renderNumber,
): string[] | null {
  const { below, above } = wrongValues(fact.kind, shape)
  const pick = (pool: number[], n: number, side: 1 | -1): number[] | null => {
    const out: number[] = []
    for (const v of pool) {
      if (out.length === n) break
      if ((v - shape.value) * side <= 0 || out.includes(v) || !fair(fact.kind, shape, v, fact.max, fact.min))
        continue
      out.push(v)
    }
    return out.length === n ? out : null
  }
  // an even ladder (22/33/44/55) shows which value the others were made from: skip one wrong value
  // of the pools in turn until the steps are uneven
  let values: number[] | null = null
  for (let skip = -1; skip < below.length + above.length && values === null; skip++) {
    const low = pick(
      skip >= 0 && skip < below.length ? below.filter((_, i) => i !== skip) : below,
      position,
      -1,
    )
    const aboveSkip = skip - below.length
    const high = pick(
      aboveSkip >= 0 ? above.filter((_, i) => i !== aboveSkip) : above,
      count - 1 - position,
      1,
    )
    if (!low || !high) continue
    const sorted = [...low, shape.value, ...high].sort((a, b) => a - b)
    if (!evenLadder(sorted)) values = sorted
  }
  if (!values) return null
  const out: string[] = []
  for (const v of values) {
    const text = render(shape, v)
    if (text === null) return null
    out.push(text)
  }
  return new Set(out).size === out.length ? out : null
}
