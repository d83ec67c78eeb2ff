import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allCandidates, deriveTitle } from '../../src/quiz/generate'
import { MissingDateError, NotEnoughFactsError, questionProblems, quizFromFacts } from '../../src/quiz/index'
import { shortQuizNote } from '../../src/quiz/notes'
import { type ArticleFacts, type Quiz, quizSchema } from '../../src/schema'
import { factsBuilder, PASSAGE, passageFacts } from './passage'

const quiz = quizFromFacts(PASSAGE, passageFacts(), { title: 'Riverton votes for a new library' })
const byType = (q: Quiz, type: string) => q.questions.filter((x) => x.type === type)
const right = (q: Quiz['questions'][number]) => q.options?.[q.answer ?? -1] ?? q.accept?.[0]

describe('quizFromFacts on a hand-annotated passage', () => {
  it('builds a quiz the schema accepts, with a slug id and the article date', () => {
    expect(quizSchema.parse(quiz)).toEqual(quiz)
    expect(quiz.id).toBe('riverton-votes-for-a-new-library')
    expect(quiz.source).toEqual({ title: 'Riverton votes for a new library', date: '2024-03-12' })
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8)
  })

  it('breaks no rule in any question', () => {
    for (const q of quiz.questions) expect(questionProblems(PASSAGE, q), q.prompt).toEqual([])
  })

  it('keys who-said questions to the speaker and offers only other people of the article', () => {
    const names = passageFacts()
      .people.filter((p) => p.kind === 'person')
      .map((p) => p.name)
    const whoSaid = byType(quiz, 'who-said')
    expect(whoSaid.length).toBeGreaterThanOrEqual(2)
    for (const q of whoSaid) {
      for (const o of q.options ?? []) expect(names).toContain(o)
      expect(q.options?.length).toBeGreaterThanOrEqual(3)
    }
    for (const q of whoSaid) {
      const quote = passageFacts().quotes.find((x) => q.prompt.includes(x.text.slice(0, 20)))
      expect(right(q)).toBe(quote?.speaker)
    }
    expect(whoSaid.map((q) => q.prompt)).toContain(
      'Who said: “will cost less than the old plan and serve twice as many readers”?',
    )
  })

  it('asks the age with believable near values, ascending, written like the text', () => {
    const age = quiz.questions.find((q) => q.prompt === 'How old is Alicia Moreno, according to the article?')
    expect(age).toBeDefined()
    expect(right(age as Quiz['questions'][number])).toBe('52')
    const values = (age?.options ?? []).map(Number)
    expect(values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0))).toBe(true)
    expect(values.every((v) => Number.isInteger(v) && v > 30 && v < 70)).toBe(true)
  })

  it('asks when, in the sentence’s words, with wrong dates of the same format', () => {
    const when = byType(quiz, 'when')
    const june = when.find((q) => right(q) === '3 June 2024')
    expect(june?.prompt).toBe('When will construction begin?')
    for (const o of june?.options ?? []) expect(o).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)
    // the 1911 building is asked about: by a when question, or as the earliest of the dated events
    const built =
      when.find((q) => right(q) === '1911') ??
      quiz.questions.find((q) => q.prompt.includes('1911')) ??
      quiz.questions.find((q) => q.type === 'order' && right(q) === "The city's first library was built")
    expect(built).toBeDefined()
  })

  it('asks no "which outlet reported" question, and keeps the credit of a claim in its prompt', () => {
    expect(byType(quiz, 'source')).toEqual([])
    for (const q of quiz.questions.filter((x) =>
      x.evidence.text.startsWith('According to the Riverton Ledger'),
    ))
      expect(q.prompt).toContain('Riverton Ledger')
  })

  it('never tests the same fact twice and never repeats a prompt', () => {
    const prompts = quiz.questions.map((q) => q.prompt)
    expect(new Set(prompts).size).toBe(prompts.length)
    const ids = quiz.questions.map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^q-[0-9a-f]{20}$/)
  })

  it('orders questions from the start of the article to its end', () => {
    const starts = quiz.questions.map((q) => q.evidence.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })
})

