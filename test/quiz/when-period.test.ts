/**
 * "When" questions (issue 11): the date that ends a period is not the event's date, and a common noun
 * that only opens its sentence is not written with a capital inside the question. Invented passages,
 * read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts'
import { allCandidates } from '../../src/quiz/generate'

const whenPrompts = (text: string): string[] =>
  allCandidates(text, extractFacts(text))
    .filter((c) => c.type === 'when')
    .map((c) => c.prompt)

describe('when questions', () => {
  it('asks no "when" of a date that ends a period ("until April 1", "through June 30")', () => {
    const t =
      'date 2024-03-02 The governor declared a week of mourning on Saturday. Flags will fly at half mast until April 1, the governor said. The museum will stay closed through June 30, 2024. The harbor bridge will reopen on May 12, 2024, officials said.'
    const prompts = whenPrompts(t)
    expect(prompts.some((p) => /bridge/i.test(p))).toBe(true)
    expect(prompts.filter((p) => /half mast|museum/i.test(p))).toEqual([])
  })

  it('writes a common noun that only opens its sentence in lower case ("When will flags be lowered?")', () => {
    const t =
      'date 2024-03-02 The governor declared a week of mourning on Saturday. Flags will be lowered on March 9, 2024, at every state building. The governor will speak at the capitol on March 10, 2024.'
    const prompts = whenPrompts(t)
    expect(prompts).toContain('When will flags be lowered?')
    // a name keeps its capital wherever it stands
    const named =
      'date 2024-03-02 Leaders met on Saturday. Congress will vote on the budget on March 9, 2024. A vote in Congress is rare in March.'
    expect(whenPrompts(named).some((p) => p.startsWith('When will Congress vote'))).toBe(true)
  })
})
