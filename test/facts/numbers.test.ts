import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const nums = (text: string): Array<{ text: string; value: number; kind: string; about: string | null }> =>
  extractFacts(text).numbers.map((n) => ({ text: n.text, value: n.value, kind: n.kind, about: n.about }))

describe('extractNumbers', () => {
  it('reads an age written as "N-year-old"', () => {
    expect(nums('The 52-year-old engineer won the seat.')).toEqual([
      { text: '52-year-old', value: 52, kind: 'age', about: 'engineer' },
    ])
  })

  it('reads an age given in commas after a name', () => {
    expect(nums('Mayor Lena Ortiz, 61, spoke first.')).toEqual([
      { text: '61', value: 61, kind: 'age', about: 'Lena Ortiz' },
    ])
  })

  it('reads an ordinal and the noun it ranks', () => {
    expect(nums('She became the city’s 42nd mayor.')).toEqual([
      { text: '42nd', value: 42, kind: 'ordinal', about: 'mayor' },
    ])
  })

  it('scales money by million and billion', () => {
    expect(nums('The project cost $19.2 million, up from £3 billion planned.')).toEqual([
      { text: '$19.2 million', value: 19_200_000, kind: 'money', about: null },
      { text: '£3 billion', value: 3_000_000_000, kind: 'money', about: 'planned' },
    ])
  })

  it('gives the first bound of a money range the scale of the second', () => {
    expect(nums('Repairs will cost between $2 and $4 billion.').map((n) => n.value)).toEqual([2e9, 4e9])
  })

  it('reads percentages written with % and "percent"', () => {
    expect(nums('Turnout was 64% in the north and 58 percent of voters in the south.')).toEqual([
      { text: '64%', value: 64, kind: 'percent', about: null },
      { text: '58 percent', value: 58, kind: 'percent', about: 'voters' },
    ])
  })

  it('reads spelled-out counts and fractions', () => {
    expect(nums('Three ministers resigned and two thirds of the staff left.')).toEqual([
      { text: 'Three', value: 3, kind: 'count', about: 'ministers' },
      { text: 'two thirds', value: 2 / 3, kind: 'count', about: 'staff' },
    ])
  })

  it('skips years, dates, times and numbers inside names', () => {
    expect(
      nums('In 2019, on 3 March at 10:30, the A380 landed at 10 Park Lane with 412 passengers.'),
    ).toEqual([{ text: '412', value: 412, kind: 'count', about: 'passengers' }])
  })

  it('skips idiomatic "one" and adverbial "first"', () => {
    expect(nums('At one point she was first elected to any one seat, one of the youngest.')).toEqual([])
  })

  it('reads thousands separators and one-word scales', () => {
    expect(
      nums('Police counted 5,000 marchers; the fund holds £1.5bn.').map((n) => [n.text, n.value]),
    ).toEqual([
      ['5,000', 5000],
      ['£1.5bn', 1.5e9],
    ])
  })

  it('leaves numbers inside dates to the dates, and does not call a 10-year plan an age', () => {
    const text = 'date 2024-04-10 Two weeks ago, on Jan. 5, the board approved a 10-year plan for 30 staff.'
    expect(nums(text).map((n) => [n.text, n.value, n.kind])).toEqual([
      ['10-year', 10, 'count'],
      ['30', 30, 'count'],
    ])
  })
})

describe('extractNumbers: fractions, tallies, sentences inside quotations', () => {
  const values = (text: string): Array<[string, number]> =>
    extractFacts(`date 2024-05-15 ${text}`).numbers.map((n) => [n.text, Number(n.value.toFixed(4))])

  it('reads hyphenated and single fractions', () => {
    expect(
      values(
        'The bill needs a two-thirds majority. Grants cover half of the cost and a quarter of the schools, cutting waste by a third.',
      ),
    ).toEqual([
      ['two-thirds', 0.6667],
      ['half', 0.5],
      ['a quarter', 0.25],
      ['a third', 0.3333],
    ])
  })

  it('reads a vote tally as two numbers', () => {
    expect(values('The Senate passed the measure 27-12 on Monday.')).toEqual([
      ['27', 27],
      ['12', 12],
    ])
  })

  it('reads a spelled-out number opening a sentence inside a quotation', () => {
    expect(values('"We lost," Dana Moss said. "Twelve of us said no."')).toEqual([['Twelve', 12]])
  })
})
