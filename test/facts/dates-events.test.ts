import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

// Invented passages (issue 11j): each date tied to its own event; dates told from another date.
// 2024-05-15 is a Wednesday.
const dated = (text: string): Array<{ text: string; iso: string; event: string | null }> =>
  extractFacts(`date 2024-05-15\n${text}`).dates.map((d) => ({ text: d.text, iso: d.iso, event: d.event }))

describe('dates: each date keeps its own event', () => {
  it('splits two events joined by "and" ("arrested in 1963 and released in 1974")', () => {
    expect(dated('Ana Ruiz was arrested in 1963 and released in 1974.')).toEqual([
      { text: '1963', iso: '1963', event: 'arrested' },
      { text: '1974', iso: '1974', event: 'released' },
    ])
  })

  it('stops an event before a second clause with its own subject', () => {
    expect(dated('The storm hit on Monday and 300 homes were lost.')[0]?.event).toBe('hit')
  })

  it('gives a year that qualifies a noun ("the 2016 killing") no event of the sentence', () => {
    expect(dated('Tom Bale confessed in 2017 to the 2016 killing of his sister.')).toEqual([
      { text: '2017', iso: '2017', event: 'confessed to the 2016 killing of his sister' },
      { text: '2016', iso: '2016', event: null },
    ])
  })

  it('gives the ends of a range no single event', () => {
    const ds = dated(
      'Ruiz, who served as mayor from 1998 until 2006, died on Sunday. The law was in force between 2011 and 2015.',
    )
    expect(ds.map((d) => [d.text, d.event])).toEqual([
      ['1998', null],
      ['2006', null],
      ['Sunday', 'died'],
      ['2011', null],
      ['2015', null],
    ])
  })

  it('keeps a verb prefix and a part of the year', () => {
    expect(
      dated('He was re-elected in 2014. The plan was first proposed in mid-2018 and debated later.'),
    ).toEqual([
      { text: '2014', iso: '2014', event: 're-elected' },
      { text: 'mid-2018', iso: '2018', event: 'proposed' },
    ])
  })
})

describe('dates: relative to the dateline and to other dates', () => {
  it('reads "the night of 5 May" as that day, not the publication day', () => {
    expect(dated('The attack took place on the night of 5 May.')).toEqual([
      { text: 'night of 5 May', iso: '2024-05-05', event: 'took place' },
    ])
  })

  it('reads "over the weekend" as the weekend before a past event', () => {
    expect(dated('Protesters marched over the weekend.')).toEqual([
      { text: 'over the weekend', iso: '2024-05', event: 'marched' },
    ])
  })

  it('counts "the previous day" and "two days later" from the day the text gave', () => {
    expect(
      dated(
        'On Monday, the judge reversed the ruling he had made the previous day. Two days later, the mayor resigned.',
      ).map((d) => [d.text, d.iso]),
    ).toEqual([
      ['Monday', '2024-05-13'],
      ['the previous day', '2024-05-12'],
      ['Two days later', '2024-05-15'],
    ])
  })

  it('leaves out "two days after the storm": counted from an event, not a date', () => {
    expect(
      dated('On Monday the rain began. Two days after the storm, the mayor resigned.').map((d) => d.text),
    ).toEqual(['Monday'])
  })

  it('reads "earlier in the week" as the publication\'s month', () => {
    expect(dated('Earlier in the week, the council met.')).toEqual([
      { text: 'Earlier in the week', iso: '2024-05', event: 'met' },
    ])
  })

  it('resolves a month and day without a year against the dateline, by tense', () => {
    expect(
      dated('The bill was introduced on March 3. The vote is set for June 4.').map((d) => d.iso),
    ).toEqual(['2024-03-03', '2024-06-04'])
  })
})

describe("dates: tense from the date's own clause, numbers that are no years", () => {
  it('reads "passed in September, and will become law" as the past September', () => {
    expect(
      extractFacts(
        'date 2024-12-13\nThe bill passed the House in September, and will become law once signed.',
      ).dates.map((d) => d.iso),
    ).toEqual(['2024-09'])
  })

  it('reads "this week" as the publication\'s week, not the next one', () => {
    // 2024-09-30 is a Monday: the week is still September's
    expect(
      extractFacts('date 2024-09-30\nA hearing is scheduled for this week.').dates.map((d) => d.iso),
    ).toEqual(['2024-09'])
  })

  it('reads no year in a bill number ("H.R. 1872") or a section number', () => {
    expect(
      dated('The Senate passed H.R. 1872 and amended Section 1983 on Monday.').map((d) => d.text),
    ).toEqual(['Monday'])
  })

  it('dates the main verb, not a participle used as an adjective ("newly elected")', () => {
    expect(dated('The House asked for a call with the newly elected president in late July.')[0]?.event).toBe(
      'asked for a call with the newly elected president',
    )
  })
})

describe('dates: the same day and the coming week', () => {
  it('reads "on the same day" as the last day given and "the coming week" as the week ahead', () => {
    // 2024-05-29 is a Wednesday: the coming week is June's
    expect(
      extractFacts(
        'date 2024-05-29\nOn Monday the envoy resigned. On the same day, the House issued a subpoena. More are likely in the coming week.',
      ).dates.map((d) => [d.text, d.iso]),
    ).toEqual([
      ['Monday', '2024-05-27'],
      ['On the same day', '2024-05-27'],
      ['in the coming week', '2024-06'],
    ])
  })
})
