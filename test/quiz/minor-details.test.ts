/**
 * Minor details (issue 11, round 6) are scored below every central fact, so they are asked only when
 * nothing central is left: a cosponsor's home state, a population, a family member's age, a small
 * party's seats beside the winner's, a change in a share, and a true/false whose only change is the
 * date of a side event. Passages written for the test, names invented.
 */
import { describe, expect, it } from 'vitest'
import { allCandidates } from '../../src/quiz/generate'
import { MINOR_SCORE, minorFigure } from '../../src/quiz/minor-details'
import { factsFor } from './passage'

const TEXT =
  'date 2024-05-02 The Harbor Party won 140 seats in the Dalvan Assembly election on Sunday. The small Green Dawn party won five seats. Prime Minister Ana Ruiz, 52, and her husband, Tom Ruiz, 61, voted in the capital, a city of 3 million. The Clean Rivers Act was introduced by Rep. Lena Park (D-OR) and cosponsored by Rep. Bo Tran (R-TX). A court in Eastburg sentenced Sam Vell to life in prison on Friday for the 2016 killing of his sister. Vell was arrested in 1963 during a march to the state court. The court ruled in 2019 that the law was valid.'

function facts() {
  return factsFor(TEXT, (b) => ({
    numbers: [
      b.number('140', 140, 'count', 'seats'),
      b.number('five', 5, 'count', 'seats'),
      b.number('52', 52, 'age', 'Ana Ruiz'),
      b.number('61', 61, 'age', 'Tom Ruiz'),
      b.number('3 million', 3_000_000, 'count', 'million'),
    ],
    dates: [
      b.date('2016', '2016', null),
      b.date('1963', '1963', 'arrested during a march to the state court'),
      b.date('2019', '2019', 'ruled that the law was valid'),
    ],
    people: [
      b.person('Ana Ruiz', 'person', ['Prime Minister Ana Ruiz'], 'Prime Minister'),
      b.person('Tom Ruiz', 'person', []),
      b.person('Lena Park', 'person', ['Rep. Lena Park'], 'Rep.'),
      b.person('Bo Tran', 'person', ['Rep. Bo Tran'], 'Rep.'),
    ],
  }))
}

describe('minor details are scored below central facts', () => {
  const cands = allCandidates(TEXT, facts())
  const score = (type: string, test: (prompt: string) => boolean): number[] =>
    cands.filter((c) => c.type === type && test(c.prompt)).map((c) => c.score)

  it('scores down a small party, a population and a family member, not the winner or the leader', () => {
    expect(score('number', (p) => p.includes('Green Dawn'))).toEqual([MINOR_SCORE])
    expect(score('number', (p) => p.includes('city of _____'))).toEqual([MINOR_SCORE])
    expect(score('number', (p) => p.includes('How old is Tom Ruiz'))).toEqual([MINOR_SCORE])
    expect(Math.min(...score('number', (p) => p.includes('Harbor Party won _____')))).toBeGreaterThan(2)
    expect(Math.min(...score('number', (p) => p.includes('How old is Ana Ruiz')))).toBeGreaterThan(2)
  })

  it("scores down a cosponsor's home state, not the sponsor's", () => {
    expect(score('role', (p) => p.includes('Bo Tran represent'))).toEqual([MINOR_SCORE])
    expect(score('role', (p) => p.includes('Lena Park represent'))[0]).toBeGreaterThan(2)
  })

  it('scores down a true/false that shifts the date of a side event, not of the ruling', () => {
    for (const s of score('true-false', (p) => /arrested in|killing of/.test(p))) expect(s).toBeLessThan(1.5)
    for (const s of score('true-false', (p) => p.includes('court ruled in'))) expect(s).toBeGreaterThan(1.8)
  })

  it('knows a change in a share from the share itself', () => {
    const t = 'Turnout was 71%, up 1.5% from the last election.'
    const n = factsFor(t, (b) => ({
      numbers: [b.number('71%', 71, 'percent'), b.number('1.5%', 1.5, 'percent')],
    })).numbers
    expect(n.map((x) => minorFigure(t, x, 0))).toEqual([false, true])
  })

  it("knows an age gap and a body's size written as its adjective", () => {
    const gap = 'Tran married Mia Lee, who is 24 years his junior.'
    const g = factsFor(gap, (b) => ({ numbers: [b.number('24', 24, 'count', 'years')] })).numbers
    expect(g.map((x) => minorFigure(gap, x, 0))).toEqual([true])
    const t = 'The three-judge court found the suspension unlawful, and 78 lawmakers welcomed it.'
    const n = factsFor(t, (b) => ({
      numbers: [b.number('three-judge', 3, 'count'), b.number('78', 78, 'count', 'lawmakers')],
    })).numbers
    expect(n.map((x) => minorFigure(t, x, 0))).toEqual([true, false])
  })
})