describe('determinism and layout', () => {
  it('gives the same quiz, byte for byte, for the same article and seed', () => {
    const a = JSON.stringify(quizFromFacts(PASSAGE, passageFacts(), { seed: 's1' }))
    const b = JSON.stringify(quizFromFacts(PASSAGE, passageFacts(), { seed: 's1' }))
    expect(a).toBe(b)
  })

  it('keeps question ids stable across seeds (they hash the fact, not the layout)', () => {
    const ids = (seed: string) =>
      quizFromFacts(PASSAGE, passageFacts(), { seed })
        .questions.filter((q) => q.type !== 'true-false')
        .map((q) => q.id)
    const common = ids('a').filter((id) => ids('b').includes(id))
    expect(common.length).toBeGreaterThanOrEqual(6)
  })

  it('spreads the right option evenly over positions', () => {
    const counts = [0, 0, 0, 0]
    let total = 0
    for (let s = 0; s < 30; s++) {
      for (const q of quizFromFacts(PASSAGE, passageFacts(), { seed: `seed-${s}` }).questions) {
        if (q.type === 'true-false' || q.answer === undefined || (q.options?.length ?? 0) !== 4) continue
        counts[q.answer] = (counts[q.answer] ?? 0) + 1
        total++
      }
    }
    for (const c of counts) expect(c / total).toBeGreaterThan(0.15)
  })

  it('caps the number of questions with count', () => {
    expect(quizFromFacts(PASSAGE, passageFacts(), { count: 4 }).questions).toHaveLength(4)
  })
})

describe('refusals', () => {
  const thin = `date 2024-05-01 The club met again. "We will keep going no matter what happens," said Ana Ruiz.`
  const f = factsBuilder(thin)
  const thinFacts = {
    date: '2024-05-01',
    quotes: [f.quote('We will keep going no matter what happens,', 'Ana Ruiz')],
    dates: [],
    numbers: [],
    people: [f.person('Ana Ruiz', 'person' as const, ['Ruiz'])],
    sources: [],
  }

  it('refuses an article with too few facts, saying what was missing', () => {
    expect(() => quizFromFacts(thin, thinFacts)).toThrow(NotEnoughFactsError)
    try {
      quizFromFacts(thin, thinFacts)
    } catch (err) {
      const e = err as NotEnoughFactsError
      expect(e.name).toBe('NotEnoughFactsError')
      expect(e.found.attributedQuotes).toBe(1)
      expect(e.missing).toEqual(expect.arrayContaining(['dates', 'numbers']))
      expect(e.message).toMatch(/found 1 attributed quote and no dates, numbers.*at least 3 questions/)
    }
  })

  it('asks for a date when neither the caller nor the article gives one', () => {
    const text = PASSAGE.replace(/^date \S+ /, '')
    const facts = { ...passageFacts(), date: null }
    expect(() => quizFromFacts(text, facts)).toThrow(MissingDateError)
  })
})

describe('any seed and count', () => {
  it('gives a fair quiz of at most `count` questions with every rule kept', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 3, max: 15 }), (seed, count) => {
        const q = quizFromFacts(PASSAGE, passageFacts(), { seed, count })
        expect(q.questions.length).toBeLessThanOrEqual(count)
        expect(q.questions.length).toBeGreaterThanOrEqual(3)
        for (const x of q.questions) expect(questionProblems(PASSAGE, x)).toEqual([])
        // at most two questions on one sentence
        const perSentence = new Map<number, number>()
        for (const x of q.questions)
          perSentence.set(x.evidence.start, (perSentence.get(x.evidence.start) ?? 0) + 1)
        expect(Math.max(...perSentence.values())).toBeLessThanOrEqual(2)
      }),
      { numRuns: 40 },
    )
  })
})

describe('claims credited to someone', () => {
  it('keep the credit in a number question even when the blank’s sentence is cut', () => {
    const text =
      'More than 300 people, most of them fishermen and their families from the northern villages of the island and the coast beyond it, have left since the storm began, according to the Harbor Times. Mayor Ana Ruiz said the ferry would run again soon.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      date: '2024-05-02',
      quotes: [],
      dates: [],
      numbers: [f.number('300', 300, 'count', 'people')],
      people: [f.person('Harbor Times', 'outlet', []), f.person('Ana Ruiz', 'person', ['Ruiz'], 'Mayor')],
      sources: [f.source('Harbor Times')],
    }
    const q = allCandidates(text, facts).find((x) => x.type === 'number')
    expect(q?.prompt).toMatch(
      /^According to the Harbor Times, as the article reports: fill in the blank\. “More than _____ people/,
    )
    expect(allCandidates(text, facts).some((x) => x.type === 'source')).toBe(false)
  })
})

