/**
 * The same fact twice (issue 11, round 6): no question's prompt names another's key in the same role
 * ("…but Judge Roe dismissed the lawsuit" beside "Who dismissed the lawsuit?" keyed Jane Roe), and no
 * two questions of a quiz share a key ("two" and "two"), however short the quiz. Passages written for
 * the test, names invented.
 */
import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../src/quiz/candidate'
import { crossLeak, selectCandidates } from '../../src/quiz/select'

const candidate = (
  over: Partial<Candidate> & Pick<Candidate, 'type' | 'prompt' | 'answer'>,
  at: number,
): Candidate => ({
  factKey: `fact:${at}`,
  distractors: [],
  explanation: () => 'x',
  evidence: { text: 'x', start: at * 100, end: at * 100 + 50 },
  forbidden: [],
  support: [],
  score: 3,
  ...over,
})

describe('the same fact twice', () => {
  const dismissed = candidate(
    {
      type: 'who-did',
      prompt: 'Who dismissed the lawsuit against the harbor board?',
      answer: 'Jane Roe',
      forbidden: ['jane', 'roe'],
    },
    1,
  )

  it('knows a prompt that names the key by surname next to the act', () => {
    const cloze = candidate(
      {
        type: 'number',
        prompt:
          'Fill in the blank from the article: “The board asked for _____ million dollars, but Judge Roe dismissed the lawsuit against the board.”',
        answer: '12',
      },
      2,
    )
    expect(crossLeak(cloze, dismissed)).toBe(true)
    // a prompt naming someone else, or the judge away from the act, gives nothing away
    expect(crossLeak({ ...cloze, prompt: cloze.prompt.replace('Judge Roe', 'Judge Lee') }, dismissed)).toBe(
      false,
    )
    const pair = { ...dismissed, answer: 'Ann Lee and Bo Tran', prompt: 'Who proposed the Safe Rivers Act?' }
    const statement = candidate(
      {
        type: 'true-false',
        prompt: 'True or false: Tran proposed the Safe Rivers Act in March',
        answer: 'True',
      },
      3,
    )
    expect(crossLeak(statement, pair)).toBe(true)
  })

  it('keys one answer once, even in a quiz too short to fill', () => {
    const twos = [0, 1, 2].map((n) =>
      candidate(
        { type: 'number', prompt: `Fill in the blank: the harbor case ${n} took _____ years`, answer: 'two' },
        n,
      ),
    )
    const other = candidate({ type: 'when', prompt: 'When did the harbor board meet?', answer: 'Monday' }, 4)
    const chosen = selectCandidates([...twos, other], 12, 1000)
    expect(chosen.filter((c) => c.answer === 'two')).toHaveLength(1)
  })
})
