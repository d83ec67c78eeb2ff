/** Issue 11l: the short-quiz diagnostic (`npm run why`) names the rule that kept each candidate out. */
import { describe, expect, it } from 'vitest'
import { whyDropped } from '../../src/cli/why'
import { extractFacts } from '../../src/facts/index'
import { allCandidates } from '../../src/quiz/generate'
import { selectCandidates } from '../../src/quiz/select'

const DECLARATION = `date 2024-04-16 Governor Mia Park requested the disaster declaration last week, and President Tom Reyes approved it on Monday. Mayor Lia Moss said the storm "closed every school in the county." Judge Ana Ruiz said the court "will hear the case in June." Councillor Ed Vance said the plan "costs too much for a town this size."`

function candidates(text: string) {
  return allCandidates(text, extractFacts(text))
}

describe('the diagnostic (npm run why)', () => {
  it('names the rule that kept a candidate out', () => {
    const text = `${DECLARATION} The declaration covers 24 counties in the state of Westland. "We will not allow unsafe flights," said Director Jan Ole, the head of the aviation office. "The voters have spoken," said party leader Rui Sato.`
    const c = candidates(text)
    const chosen = selectCandidates(c, 8, text.length)
    const reasons = c.filter((x) => !chosen.includes(x)).map((x) => whyDropped(x, chosen, 'A title'))
    // a true/false statement of a fact a chosen question asks already
    expect(reasons).toContain('fact-tested')
    // the title states the requester and the act
    const request = c.find((x) => x.prompt === 'Who requested the disaster declaration?')
    expect(request && whyDropped(request, [], 'Governor Mia Park requests disaster declaration')).toBe(
      'title-give-away',
    )
  })

  it('names the true/false sentence rule, not "outranked", for a statement on a chosen question’s sentence', () => {
    const sentence = 'Senator Ida Marsh (D-ME) said 14 schools closed their kitchens this year.'
    const evidence = { text: sentence, start: 16, end: 16 + sentence.length }
    const base = { distractors: [], explanation: () => '', evidence, forbidden: [], support: [], score: 2 }
    const role = {
      ...base,
      type: 'role' as const,
      factKey: 'state:marsh',
      prompt: 'Which state does Ida Marsh represent?',
      answer: 'Maine',
    }
    const statement = {
      ...base,
      type: 'true-false' as const,
      factKey: 'number:14',
      prompt: 'True or false: 14 schools closed their kitchens this year',
      answer: 'True',
    }
    expect(whyDropped(statement, [role], 'A title')).toBe('true-false-sentence')
  })
})
