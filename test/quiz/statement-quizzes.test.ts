/**
 * Issue 11p: articles of 250+ words left with no quiz — a member's statement quoted all through by one
 * speaker, a ruling story with a judge and a tweet quoted — on passages written for them (invented
 * names), read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import { makeContext } from '../../src/quiz/context'
import { describeFound } from '../../src/quiz/errors'
import { voteCounts } from '../../src/quiz/frames/votes'
import { allCandidates, quizFromFacts } from '../../src/quiz/generate'
import { shortQuizNote } from '../../src/quiz/notes'

describe('the refusal says what the reader found (describeFound)', () => {
  it('counts quotes all by one speaker as found, and says why none fits "who said it?"', () => {
    const said = describeFound({
      attributedQuotes: 0,
      namedQuotes: 4,
      speakers: 1,
      dates: 2,
      numbers: 0,
      roles: 1,
      sources: 0,
    })
    expect(said).not.toMatch(/no attributed quotes/)
    expect(said).toMatch(
      /^found 4 attributed quotes \(all by one speaker, so none fits a "who said it\?" question\)/,
    )
    expect(said).toMatch(/no numbers or cited outlets$/)
  })

  it('counts a judge and a tweet quoted as found, saying how many fit "who said it?"', () => {
    const said = describeFound({
      attributedQuotes: 1,
      namedQuotes: 3,
      speakers: 2,
      dates: 1,
      numbers: 1,
      roles: 0,
      sources: 0,
    })
    expect(said).toMatch(/^found 3 attributed quotes \(1 of them fit a "who said it\?" question;/)
  })

  it('still says "no attributed quotes" when the reader found none', () => {
    expect(
      describeFound({
        attributedQuotes: 0,
        namedQuotes: 0,
        speakers: 0,
        dates: 1,
        numbers: 0,
        roles: 0,
        sources: 0,
      }),
    ).toBe('found 1 date and no attributed quotes, numbers, stated roles or cited outlets')
  })
})

/** A member's statement quoted whole: one speaker, the claims inside the quotation (invented). */
const STATEMENT = `date 2024-05-02 WASHINGTON, DC – Congresswoman Nora Vale (OR-02) issued the following statement in response to the Appeals Court's ruling in the case of Pike County v. Dunn:

"Today's ruling is a serious setback for rural hospitals. The Appeals Court based its decision on the claim that rural patient visits have increased over the last few years. However, the Rural Care Act protects the right of every county to keep its emergency room open.

"While considering the Rural Care Act in 2019, Congress heard from over 2,300 doctors in rural counties about the closures they had seen. Hospitals that feel they are wrongly covered can apply for a waiver.

"The Rural Care Act would also require every state to publish its hospital closures each year. Congress must now act to protect these hospitals before more of them close."
`

function claimPrompts(text: string): string[] {
  return allCandidates(text, extractFacts(text))
    .filter((c) => c.type === 'true-false' && c.factKey.startsWith('claim:'))
    .map((c) => c.prompt)
}

describe('claims inside one speaker’s statement (questions/claims.ts)', () => {
  const prompts = claimPrompts(STATEMENT)

  it('reads a claim whose sentence opens with a clause ("While considering …, Congress heard …")', () => {
    expect(prompts).toContain(
      'True or false: According to Nora Vale, while considering the Rural Care Act in 2019, Congress heard from over 2,300 doctors in rural counties about the closures they had seen',
    )
  })

  it('reverses a reported trend, "its" resolved by the name before it', () => {
    expect(prompts).toContain(
      'True or false: According to Nora Vale, the Appeals Court based its decision on the claim that rural patient visits have decreased over the last few years',
    )
  })

  it('reads what a bill "would also" do as the verb after the adverb', () => {
    expect(prompts.some((p) => /the Rural Care Act would also forbid every state/.test(p))).toBe(true)
  })

  it('gives the statement a quiz of at least 3 questions, every claim credited to its speaker', () => {
    const quiz = quizFromFacts(STATEMENT, extractFacts(STATEMENT))
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3)
    for (const q of quiz.questions.filter(
      (x) => x.type === 'true-false' && x.prompt.includes('Rural Care Act'),
    ))
      expect(q.prompt).toMatch(/According to (?:Nora Vale|the article)/)
  })
})

describe('a bill’s purpose said with an adverb (frames/bill.ts)', () => {
  it('reads "The X Act also requires …" in the article’s own voice', () => {
    const text = `date 2024-05-02 Senator Ida Marsh (D-ME) introduced the School Meals Act on Tuesday. The School Meals Act also requires every district to publish the cost of school meals each year. "Children cannot learn when they are hungry," Marsh said. Senator Paul Hart (R-KS) said the bill "costs far too much for what it does."`
    const purposes = allCandidates(text, extractFacts(text))
      .filter((c) => c.factKey.startsWith('bill-purpose:'))
      .map((c) => c.prompt)
    expect(purposes).toContain(
      'True or false: According to the article, the School Meals Act requires every district to publish the cost of school meals each year',
    )
  })
})

describe('a vote count written "voted 230 to 198" (frames/votes.ts)', () => {
  it('reads the count joined by "to" after "voted", and asks it when the headline does not state it', () => {
    const text = `date 2024-07-18 The House of Representatives voted 231 to 196 on Wednesday to hold Secretary Mara Voss in contempt of Congress for refusing to hand over documents about the water rule. Speaker Lina Ortiz said the vote was necessary. "Congress has a duty to see these documents," Ortiz said. Minority Leader Raul Diaz called the vote "a political stunt" and said the documents had been released in part.`
    const votes = voteCounts(makeContext(text, extractFacts(text)))
    expect(votes.map((v) => [v.text, v.sides])).toEqual([['231 to 196', [231, 196]]])
    const asked = allCandidates(text, extractFacts(text)).filter((c) => c.answer === '231 to 196')
    expect(asked.map((c) => c.prompt)).toEqual([
      expect.stringMatching(
        /^Fill in the blank from the article: “The House of Representatives voted _____ on Wednesday to hold/,
      ),
    ])
  })
})

describe('a short quiz’s note names the rules that kept facts out (notes.ts)', () => {
  const found = {
    attributedQuotes: 2,
    namedQuotes: 2,
    speakers: 2,
    dates: 2,
    numbers: 3,
    roles: 1,
    sources: 0,
  }
  it('counts the facts left unasked by rule', () => {
    const note = shortQuizNote(520, 5, 12, found, {
      sentences: 20,
      factSentences: 8,
      facts: 9,
      held: { 'same-sentence': 2, 'one-answer-once': 1, leak: 1 },
    })
    expect(note).toContain(
      '(9 facts in all); of the 4 facts left unasked, 2 share a sentence with two questions or one of their type, 1 has the answer of another question, 1 would give another question away.',
    )
  })
  it('says "the one fact" for one', () => {
    const note = shortQuizNote(520, 5, 12, found, {
      sentences: 20,
      factSentences: 6,
      facts: 6,
      held: { leak: 1 },
    })
    expect(note).toContain('; the one fact left unasked would give another question away.')
  })
})
