/**
 * Number blanks (issue 11): options within the bounds the article states, no blank whose words give
 * it away, and no prompt cut so that it loses its subject or its comparison. Each rule on a passage
 * written for it (invented names).
 */
import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../src/quiz/candidate'
import { allCandidates } from '../../src/quiz/generate'
import { factsFor } from './passage'

/** Every option of every position of a number blank, as numbers. */
function optionValues(c: Candidate | undefined): number[] {
  return [0, 1, 2, 3].flatMap((p) => c?.arrange?.(p) ?? []).map((o) => Number(o.replace(/[^\d.]/g, '')))
}

const blank = (cands: Candidate[], answer: string) =>
  cands.find((c) => c.type === 'number' && c.answer === answer)

describe('number options within the article’s bounds', () => {
  const t =
    'date 2024-05-02 The Harbor Party won 298 seats in the election, short of a majority. The 650-seat Assembly will meet in June. In the vote for speaker, Ann Lee won 230 votes and Bo Tran received 198 votes of the 435 cast. The party took control of 17 of 18 councils.'
  const facts = factsFor(t, (b) => ({
    numbers: [
      b.number('298', 298, 'count', 'seats'),
      b.number('650', 650, 'count'),
      b.number('230', 230, 'count', 'votes'),
      b.number('198', 198, 'count', 'votes'),
      b.number('435', 435, 'count'),
      b.number('17', 17, 'count', 'councils'),
      b.number('18', 18, 'count', 'councils'),
    ],
  }))
  const cands = allCandidates(t, facts)

  it('keeps a party short of a majority below half of the body the article sizes elsewhere', () => {
    const seats = optionValues(blank(cands, '298'))
    expect(seats.length).toBeGreaterThan(0)
    for (const v of seats) expect(v).toBeLessThanOrEqual(325)
    const falseSeats = cands.find(
      (c) => c.type === 'true-false' && c.falseValue && c.prompt.includes('seats'),
    )
    if (falseSeats) expect(Number(falseSeats.falseValue)).toBeLessThanOrEqual(325)
  })

  it('keeps a loser’s votes below the winner’s and within the votes cast, and the cast at least the sides', () => {
    const loser = optionValues(blank(cands, '198'))
    expect(loser.length).toBeGreaterThan(0)
    for (const v of loser) expect(v).toBeLessThanOrEqual(205)
    // the winner's votes have no room between 198 and 435 − 198 = 237 for three fair wrong values
    for (const v of optionValues(blank(cands, '230'))) expect(v > 198 && v <= 237).toBe(true)
    for (const v of optionValues(blank(cands, '435'))) expect(v).toBeGreaterThanOrEqual(428)
    // the whole of "17 of 18" is never less than its part
    for (const v of optionValues(blank(cands, '18'))) expect(v).toBeGreaterThanOrEqual(17)
  })
})

describe('number blanks the words around them give away or cut badly', () => {
  it('asks no standing size of a whole ("the country’s 99 state legislatures", "the bloc’s 27 member states")', () => {
    const t =
      'date 2024-05-02 The plan was backed by the country’s 99 state legislatures on Monday. It now binds the bloc’s 27 member states on trade. The council hired 40 new clerks for the harbor office on Monday.'
    const facts = factsFor(t, (b) => ({
      numbers: [
        b.number('99', 99, 'count', 'legislatures'),
        b.number('27', 27, 'count', 'states'),
        b.number('40', 40, 'count', 'clerks'),
      ],
    }))
    const asked = allCandidates(t, facts)
      .filter((c) => c.type === 'number')
      .map((c) => c.answer)
    expect(asked).toEqual(['40'])
  })

  it('keeps a year that names a thing ("the 2019 election") and never ends on a cut comparison', () => {
    const t =
      'date 2024-05-02 Turnout was 71 percent, some 25 percent higher than the turnout in the 2019 election. Turnout reached 64 percent in the harbor district in a vote that the county board of elections described in its report as much higher than the turnout of the last vote.'
    const facts = factsFor(t, (b) => ({
      numbers: [b.number('25 percent', 25, 'percent'), b.number('64 percent', 64, 'percent')],
      dates: [b.date('2019', '2019', 'election')],
    }))
    const cands = allCandidates(t, facts)
    expect(blank(cands, '25 percent')?.prompt).toContain('than the turnout in the 2019 election')
    // the second sentence's cut would end "… as much…", before "higher than": no such blank
    expect(blank(cands, '64 percent')).toBeUndefined()
  })

  it('keeps the subject of a clause the cut would lose, or drops the blank', () => {
    const t =
      "date 2024-05-02\nJudge Ann Lee, who was appointed to the county court by the governor in a long and bitter fight over the court's budget and staff, set bail at $40,000 for the harbor official."
    const facts = factsFor(t, (b) => ({
      numbers: [b.number('$40,000', 40_000, 'money')],
      people: [b.person('Ann Lee', 'person', ['Judge Ann Lee'], 'Judge')],
    }))
    const prompt = blank(allCandidates(t, facts), '$40,000')?.prompt
    expect(prompt).toBe(
      'Fill in the blank from the article: “Judge Ann Lee … set bail at _____ for the harbor official.”',
    )
  })

  it('asks no count of a list named before it, and never ends a cut on "and"', () => {
    const t =
      'date 2024-05-02\nClinics may give Relvan and Tosaprin to patients, even though research into the two drugs is not complete.\nOn Monday, the county health board said it had approved a trial of four new drugs for the harbor clinics because doctors had asked for them and the state had offered to pay for the work.'
    const facts = factsFor(t, (b) => ({
      numbers: [b.number('two', 2, 'count', 'drugs'), b.number('four', 4, 'count', 'drugs')],
    }))
    const cands = allCandidates(t, facts)
    expect(blank(cands, 'two')).toBeUndefined()
    const four = blank(cands, 'four')?.prompt ?? ''
    expect(four).toContain('_____')
    expect(four).not.toMatch(/\b(?:and|for|to|the)…/)
  })
})
