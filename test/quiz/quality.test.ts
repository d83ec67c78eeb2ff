/** Rules found by a teacher's review of the generated quizzes, each on a small made-up passage. */
import { describe, expect, it } from 'vitest'
import { dateOptions } from '../../src/quiz/dates'
import { allCandidates } from '../../src/quiz/generate'
import type { ArticleFacts } from '../../src/schema'
import { factsBuilder } from './passage'

const empty = (date: string): Omit<ArticleFacts, 'people'> => ({
  date,
  quotes: [],
  dates: [],
  numbers: [],
  sources: [],
})

describe('wrong dates', () => {
  it('stay on the true date’s side of the publication date', () => {
    const future = { text: '1 January 2026', iso: '2026-01-01' }
    for (let p = 0; p < 4; p++) {
      const opts = dateOptions(future, [], p, 4, '2025-11-18')
      for (const o of opts ?? []) expect(Date.parse(`${o} UTC`)).toBeGreaterThan(Date.parse('2025-11-18'))
    }
    // without the publication date, a year earlier is a fair shift
    expect(dateOptions(future, [], 3, 4)?.some((o) => o.endsWith('2025'))).toBe(true)
    const past = { text: '3 March 2025', iso: '2025-03-03' }
    const opts = dateOptions(past, [], 0, 4, '2025-03-20')
    expect(opts).not.toBeNull()
    for (const o of opts ?? []) expect(Date.parse(`${o} UTC`)).toBeLessThan(Date.parse('2025-03-20'))
  })
})

describe('true/false statements', () => {
  it('never swap a number that is a bound ("at least 25%" stays true of 20%)', () => {
    const text =
      'Past outbreak death rates have been at least 25% in every region, officials said on Monday. The clinic treated 480 patients in the first month of operation.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      ...empty('2024-05-02'),
      numbers: [f.number('25%', 25, 'percent'), f.number('480', 480, 'count', 'patients')],
      people: [],
    }
    const statements = allCandidates(text, facts).filter((c) => c.type === 'true-false')
    expect(statements.some((c) => c.prompt.includes('480') || c.explanation().includes('480'))).toBe(true)
    expect(statements.some((c) => c.evidence.text.includes('at least'))).toBe(false)
  })

  it('never put another person in the place of a speaker whose quote says "he" or "she"', () => {
    const text =
      'Mayor Ana Ruiz said the plan "is what she promised the voters of this city last spring." Judge Lee Park said "the court will hear every side of this case in public." Council member Tom Berg said nothing.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      ...empty('2024-05-02'),
      quotes: [
        f.quote('is what she promised the voters of this city last spring.', 'Ana Ruiz'),
        f.quote('the court will hear every side of this case in public.', 'Lee Park'),
      ],
      people: [
        f.person('Ana Ruiz', 'person', ['Ruiz'], 'Mayor'),
        f.person('Lee Park', 'person', ['Park'], 'Judge'),
        f.person('Tom Berg', 'person', ['Berg'], 'Council member'),
      ],
    }
    const statements = allCandidates(text, facts).filter(
      (c) => c.type === 'true-false' && c.factKey.startsWith('quote:'),
    )
    expect(statements.some((c) => c.prompt.includes('every side'))).toBe(true)
    expect(statements.some((c) => c.prompt.includes('she promised'))).toBe(false)
  })
})

describe('number questions', () => {
  it('ask about a figure the article repeats once', () => {
    const text =
      'Ministers from 14 countries met in Vienna to sign the river pact this week. Officials said all 14 countries had agreed to cut pollution by half within ten years.'
    const f = factsBuilder(text)
    const first = f.number('14', 14, 'count', 'countries')
    const second = { ...first, start: text.lastIndexOf('14'), end: text.lastIndexOf('14') + 2 }
    second.sentence = f.number('all 14', 14, 'count').sentence
    const facts: ArticleFacts = { ...empty('2024-05-02'), numbers: [first, second], people: [] }
    const keys = allCandidates(text, facts)
      .filter((c) => c.type === 'number')
      .map((c) => c.factKey)
    expect(keys.length).toBe(2)
    expect(new Set(keys).size).toBe(1)
  })

  it('keep the sentence’s subject and put an ellipsis where a date was', () => {
    const text =
      'According to court documents, the contract, signed in 2021, was worth 61 million dollars over five years.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      ...empty('2024-05-02'),
      numbers: [f.number('61 million', 61_000_000, 'money')],
      dates: [f.date('2021', '2021', 'signed')],
      people: [],
    }
    const q = allCandidates(text, facts).find((c) => c.type === 'number')
    expect(q?.prompt).toBe(
      'Fill in the blank from the article: “According to court documents, the contract, signed …, was worth _____ dollars over five years.”',
    )
  })
})