describe('when questions for planned events', () => {
  it('asks "when is it scheduled" for a date still ahead, though the text says "has been scheduled"', () => {
    const text =
      'A hearing on the new bridge has been scheduled for 15 January 2025. Mayor Ana Ruiz welcomed it.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      date: '2024-10-18',
      quotes: [],
      dates: [f.date('15 January 2025', '2025-01-15', 'scheduled')],
      numbers: [],
      people: [f.person('Ana Ruiz', 'person', ['Ruiz'], 'Mayor')],
      sources: [],
    }
    const q = allCandidates(text, facts).find((x) => x.type === 'when')
    expect(q?.prompt).toBe('When is a hearing on the new bridge scheduled?')
  })
})

describe('who-said questions on a quote that runs on from another person', () => {
  it("never asks \"X said Y 'would like to…'\" (a phrase lifted from reported speech), only the speaker's own saying", () => {
    const text =
      'Governor Ana Ruiz said Mayor Tom Berg "would like to meet with us soon" and added "we will work it out together." Berg did not comment. Judge Lee Park stayed silent.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      date: '2024-05-02',
      quotes: [
        f.quote('would like to meet with us soon', 'Ana Ruiz'),
        f.quote('we will work it out together.', 'Ana Ruiz'),
      ],
      dates: [],
      numbers: [],
      people: [
        f.person('Ana Ruiz', 'person', ['Ruiz'], 'Governor'),
        f.person('Tom Berg', 'person', ['Berg'], 'Mayor'),
        f.person('Lee Park', 'person', ['Park'], 'Judge'),
      ],
      sources: [],
    }
    const whoSaid = allCandidates(text, facts).filter((c) => c.type === 'who-said')
    const runOn = whoSaid.find((c) => c.prompt.includes('would like'))
    const own = whoSaid.find((c) => c.prompt.includes('work it out'))
    expect(runOn).toBeUndefined()
    expect(own).toBeDefined()
    // and no true/false statement is made of it either
    const statements = allCandidates(text, facts).filter((c) => c.type === 'true-false')
    expect(statements.some((c) => c.prompt.includes('would like'))).toBe(false)
  })
})

describe('true/false statements about who holds an office', () => {
  it('states the holder, or another person of the article in their place, with the role sentence as evidence', () => {
    const roleStatements = allCandidates(PASSAGE, passageFacts()).filter(
      (c) => c.type === 'true-false' && c.factKey.startsWith('role:'),
    )
    expect(roleStatements.length).toBeGreaterThan(0)
    const people = passageFacts().people.filter((p) => p.kind === 'person')
    for (const c of roleStatements) {
      const holder = people.find((p) => c.factKey === `role:${p.name}`)
      const named = people.find((p) => c.prompt.startsWith(`True or false: ${p.name} is `))
      expect(holder?.role && c.evidence.text.includes(holder.role)).toBe(true)
      expect(c.answer).toBe(named === holder ? 'True' : 'False')
    }
    // across seeds both a true and a false statement are made
    const answers = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((seed) =>
        allCandidates(PASSAGE, passageFacts(), seed)
          .filter((c) => c.type === 'true-false' && c.factKey.startsWith('role:'))
          .map((c) => c.answer),
      ),
    )
    expect([...answers].sort()).toEqual(['False', 'True'])
  })
})

describe('order questions', () => {
  it('puts events in order from days the reader worked out, not only from written years', () => {
    const text =
      'The council approved the plan on Monday. The mayor signed the budget on Wednesday. The school board will meet on March 24. Mayor Ana Ruiz welcomed it.'
    const f = factsBuilder(text)
    const facts: ArticleFacts = {
      date: '2024-03-14',
      quotes: [],
      dates: [
        f.date('Monday', '2024-03-11', 'approved the plan'),
        f.date('Wednesday', '2024-03-13', 'signed the budget'),
        f.date('March 24', '2024-03-24', 'meet'),
      ],
      numbers: [],
      people: [f.person('Ana Ruiz', 'person', ['Ruiz'], 'Mayor')],
      sources: [],
    }
    const order = allCandidates(text, facts).find((c) => c.type === 'order')
    expect(order?.answer).toBe('The council approved the plan')
    expect(order?.distractors).toEqual(['The mayor signed the budget', 'The school board will meet'])
  })
})

