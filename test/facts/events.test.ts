import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const PUB = 'date 2024-03-12 '
const events = (text: string): Array<[string, string | null]> =>
  extractFacts(`${PUB}${text}`).dates.map((d) => [d.text, d.event])

describe('date events: a clean predicate clause', () => {
  it('leaves out the subject, the auxiliary and the preposition before the date', () => {
    expect(events('Ruth Hale will be sworn in as the 40th governor on 5 January 2025.')).toEqual([
      ['5 January 2025', 'be sworn in as the 40th governor'],
    ])
  })

  it('takes the main clause after a date that opens the sentence', () => {
    expect(
      events('On Saturday, the Green Union Party withdrew its candidate for mayor, citing costs.'),
    ).toEqual([['Saturday', 'withdrew its candidate for mayor']])
  })

  it('drops a coordinating conjunction and keeps the second verb', () => {
    expect(events('Tom Reyes was a union organiser, and has been mayor since 2009.')).toEqual([
      ['2009', 'mayor'],
    ])
  })

  it('ends before a relative clause and never on a dangling word', () => {
    expect(
      events(
        'On Wednesday, Ana Lima announced that her cabinet will officially withdraw a draft law that would have raised fees.',
      ),
    ).toEqual([['Wednesday', 'announced that her cabinet will officially withdraw a draft law']])
  })

  it('takes the clause the date sits in', () => {
    expect(events('More than 200 people have been detained since the strikes began in May.')).toEqual([
      ['May', 'began'],
    ])
  })

  it('gives no event for a possessive date, an appositive or a date inside a quotation', () => {
    expect(events("With Sunday's vote, the plan passed.")).toEqual([['Sunday', null]])
    expect(events('They used ZX-9, a vaccine first tested in 2001, on the island.')).toEqual([['2001', null]])
    expect(events('"We start work in June," said Mayor Ana Lima.')).toEqual([['June', null]])
  })
})

describe('date events: the clause nearest the date', () => {
  it('dates the reported clause, not the saying', () => {
    expect(events('Mayor Ana Lima said the council would meet in emergency session on Wednesday.')).toEqual([
      ['Wednesday', 'meet in emergency session'],
    ])
  })

  it('gives no event when the date sits in a relative clause it cannot read', () => {
    expect(
      events('Ana Lima promised the town would recover from the flood that overran it last Thursday.'),
    ).toEqual([['last Thursday', null]])
  })

  it('skips an auxiliary inside "what was …"', () => {
    expect(events('Ana Lima stood in front of what was left of the library on Monday.')).toEqual([
      ['Monday', 'stood in front of what was left of the library'],
    ])
  })
})
