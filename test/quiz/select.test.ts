import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../src/quiz/candidate'
import { selectCandidates } from '../../src/quiz/select'

const ARTICLE = 'First fact here. Second fact here. Third fact here. Fourth fact here.'

/** Both statements of one true/false fact, the true one ranked a little higher (as a seed may). */
function statements(n: number): Candidate[] {
  const start = ARTICLE.indexOf(['First', 'Second', 'Third', 'Fourth'][n] ?? '')
  const text = ARTICLE.slice(start, start + 16)
  return [true, false].map((truth) => ({
    type: 'true-false' as const,
    factKey: `fact:${n}`,
    prompt: `True or false: statement ${n} ${truth ? 'as written' : 'with a swap'}`,
    answer: truth ? 'True' : 'False',
    distractors: [truth ? 'False' : 'True'],
    explanation: () => 'x',
    evidence: { text, start, end: start + text.length },
    forbidden: [],
    support: [['fact']],
    score: 1.9 + (truth ? 0.05 : 0),
  }))
}

describe('selectCandidates', () => {
  it('keeps one statement per fact and balances True and False, though every fact prefers True', () => {
    const chosen = selectCandidates([0, 1, 2, 3].flatMap(statements), 12, ARTICLE.length)
    // true/false is held to three a quiz, but fills a quiz that would otherwise be short (under 8)
    // up to the type cap: four facts, four statements
    expect(chosen.map((c) => c.factKey).sort()).toEqual(['fact:0', 'fact:1', 'fact:2', 'fact:3'])
    const answers = chosen.map((c) => c.answer)
    expect(answers).toContain('True')
    expect(answers).toContain('False')
  })

  it('lets true/false fill a short quiz past the cap of any type, one statement per fact (issue 11m)', () => {
    // eight asked: a type's cap is a balance rule, so a quiz short of eight takes every fact; one
    // fact is still asked once
    const chosen = selectCandidates([0, 1, 2, 3].flatMap(statements), 8, ARTICLE.length)
    expect(chosen.map((c) => c.factKey).sort()).toEqual(['fact:0', 'fact:1', 'fact:2', 'fact:3'])
  })
})
