/**
 * Issue 11m: quizzes too short and the central civic fact unasked — the fill of a short quiz past the
 * types' balance, and the question forms for a decision on two people, on passages written for them
 * (invented names), read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import { allCandidates } from '../../src/quiz/generate'
import { generateQuiz } from '../../src/quiz/index'

function candidates(text: string) {
  return allCandidates(text, extractFacts(text))
}

/** A budget story: one figure a sentence, so every fair question is a number. */
const BUDGET = `date 2024-05-02 The Eastburg city council approved a budget of $412 million on Tuesday. The police department will receive $88 million next year. Schools will get $140 million, up from the year before. The parks office was given $12 million for new playgrounds. Road repairs will cost $35 million over two years. The council set aside $9 million for flood defences. The fire service will receive $41 million. Libraries will share $6 million among the city's branches. Bus routes will get $22 million in new funding.`

describe('a short quiz is filled past the types’ balance', () => {
  it('asks every fair figure of a story made of figures, not three to five of them', () => {
    const quiz = generateQuiz(BUDGET)
    // six fair figures (the title states the budget; "two years" shares a sentence with its cost)
    expect(quiz.questions.length).toBe(6)
    expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(['number']))
  })

  it('never relaxes a correctness rule: one fact, one question; no third question on a sentence', () => {
    const quiz = generateQuiz(BUDGET)
    const starts = quiz.questions.map((q) => q.evidence.start)
    expect(new Set(starts).size).toBe(starts.length)
    expect(quiz.questions.some((q) => q.prompt.includes('over _____ years'))).toBe(false)
  })
})
