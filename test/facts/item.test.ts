import { describe, expect, it } from 'vitest'
import { item } from '../../src/facts/item'

describe('item: the checked index read that replaces `xs[i] as T` in the reader', () => {
  it('returns the element at a position inside the array', () => {
    expect(item(['Ana', 'Bo', 'Cy'], 0)).toBe('Ana')
    expect(item(['Ana', 'Bo', 'Cy'], 2)).toBe('Cy')
  })
  it('keeps falsy elements (0, empty string) instead of treating them as missing', () => {
    expect(item([0, 1], 0)).toBe(0)
    expect(item(['', 'x'], 0)).toBe('')
  })
  it('throws a RangeError naming the index when it is outside the array', () => {
    expect(() => item(['Ana'], 1)).toThrow(RangeError)
    expect(() => item(['Ana'], -1)).toThrow(/index -1/)
    expect(() => item([], 0)).toThrow(RangeError)
  })
})