describe('who-said options and ranking', () => {
  it('never offers a bridge or a firm the reader took for a person', () => {
    const text =
      'Governor Elena Fairweather said "this is the biggest investment in this state in fifty years." Senator Carl Dobrowski said "we are asking our grandchildren to pay for a port." The money pays for the Halvorsen Bridge and a contract with Tidewater Marine. Judge Ruth Calloway did not comment.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      ...empty('2024-05-02'),
      quotes: [
        f.quote('this is the biggest investment in this state in fifty years.', 'Elena Fairweather'),
        f.quote('we are asking our grandchildren to pay for a port.', 'Carl Dobrowski'),
      ],
      people: [
        f.person('Elena Fairweather', 'person', ['Fairweather'], 'Governor'),
        f.person('Carl Dobrowski', 'person', ['Dobrowski'], 'Senator'),
        f.person('Halvorsen Bridge', 'person', []),
        f.person('Tidewater Marine', 'person', []),
        f.person('Ruth Calloway', 'person', ['Calloway'], 'Judge'),
      ],
    }
    const whoSaid = allCandidates(text, facts).filter((c) => c.type === 'who-said')
    expect(whoSaid.length).toBe(2)
    for (const c of whoSaid) {
      expect(c.distractors).not.toContain('Halvorsen Bridge')
      expect(c.distractors).not.toContain('Tidewater Marine')
      expect(c.distractors).toContain('Ruth Calloway')
    }
  })

  it('never offers a treaty or a trade area as an organisation that said something', () => {
    const text =
      'The International Monetary Fund said: "The deal could be an economic game changer for the whole continent." The African Union backed it too. The World Bank backed the Continental Free Trade Area at the summit.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      ...empty('2024-05-02'),
      quotes: [
        f.quote(
          'The deal could be an economic game changer for the whole continent.',
          'International Monetary Fund',
        ),
      ],
      people: [
        f.person('International Monetary Fund', 'organization', []),
        f.person('African Union', 'organization', []),
        f.person('World Bank', 'organization', []),
        f.person('Continental Free Trade Area', 'organization', []),
      ],
    }
    const whoSaid = allCandidates(text, facts).find((c) => c.type === 'who-said')
    expect(whoSaid?.distractors.sort()).toEqual(['African Union', 'World Bank'])
  })

  it('never asks who said a short fragment ("a good start"), only a sentence the speaker said whole', () => {
    const text =
      'Senator Ana Ruiz called the bill "a good start" on Monday. Senator Lee Park said "we will not rest until every family has a safe home." Judge Tom Berg was not asked.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      ...empty('2024-05-02'),
      quotes: [
        f.quote('a good start', 'Ana Ruiz', { verb: 'called' }),
        f.quote('we will not rest until every family has a safe home.', 'Lee Park'),
      ],
      people: [
        f.person('Ana Ruiz', 'person', ['Ruiz'], 'Senator'),
        f.person('Lee Park', 'person', ['Park'], 'Senator'),
        f.person('Tom Berg', 'person', ['Berg'], 'Judge'),
      ],
    }
    const whoSaid = allCandidates(text, facts).filter((c) => c.type === 'who-said')
    const fragment = whoSaid.find((c) => c.prompt.includes('good start'))
    const whole = whoSaid.find((c) => c.prompt.includes('safe home'))
    expect(fragment).toBeUndefined()
    expect(whole).toBeDefined()
  })
})

describe('quote completion', () => {
  it('never blanks an adverb or a verb form', () => {
    const text =
      'Dr. Ana Ruiz said "the patients in the trial recovered unquestionably after the new treatment." Dr. Lee Park agreed. Nurses worked tirelessly, wholeheartedly and extraordinarily; the government paid for equipment and improvement.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      ...empty('2024-05-02'),
      quotes: [
        f.quote('the patients in the trial recovered unquestionably after the new treatment.', 'Ana Ruiz'),
      ],
      people: [f.person('Ana Ruiz', 'person', ['Ruiz']), f.person('Lee Park', 'person', ['Park'])],
    }
    const blanks = allCandidates(text, facts).filter((x) => x.type === 'quote-completion')
    expect(blanks.map((c) => c.answer)).toEqual(['treatment'])
  })

  it('never blanks an adjective: its options rarely fit the sentence', () => {
    const text =
      'Dr. Ana Ruiz said "the old disease seemed incomprehensible to doctors before the new treatment." Dr. Lee Park agreed. The team was irresistible and indestructible; the government paid for equipment and improvement.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      ...empty('2024-05-02'),
      quotes: [
        f.quote('the old disease seemed incomprehensible to doctors before the new treatment.', 'Ana Ruiz'),
      ],
      people: [f.person('Ana Ruiz', 'person', ['Ruiz']), f.person('Lee Park', 'person', ['Park'])],
    }
    const blanks = allCandidates(text, facts).filter((x) => x.type === 'quote-completion')
    expect(blanks.map((c) => c.answer)).toEqual(['treatment'])
  })
})
