/**
 * Number options within the bounds the article states (issue 11), in two more phrasings: a body's size
 * stated as its property ("The House has 435 members") bounds the sides of a vote in it, and "short of
 * the 326 needed for a majority" bounds a party's seats below the threshold. Invented passages, read by
 * the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts'
import type { Candidate } from '../../src/quiz/candidate'
import { allCandidates } from '../../src/quiz/generate'

/** Every value a number blank may show at any position. */
function values(cands: Candidate[], answer: string): number[] {
  const blank = cands.find((c) => c.type === 'number' && c.answer === answer)
  return [0, 1, 2, 3].flatMap((p) => blank?.arrange?.(p) ?? []).map((o) => Number(o.replace(/[^\d.]/g, '')))
}

describe('number options bounded by the article', () => {
  it('keeps the sides of a vote within the body’s members, stated as "The House has 435 members"', () => {
    const t =
      'date 2024-01-04 Ann Lee was elected Speaker of the House on Thursday. Lee received 230 votes, while Bo Tran, the minority leader, received 90 votes. The House has 435 members.'
    const winner = values(allCandidates(t, extractFacts(t)), '230')
    expect(winner.length).toBeGreaterThan(0)
    for (const v of winner) expect(v > 90 && v <= 345).toBe(true)
  })

  it('keeps a party "short of the 326 needed for a majority" below 326', () => {
    const t =
      'date 2024-12-13 The Harbor Party won a majority of 80 seats in the election. The Valley Party, which won 202 seats, is short of the 326 needed for a majority. Its leader resigned on Friday.'
    const seats = values(allCandidates(t, extractFacts(t)), '202')
    expect(seats.length).toBeGreaterThan(0)
    for (const v of seats) expect(v).toBeLessThan(326)
  })
})
