/**
 * Role questions (issue 11: "for offices, who holds which"): an office given as a title before a name
 * ("Commerce Secretary Bo Tran") is asked, and an office two people of the article held is not asked
 * of either ("Attorney General Ann Lee … Attorney General Tom Hale, in 2012"). Invented passage, read by
 * the real fact reader.
 */
import { expect, it } from 'vitest'
import { extractFacts } from '../../src/facts'
import { allCandidates } from '../../src/quiz/generate'

const PASSAGE = `date 2019-07-20 The House voted 230–198 on Wednesday to hold Attorney General Ann Lee and Commerce Secretary Bo Tran in contempt of Congress.

"This is about the rule of law," said Committee Chair Maria Vance. "No one is above it."

Only once before has Congress voted to hold a Cabinet officer in contempt: Attorney General Tom Hale was held in contempt in 2012.`

it('asks the office a title before a name states, never one two people held', () => {
  const roles = allCandidates(PASSAGE, extractFacts(PASSAGE)).filter((c) => c.type === 'role')
  const tran = roles.find((c) => c.prompt === 'Who is Bo Tran, according to the article?')
  expect(tran?.answer).toBe('Commerce Secretary')
  expect(tran?.distractors).toContain('Committee Chair')
  expect(roles.filter((c) => /Ann Lee|Tom Hale/.test(c.prompt))).toEqual([])
})
