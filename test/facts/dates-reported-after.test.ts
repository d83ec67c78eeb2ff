/**
 * Dates (issue 11): a reporting clause after the date (", its chair said") tells when it was said, not
 * the tense of the dated event. Invented sentences.
 */
import { expect, it } from 'vitest'
import { extractFacts } from '../../src/facts'

const isoOf = (t: string): string[] => extractFacts(t).dates.map((d) => d.iso)

it('reads "will vote in May, its chair said" as the coming May, and "voted in May, …" as the last one', () => {
  expect(isoOf('date 2024-03-02 The board will vote on the harbor budget in May, its chair said.')).toEqual([
    '2024-05',
  ])
  expect(isoOf('date 2024-03-02 The board will meet in June, officials told reporters.')).toEqual(['2024-06'])
  expect(isoOf('date 2024-03-02 The board voted on the harbor budget in May, its chair said.')).toEqual([
    '2023-05',
  ])
})
