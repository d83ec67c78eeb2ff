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
    if (idx > 0) {
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

/** A round step near `x` (1, 2 or 5 times a power of ten), at least one unit of the last decimal. */
export function niceStep(x: number, decimals: number): number {
  const min = 10 ** -decimals
  if (x <= min) return min
  const p = 10 ** Math.floor(Math.log10(x))
  const m = x / p
  const nice = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10
  return Math.max(min, nice * p)
}

/** The step between options for a number fact: ages by 3, ordinals by 1, amounts by about a fifth. */
export function numberStep(fact: Pick<NumberFact, 'kind'>, shape: NumberShape): number {
  const v = shape.value
  if (fact.kind === 'age') return 3
  if (fact.kind === 'ordinal') return 1
  if (shape.word) return 1
  if (fact.kind === 'percent') return niceStep(Math.max(v * 0.15, 1), shape.decimals)
  return niceStep(v * 0.15, shape.decimals)
}

/** Digits before the decimal point (magnitude check: 27 never becomes 7). */
function intDigits(v: number): number {
  return Math.floor(Math.abs(v)).toString().length
}

/** True when `v` is a fair wrong value for a fact of this kind and shape. */
function fair(kind: NumberFact['kind'], shape: NumberShape, v: number): boolean {
  if (v <= 0) return false
  if (kind === 'age') return v >= 5 && v <= 110
  if (kind === 'percent') return v < 100 || (shape.value > 100 && v > 0)
  if (shape.word) return v >= 1 && v <= 20
  if (kind === 'ordinal') return v >= 1
  return intDigits(v) === intDigits(shape.value)
}

/**
 * Options in ascending order with the true value at `position`: `position` smaller values and the
 * rest larger, one step apart. Null when the shape or range cannot give that position.
 */
export function numberOptions(
  fact: Pick<NumberFact, 'kind'>,
  shape: NumberShape,
  position: number,
  count: number,
  render: (shape: NumberShape, value: number) => string | null = renderNumber,
): string[] | null {
  const step = numberStep(fact, shape)
  const values: number[] = []
  for (let k = -position; k < count - position; k++) values.push(shape.value + k * step)
  const out: string[] = []
  for (const v of values) {
    const r = Math.round(v * 10 ** shape.decimals) / 10 ** shape.decimals
    if (r !== shape.value && !fair(fact.kind, shape, r)) return null
    const text = render(shape, r)
    if (text === null) return null
    out.push(text)
  }
  return new Set(out).size === out.length ? out : null
}
