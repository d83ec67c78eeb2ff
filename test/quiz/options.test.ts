import { describe, expect, it } from 'vitest'
import { dateOptions } from '../../src/quiz/dates'
import { numberOptions, numberShape } from '../../src/quiz/numbers'
import { seededRandom, shuffle } from '../../src/quiz/random'
import { baseForm } from '../../src/quiz/verbs'

describe('numberOptions', () => {
  it('writes ages as believable near values, not an even ladder', () => {
    const shape = numberShape('34')
    const opts = shape && numberOptions({ kind: 'age' }, shape, 1, 4)
    expect(opts).toEqual(['30', '34', '37', '40'])
  })

  it('keeps the currency, decimals and scale word of money', () => {
    const shape = numberShape('$19.2 million')
    const opts = shape && numberOptions({ kind: 'money' }, shape, 2, 4)
    expect(opts).toHaveLength(4)
    for (const o of opts ?? []) expect(o).toMatch(/^\$\d+\.\d million$/)
    expect(opts?.[2]).toBe('$19.2 million')
  })

  it('never gives an even ladder of values (22/33/44/55)', () => {
    const age = numberShape('55')
    const opts = (age && numberOptions({ kind: 'count' }, age, 3, 4)) ?? []
    const gaps = opts.slice(1).map((o, i) => Number(o) - Number(opts[i]))
    expect(opts).toHaveLength(4)
    expect(new Set(gaps).size).toBeGreaterThan(1)
  })

  it('keeps ordinals ordinal and percentages under 100', () => {
    const ord = numberShape('111th')
    expect(ord && numberOptions({ kind: 'ordinal' }, ord, 0, 4)).toEqual(['111th', '113th', '115th', '118th'])
    const pct = numberShape('90 percent')
    expect(pct && numberOptions({ kind: 'percent' }, pct, 0, 4)).toBeNull()
    expect(pct && numberOptions({ kind: 'percent' }, pct, 3, 4)).toEqual([
      '30 percent',
      '40 percent',
      '60 percent',
      '90 percent',
    ])
  })

  it('keeps spelled-out numbers spelled out, and plural ones plural ("one officers" never)', () => {
    const three = numberShape('three')
    expect(three && numberOptions({ kind: 'count' }, three, 1, 4)).toEqual(['two', 'three', 'four', 'six'])
    const two = numberShape('two')
    expect(two && numberOptions({ kind: 'count' }, two, 1, 4)).toBeNull()
  })

  it('rounds wrong amounts as the article rounds the true one, at irregular distances', () => {
    const n = numberShape('150,000')
    const opts = n && numberOptions({ kind: 'count' }, n, 1, 4)
    expect(opts).toEqual(['120,000', '150,000', '200,000', '260,000'])
    // no mechanical halves, doubles or triples (374/749/998 for 499)
    const odd = numberShape('499')
    expect(odd && numberOptions({ kind: 'count' }, odd, 2, 4)).toEqual(['299', '399', '499', '649'])
  })

  it('keeps wrong values within a bound the article gives (no more seats than the body has)', () => {
    const seats = numberShape('43')
    // 43 of a 50-seat body: every wrong value below the true one, as none above fits under 50
    expect(seats && numberOptions({ kind: 'count', max: 50 }, seats, 3, 4)).toEqual(['17', '26', '34', '43'])
    expect(seats && numberOptions({ kind: 'count', max: 50 }, seats, 1, 4)).toBeNull()
  })

  it('has no fraction for "one-third" (no "two-thirds" of the same shape)', () => {
    expect(numberShape('one-third')).toBeNull()
  })
})

describe('dateOptions', () => {
  it('never turns a day into a year', () => {
    const opts = dateOptions({ text: '1 January 2026', iso: '2026-01-01' }, [], 2, 4)
    expect(opts).toHaveLength(4)
    for (const o of opts ?? []) expect(o).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)
    expect(opts?.[2]).toBe('1 January 2026')
  })

  it('prefers the article’s other dates written the same way', () => {
    const opts = dateOptions(
      { text: '2014', iso: '2014' },
      [
        { text: '2006', iso: '2006' },
        { text: 'in 1972', iso: '1972' },
      ],
      1,
      4,
    )
    expect(opts).toContain('2006')
    expect(opts?.[1]).toBe('2014')
  })

  it('shifts weekdays to other weekdays', () => {
    const opts = dateOptions({ text: 'Sunday', iso: '2025-11-16' }, [], 0, 4)
    expect(opts).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday'])
  })
})

describe('seeded shuffle and verbs', () => {
  it('shuffles the same way for the same seed', () => {
    expect(shuffle([1, 2, 3, 4, 5], seededRandom('x'))).toEqual(shuffle([1, 2, 3, 4, 5], seededRandom('x')))
  })

  it('turns past tenses into base forms, or gives up', () => {
    expect(['announced', 'signed', 'stopped', 'met', 'carried', 'withdrew'].map(baseForm)).toEqual([
      'announce',
      'sign',
      'stop',
      'meet',
      'carry',
      'withdraw',
    ])
    expect(baseForm('Monday')).toBeNull()
  })
})
