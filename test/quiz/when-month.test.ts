/**
 * "When" questions (issue 11): a bare month of a step already taken is trivia and is not asked; a
 * month ahead is news and is. Invented passage, read by the real fact reader.
 */
import { expect, it } from 'vitest'
import { extractFacts } from '../../src/facts'
import { allCandidates } from '../../src/quiz/generate'

it('asks no bare month of a past step, but asks a month ahead', () => {
  const t =
    'date 2024-03-02 The harbor board met on Friday. In January, the board hired a new auditor for the port. The board will vote on the harbor budget in May, its chair said.'
  const prompts = allCandidates(t, extractFacts(t))
    .filter((c) => c.type === 'when')
    .map((c) => c.prompt)
  expect(prompts.some((p) => /auditor/.test(p))).toBe(false)
  expect(prompts.some((p) => /vote on the harbor budget/.test(p))).toBe(true)
})
