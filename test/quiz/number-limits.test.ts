/**
 * Number options the article rules out (issue 11, round 6): a loser's count never at or above the
 * winner's, even a sentence away; parts never above a stated total and a total never below them;
 * time served never longer than the article's own years allow; and no identifier as a number blank.
 * Passages written for the test, names invented.
 */
import { describe, expect, it } from 'vitest'
import { type Candidate, OPTION_COUNT } from '../../src/quiz/candidate'
import { allCandidates } from '../../src/quiz/generate'
import { elapsedYearsMax, isIdentifier, majorityLine } from '../../src/quiz/number-bounds'
import { numberShape } from '../../src/quiz/numbers'
import { factsFor } from './passage'

/** Every option value a number candidate may show, over every position of its key. */
function optionValues(c: Candidate): number[] {
  const out: number[] = []
  for (let p = 0; p < OPTION_COUNT; p++)
    for (const o of c.arrange?.(p) ?? []) out.push(numberShape(o)?.value ?? Number.NaN)
  return out
}

const blanks = (text: string, cands: Candidate[], key: string): Candidate[] =>
  cands.filter((c) => c.type === 'number' && c.answer === key && c.prompt.includes(text))

describe('number options the article rules out', () => {
  it("keeps a loser's votes below the winner's a sentence away, and the winner's above", () => {
    const t =
      'date 2024-05-02 The Dalvan Assembly elected Ana Ruiz as its speaker on Tuesday with 220 votes. Her rival Tom Berg received 192 votes.'
    const facts = factsFor(t, (b) => ({
      numbers: [b.number('220', 220, 'count', 'votes'), b.number('192', 192, 'count', 'votes')],
    }))
    const cands = allCandidates(t, facts)
    const loser = blanks('Tom Berg received', cands, '192')
    const winner = blanks('with _____ votes', cands, '220')
    expect(loser.length + winner.length).toBeGreaterThan(0)
    for (const c of loser) for (const v of optionValues(c)) expect(v).toBeLessThan(220)
    for (const c of winner) for (const v of optionValues(c)) expect(v).toBeGreaterThan(192)
  })

  it('keeps parts within the total stated before them and seats within the seats in all', () => {
    const t =
      'date 2024-05-02 Of the 50 members of the committee, 31 voted for the bill. The Crane Party won 48 seats, while the Harbor Party won 21 seats, out of 91 seats on the council.'
    const facts = factsFor(t, (b) => ({
      numbers: [
        b.number('50', 50, 'count', 'members'),
        b.number('31', 31, 'count', 'voted'),
        b.number('48', 48, 'count', 'seats'),
        b.number('21', 21, 'count', 'seats'),
        b.number('91', 91, 'count', 'seats'),
      ],
    }))
    const cands = allCandidates(t, facts)
    const part = blanks('_____ voted', cands, '31')
    expect(part.length).toBeGreaterThan(0)
    for (const c of part) for (const v of optionValues(c)) expect(v).toBeLessThanOrEqual(50)
    for (const c of blanks('Of the _____', cands, '50'))
      for (const v of optionValues(c)) expect(v).toBeGreaterThanOrEqual(31)
    // the smaller side stays below the larger, and no side with the other passes the 91 in all
    for (const c of blanks('Harbor Party won _____', cands, '21'))
      for (const v of optionValues(c)) expect(v).toBeLessThanOrEqual(91 - 48)
    for (const c of blanks('out of _____', cands, '91'))
      for (const v of optionValues(c)) expect(v).toBeGreaterThanOrEqual(69)
  })

  it('keeps the seats of a party short of a majority below the majority stated in another sentence', () => {
    const t =
      'date 2024-05-02 The Harbor Party won 140 seats, short of a majority, in the election on Sunday. The Crane Party won 98 seats. A party needs 164 seats to govern alone.'
    const facts = factsFor(t, (b) => ({
      numbers: [b.number('140', 140, 'count', 'seats'), b.number('98', 98, 'count', 'seats')],
    }))
    expect(majorityLine(t)).toBe(164)
    expect(majorityLine('The assembly has 326 seats.')).toBe(164)
    const short = blanks('short of a majority', allCandidates(t, facts), '140')
    expect(short.length).toBeGreaterThan(0)
    for (const c of short) for (const v of optionValues(c)) expect(v).toBeLessThan(164)
  })

  it('keeps time served within the years the article gives', () => {
    const s = 'Berg was arrested in March 2020 and held for two years before his release in 2022.'
    const at = s.indexOf('two')
    expect(elapsedYearsMax(s, at, at + 3, '2024-05-02')).toBe(2)
    const d = 'Lee was arrested in 2019 and has been detained for three years.'
    expect(elapsedYearsMax(d, d.indexOf('three'), d.indexOf('three') + 5, '2023-01-10')).toBe(4)
    // a sentence handed down is no time served
    const h = 'In 2020 a court sentenced him to 25 years in prison.'
    expect(elapsedYearsMax(h, h.indexOf('25'), h.indexOf('25') + 2, '2024-05-02')).toBeUndefined()
    const t = `date 2024-05-02 ${d}`
    const facts = factsFor(t, (b) => ({
      date: '2023-01-10',
      numbers: [b.number('three', 3, 'count', 'years')],
    }))
    const served = blanks('detained for', allCandidates(t, facts), 'three')
    for (const c of served) for (const v of optionValues(c)) expect(v).toBeLessThanOrEqual(4)
  })

  it('never blanks an identifier: a bill code, a registration or a code of digits', () => {
    const t =
      'date 2024-05-02 The bill, HB 2231, was sent to the governor. The ship, registered as IMO 9321483, sank. Her staff number was 40921. The council has 12 members.'
    const facts = factsFor(t, (b) => ({
      numbers: [
        b.number('2231', 2231, 'count'),
        b.number('9321483', 9321483, 'count'),
        b.number('40921', 40921, 'count'),
        b.number('12', 12, 'count', 'members'),
      ],
    }))
    const n = facts.numbers
    expect(n.map((x) => isIdentifier(t, x))).toEqual([true, true, true, false])
    const asked = allCandidates(t, facts).filter((c) => c.type === 'number' || c.type === 'true-false')
    for (const c of asked) expect(c.prompt).not.toMatch(/HB|IMO|staff number/)
  })
})
