import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const dates = (text: string): Array<{ text: string; iso: string }> =>
  extractFacts(text).dates.map((d) => ({ text: d.text, iso: d.iso }))

// 2024-05-15 is a Wednesday.
const PUB = 'date 2024-05-15 '

describe('extractDates', () => {
  it('resolves a past-tense weekday to the one before the publication date', () => {
    expect(dates(`${PUB}The council met on Monday to discuss the budget.`)).toEqual([
      { text: 'Monday', iso: '2024-05-13' },
    ])
  })

  it('resolves a future weekday forward', () => {
    expect(dates(`${PUB}The council will vote on Friday.`)).toEqual([{ text: 'Friday', iso: '2024-05-17' }])
  })

  it('resolves "next Tuesday" forward', () => {
    expect(dates(`${PUB}Results are expected next Tuesday.`)).toEqual([
      { text: 'next Tuesday', iso: '2024-05-21' },
    ])
  })

  it('gives "earlier this month" month precision', () => {
    expect(dates(`${PUB}She won the primary earlier this month.`)).toEqual([
      { text: 'earlier this month', iso: '2024-05' },
    ])
  })

  it('gives "last year" year precision', () => {
    expect(dates(`${PUB}Sales fell last year.`)).toEqual([{ text: 'last year', iso: '2023' }])
  })

  it('reads a full date in day-month-year order', () => {
    expect(dates(`${PUB}He takes office on 1 January 2025.`)).toEqual([
      { text: '1 January 2025', iso: '2025-01-01' },
    ])
  })

  it('reads a full date in month-day-year order', () => {
    expect(dates(`${PUB}Trading starts on July 4, 2026.`)).toEqual([
      { text: 'July 4, 2026', iso: '2026-07-04' },
    ])
  })

  it('places a month without a year in the past for past-tense sentences', () => {
    expect(dates(`${PUB}The fund warned in September that growth was slowing.`)).toEqual([
      { text: 'September', iso: '2023-09' },
    ])
  })

  it('reads "today" and "last night" against the publication date', () => {
    expect(dates(`${PUB}The bridge was closed last night. It reopened today.`)).toEqual([
      { text: 'last night', iso: '2024-05-14' },
      { text: 'today', iso: '2024-05-15' },
    ])
  })

  it('reads a bare year but not a year in a title', () => {
    expect(dates(`${PUB}She has led the Clean Water Act of 2019 campaign since 2016.`)).toEqual([
      { text: '2016', iso: '2016' },
    ])
  })

  it('does not read "may" the verb as a month', () => {
    expect(dates(`${PUB}The minister may resign soon.`)).toEqual([])
  })

  it('skips durations such as "for the last ten years"', () => {
    expect(dates(`${PUB}The festival has been held for the last ten years.`)).toEqual([])
  })

  it('names the event a date attaches to', () => {
    const d = extractFacts(`${PUB}Lena Ortiz will be sworn in as mayor on 1 January 2025.`).dates[0]
    expect(d?.event).toBe('be sworn in as mayor')
  })

  it('points to the sentence that holds the date', () => {
    const text = `${PUB}It rained. The vote was held on Monday.`
    const d = extractFacts(text).dates[0]
    expect(d?.sentence).toEqual({ text: 'The vote was held on Monday.', start: 27, end: 55 })
    expect(text.slice(d?.start, d?.end)).toBe('Monday')
  })
})

describe('extractDates: dates without a year, weeks, next and last', () => {
  it('puts a yearless date in the nearer year when the tense would put it most of a year away', () => {
    expect(dates(`${PUB}Rep. Ana Lima said she hoped to file a bill by May 30.`)).toEqual([
      { text: 'May 30', iso: '2024-05-30' },
    ])
    expect(dates(`${PUB}The mayor said the plant would reopen from January.`)).toEqual([
      { text: 'January', iso: '2025-01' },
    ])
  })

  it('reads "would" and "is expected on" as future', () => {
    expect(dates(`${PUB}The council would meet on Friday to release the funds.`)).toEqual([
      { text: 'Friday', iso: '2024-05-17' },
    ])
    expect(dates(`${PUB}A decision is now expected on 24 May.`)).toEqual([
      { text: '24 May', iso: '2024-05-24' },
    ])
  })

  it('reads a past weekday that is the publication weekday as that day', () => {
    expect(dates(`${PUB}The governor weighed in Wednesday morning.`)).toEqual([
      { text: 'Wednesday morning', iso: '2024-05-15' },
    ])
  })

  it('reads "next" and "last" before a month, which chrono leaves out', () => {
    expect(dates(`${PUB}The rule would take effect next April.`)).toEqual([
      { text: 'next April', iso: '2025-04' },
    ])
    expect(dates(`${PUB}The trial began last June and will end soon.`)).toEqual([
      { text: 'last June', iso: '2023-06' },
    ])
  })

  it('gives "last week" and "next week" at month precision', () => {
    expect(dates(`${PUB}The board voted last week.`)).toEqual([{ text: 'last week', iso: '2024-05' }])
    expect(dates(`${PUB}The board will vote next week.`)).toEqual([{ text: 'next week', iso: '2024-05' }])
  })
})