describe('titles', () => {
  it('skips an opening that only sets the scene ("On Saturday, …")', () => {
    expect(
      deriveTitle('date 2024-01-01 On Saturday, the party withdrew its candidate for prime minister.'),
    ).toBe('The party withdrew its candidate for prime minister')
    expect(
      deriveTitle(
        'date 2024-01-01 On Monday morning, Director Ana Ruiz of the city water board announced a new plan.',
      ),
    ).toBe('Director Ana Ruiz of the city water board announced a new plan')
    // and a wire dateline is no title either
    expect(
      deriveTitle('date 2024-01-01 WASHINGTON, D.C. – Today, two senators introduced a bill on rural roads.'),
    ).toBe('Two senators introduced a bill on rural roads')
    expect(deriveTitle('date 2024-01-01 LINDEN FALLS, Iowa — Mayor Ana Ruiz stood in the rain.')).toBe(
      'Mayor Ana Ruiz stood in the rain',
    )
    expect(deriveTitle('date 2024-01-01 The council approved the budget, ending a long debate.')).toBe(
      'The council approved the budget',
    )
  })

  it('cuts a title made from a long first line at a word, within 300 characters', () => {
    const word = 'Parliamentarians'
    const line = Array.from({ length: 14 }, () => word.repeat(2)).join(' ')
    expect(line.length).toBeGreaterThan(300)
    const title = deriveTitle(`${line}\nThe council met on Monday.`)
    expect(title.length).toBeLessThanOrEqual(300)
    // never with '…' (a teacher hands the title out as it is): a whole word ends it
    expect(title.endsWith('…')).toBe(false)
    expect(line.startsWith(title)).toBe(true)
    expect(line[title.length]).toBe(' ')
    // one endless word is cut inside it
    expect(deriveTitle(`${'x'.repeat(400)} said the mayor.`).length).toBeLessThanOrEqual(300)
  })
})

describe('a short quiz says why', () => {
  it('says what the quotations really allow: none, one speaker, or how many fit "who said"', () => {
    const base = { dates: 2, numbers: 1, roles: 1, sources: 0 }
    expect(
      shortQuizNote(500, 4, 12, { ...base, attributedQuotes: 0, namedQuotes: 0, speakers: 0 }),
    ).toContain('It quotes no named person or body.')
    expect(
      shortQuizNote(500, 4, 12, { ...base, attributedQuotes: 3, namedQuotes: 4, speakers: 1 }),
    ).toContain('It quotes 4 passages all by one speaker, so "who said it?" has no fair wrong options.')
    const some = shortQuizNote(500, 4, 12, { ...base, attributedQuotes: 0, namedQuotes: 2, speakers: 2 })
    expect(some).toContain('It quotes 2 passages by 2 speakers; 0 of them fit a "who said it?" question')
    expect(some).not.toContain('0 quotations with a named speaker')
  })

  it('carries a note when an article of 400+ words gives fewer than 8 questions, and none otherwise', () => {
    // the passage's facts, then paragraphs of opinion with no facts to ask about
    const filler =
      '\n\nResidents had many views on the plan, and most of them were shared at length in the long evening meetings that followed the first vote of the council.'.repeat(
        14,
      )
    const long = PASSAGE + filler
    // with its dates and figures left out, the facts give fewer than 8 questions
    const few = { ...passageFacts(), dates: [], numbers: [] }
    const short = quizFromFacts(long, few, {})
    expect(long.split(/\s+/).length).toBeGreaterThan(400)
    expect(short.questions.length).toBeLessThan(8)
    expect(short.notes?.[0]).toMatch(
      /^This article of \d+ words gave \d+ questions, fewer than the usual 8\. Only \d+ of its \d+ sentences state a fact a fair question can be built on \(\d+ facts in all\)[^.]*\. It quotes \d+ passages by \d+ speakers/,
    )
    // the true reason, counted: the filler paragraphs state no fact, so most sentences hold none
    const [, factSentences, sentences] =
      /Only (\d+) of its (\d+) sentences/.exec(short.notes?.[0] ?? '') ?? []
    expect(Number(factSentences)).toBeLessThan(Number(sentences) / 2)
    expect(short.notes?.[0]).not.toContain('It holds')
    // the note counts every quotation with a named speaker, not only those fit for "who said"
    const quoted = passageFacts().quotes.filter((q) => q.speaker).length
    expect(short.notes?.[0]).toContain(`It quotes ${quoted} passages`)
    // the same facts in a short article: no note (a short article gives a short quiz)
    expect(quizFromFacts(PASSAGE, passageFacts(), {}).notes).toBeUndefined()
    // the teacher asked for five: five is not short
    expect(quizFromFacts(long, few, { count: 3 }).notes).toBeUndefined()
  })
})
