/** The teacher review's fault kinds (issue 11, generator half), each on a passage written for it. */
import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../src/quiz/candidate'
import { makeContext } from '../../src/quiz/context'
import { falseDates } from '../../src/quiz/dates'
import { actorFrames } from '../../src/quiz/frames/actors'
import { delegates } from '../../src/quiz/frames/delegation'
import { voteCounts, wrongCounts } from '../../src/quiz/frames/votes'
import { allCandidates, quizFromFacts } from '../../src/quiz/generate'
import { distinctOptions, entityKind, overlappingBodies } from '../../src/quiz/option-kinds'
import { officeNounPhrase } from '../../src/quiz/people'
import { countsTheListAfter, minorCount, upperBound } from '../../src/quiz/questions/number'
import { wholeSaying } from '../../src/quiz/questions/who-said'
import { hasBackReference, hasUnresolvedPronoun } from '../../src/quiz/references'
import { questionProblems } from '../../src/quiz/rules'
import { crossLeak, falseValueClash, selectCandidates } from '../../src/quiz/select'
import { isSpeech } from '../../src/quiz/speech'
import type { PersonFact } from '../../src/schema'
import { factsBuilder, factsFor, PASSAGE, passageFacts } from './passage'

describe('who said: speech only', () => {
  const text =
    'Tom Berg was charged with "aiding a banned militia" last year. The form asks "are you a resident of the county?" Judge Ana Ruiz found "the levy unlawful in every part." Mayor Lee Park said "we will rebuild the pier by summer." Councillor Dina Holt: "The pier belongs to all of us."'
  const f = factsBuilder(text)

  it('asks who said words someone said, never a charge, a form’s wording or a court’s finding', () => {
    expect(isSpeech(f.quote('aiding a banned militia', 'Tom Berg'))).toBe(false)
    expect(isSpeech(f.quote('are you a resident of the county?', 'Tom Berg'))).toBe(false)
    expect(isSpeech(f.quote('the levy unlawful in every part.', 'Ana Ruiz', { verb: 'found' }))).toBe(false)
    expect(isSpeech(f.quote('we will rebuild the pier by summer.', 'Lee Park'))).toBe(true)
    const colon = f.quote('The pier belongs to all of us.', 'Dina Holt')
    expect(isSpeech({ ...colon, attribution: { pattern: 'colon', verb: null, resolved: false } })).toBe(true)
    // an attribution with no speech verb and no speech pattern is not taken as speech
    expect(isSpeech({ ...colon, attribution: { pattern: 'reported', verb: null, resolved: false } })).toBe(
      false,
    )
  })

  it('never offers as speaker someone the quote names by surname', () => {
    const t =
      'date 2024-05-02 Mayor Lee Park said "I thank Councillor Holt and Judge Ruiz for their patience with the harbor plan." Dina Holt said "the pier belongs to all of us." Ana Ruiz said "the court has no view on the pier." Sam Vell said "the port will stay open all winter long."'
    const facts = factsFor(t, (b) => ({
      quotes: [
        b.quote(
          'I thank Councillor Holt and Judge Ruiz for their patience with the harbor plan.',
          'Lee Park',
        ),
        b.quote('the pier belongs to all of us.', 'Dina Holt'),
        b.quote('the court has no view on the pier.', 'Ana Ruiz'),
        b.quote('the port will stay open all winter long.', 'Sam Vell'),
      ],
      people: [
        b.person('Lee Park', 'person', ['Park'], 'Mayor'),
        b.person('Dina Holt', 'person', ['Holt']),
        b.person('Ana Ruiz', 'person', ['Ruiz']),
        b.person('Sam Vell', 'person', ['Vell']),
      ],
    }))
    const q = allCandidates(t, facts).find((c) => c.type === 'who-said' && c.prompt.includes('I thank'))
    for (const named of ['Dina Holt', 'Ana Ruiz']) expect(q?.distractors ?? []).not.toContain(named)
  })

  it('never offers two overlapping bodies, nor one body twice', () => {
    expect(overlappingBodies('House', 'House Judiciary Committee')).toBe(true)
    expect(overlappingBodies('Congress', 'Senate')).toBe(true)
    expect(overlappingBodies('Harbor Board', 'Port Authority')).toBe(false)
    const body = (name: string): PersonFact => ({
      name,
      kind: 'organization',
      aliases: [],
      role: null,
      roleSentence: null,
      start: 0,
    })
    const picked = distinctOptions(
      body('Port Authority'),
      [body('Congress'), body('Senate'), body('House of Representatives'), body('Harbor Board')],
      3,
    ).map((p) => p.name)
    expect(picked).toEqual(['Congress', 'Harbor Board'])
  })
})

describe('prompts that stand on their own', () => {
  it('finds words that point back to an earlier sentence', () => {
    expect(hasBackReference('rejected this argument')).toBe(true)
    expect(hasBackReference('refused to do so')).toBe(true)
    expect(hasBackReference('acquitted both of them')).toBe(true)
    expect(hasBackReference('filed a similar request')).toBe(true)
    expect(hasBackReference('ruled that the port authority must publish the budget')).toBe(false)
    // a quote's own "this" is the speaker's
    expect(hasBackReference('Ruiz said: “this is the day”.')).toBe(false)
  })

  it('finds a pronoun with no name before it', () => {
    expect(hasUnresolvedPronoun('In July, he helped arrange a meeting with the envoy.')).toBe(true)
    expect(hasUnresolvedPronoun('Democrat Ruiz was first elected in 2012 when she was 57.')).toBe(false)
  })

  it('drops a who-did question whose act points back ("Who rejected this appeal?")', () => {
    const t =
      'date 2024-05-02 Tom Berg filed an appeal against the levy. Judge Ana Ruiz rejected this appeal on Monday. Mayor Lee Park said "the levy stays." Dina Holt said "the court got it right."'
    const facts = factsFor(t, (b) => ({
      quotes: [b.quote('the levy stays.', 'Lee Park'), b.quote('the court got it right.', 'Dina Holt')],
      people: [
        b.person('Ana Ruiz', 'person', ['Ruiz'], 'Judge'),
        b.person('Tom Berg', 'person', ['Berg']),
        b.person('Lee Park', 'person', ['Park'], 'Mayor'),
        b.person('Dina Holt', 'person', ['Holt']),
      ],
    }))
    expect(actorFrames(makeContext(t, facts)).some((x) => x.actor.name === 'Ana Ruiz')).toBe(true)
    const whoDid = allCandidates(t, facts).filter((c) => c.type === 'who-did')
    expect(whoDid.map((c) => c.prompt)).toEqual(['Who filed an appeal against the levy?'])
  })

  it('asks who will introduce a bill with the modal kept', () => {
    const t =
      'date 2024-05-02 Sen. Dina Holt of Oregon will introduce a companion bill in the Senate. Mayor Lee Park said "the harbor needs it." Tom Berg said "the port agrees with the mayor."'
    const facts = factsFor(t, (b) => ({
      quotes: [
        b.quote('the harbor needs it.', 'Lee Park'),
        b.quote('the port agrees with the mayor.', 'Tom Berg'),
      ],
      people: [
        b.person('Dina Holt', 'person', ['Holt'], 'Sen.'),
        b.person('Lee Park', 'person', ['Park'], 'Mayor'),
        b.person('Tom Berg', 'person', ['Berg']),
      ],
    }))
    const q = allCandidates(t, facts).find((c) => c.type === 'who-did')
    expect(q?.prompt).toBe('Who will introduce a companion bill in the Senate?')
    expect(q?.answer).toBe('Dina Holt')
  })
})

describe('dates and figures worth asking', () => {
  it('asks no weekday when question', () => {
    const when = allCandidates(PASSAGE, passageFacts()).filter((c) => c.type === 'when')
    expect(when.map((c) => c.answer)).not.toContain('Monday')
    expect(when.length).toBeGreaterThan(0)
  })

  it('shifts a year in a false statement by three or more years, a day only to another date of the article', () => {
    expect(falseDates({ text: '1998', iso: '1998' }, [], '2024-05-02').slice(0, 2)).toEqual(['2002', '1994'])
    expect(falseDates({ text: '1998', iso: '1998' }, [], '2024-05-02')).not.toContain('1999')
    expect(falseDates({ text: '3 June 2024', iso: '2024-06-03' }, [], '2024-05-02')).toEqual([])
    expect(
      falseDates(
        { text: '3 June 2024', iso: '2024-06-03' },
        [{ text: '9 July 2024', iso: '2024-07-09' }],
        '2024-05-02',
      ),
    ).toEqual(['9 July 2024'])
  })

  it('swaps only key civic dates and figures, never by one unit', () => {
    const t =
      'date 2024-05-02 The pier was painted blue in 1998 by local volunteers. Mayor Lee Park was elected in 2012 by the voters of Dalton. The ferry carries 4 boats across the harbor each day.'
    const facts = factsFor(t, (b) => ({
      dates: [b.date('1998', '1998', 'painted'), b.date('2012', '2012', 'elected')],
      numbers: [b.number('4', 4, 'count', 'boats')],
      people: [b.person('Lee Park', 'person', ['Park'], 'Mayor')],
    }))
    const falses = allCandidates(t, facts).filter((c) => c.type === 'true-false' && c.answer === 'False')
    // the election year only (the painting is no civic event, the boats a minor count), shifted by
    // more than a year (never 2011 or 2013)
    expect(falses.map((c) => c.falseValue)).toEqual(['2016'])
  })

  it('leaves out minor counts and keeps wrong values within the bound the article gives', () => {
    const t =
      'date 2024-05-02 The mayor has 12,000 followers online. The council passed the plan with 43 of its 50 members in favor.'
    const facts = factsFor(t, (b) => ({
      numbers: [b.number('12,000', 12_000, 'count'), b.number('43', 43, 'count', 'members')],
    }))
    const ctx = makeContext(t, facts)
    const [followers, members] = facts.numbers
    expect(followers && minorCount(ctx, followers)).toBe(true)
    expect(members && upperBound(ctx, members, 43)).toBe(50)
    const blank = allCandidates(t, facts).find((c) => c.type === 'number' && c.answer === '43')
    const options = [0, 1, 2, 3].flatMap((p) => blank?.arrange?.(p) ?? [])
    expect(options.length).toBeGreaterThan(0)
    for (const o of options) expect(Number(o)).toBeLessThanOrEqual(50)
    expect(allCandidates(t, facts).some((c) => c.answer === '12,000')).toBe(false)
  })
})

describe('more give-aways and fragments', () => {
  it('asks who said a saying, never a phrase lifted from a sentence', () => {
    expect(wholeSaying('would cost the region between five and seven billion dollars every year', 12)).toBe(
      true,
    )
    expect(wholeSaying('costs the region $5 billion', 5)).toBe(false)
    expect(wholeSaying('an attack on our democracy', 5)).toBe(false)
    expect(wholeSaying("we'll work something out", 4)).toBe(true)
    expect(wholeSaying('Whenever there are signs of a deal', 7)).toBe(false)
    expect(wholeSaying('Whenever there are signs of a deal at the port,', 10)).toBe(false)
    expect(wholeSaying('As we look to the vote next week, I am proud of this city', 13)).toBe(true)
    expect(wholeSaying('pushing so many residents out of the city', 8)).toBe(false)
    expect(wholeSaying('We lost', 2)).toBe(false)
  })

  it('never blanks a count the sentence lists right after it', () => {
    const t = 'date 2024-05-02 Three residents, Ana Ruiz, Tom Berg, and Lee Park, sued the county on Monday.'
    const facts = factsFor(t, (b) => ({ numbers: [b.number('Three', 3, 'count', 'residents')] }))
    const [three] = facts.numbers
    expect(three && countsTheListAfter(makeContext(t, facts), three)).toBe(true)
    expect(allCandidates(t, facts).some((c) => c.type === 'number')).toBe(false)
  })

  it('never blanks a count spelled out by two titled names after it ("two officials, Secretary X and Judge Y")', () => {
    const t =
      'date 2024-05-02 The county named two officials, Secretary of State Ann Lee and Judge Bo Tran, to the new election board on Monday.'
    const facts = factsFor(t, (b) => ({ numbers: [b.number('two', 2, 'count', 'officials')] }))
    const [two] = facts.numbers
    expect(two && countsTheListAfter(makeContext(t, facts), two)).toBe(true)
    expect(allCandidates(t, facts).some((c) => c.type === 'number')).toBe(false)
    const colon =
      'date 2024-05-02 The new rule applies in two states: Ohio and Utah, the board said on Monday.'
    const f2 = factsFor(colon, (b) => ({ numbers: [b.number('two', 2, 'count', 'states')] }))
    expect(f2.numbers[0] && countsTheListAfter(makeContext(colon, f2), f2.numbers[0])).toBe(true)
    // a count followed by one name is no list: the blank stays
    const one = 'date 2024-05-02 The board hired 40 new clerks, Judge Bo Tran said on Monday after the vote.'
    const f3 = factsFor(one, (b) => ({ numbers: [b.number('40', 40, 'count', 'clerks')] }))
    expect(f3.numbers[0] && countsTheListAfter(makeContext(one, f3), f3.numbers[0])).toBe(false)
  })

  it('reads the state from a district tag without a party ("(GA-5)")', () => {
    const t =
      'date 2024-05-02 Rep. Nora Vell (GA-5) and Rep. Sam Ostrow (OR-2) introduced the Harbor Act today. Mayor Lee Park said "The harbor needs this act now." Tom Berg said "The port will stay open all winter."'
    const facts = factsFor(t, (b) => ({
      quotes: [
        b.quote('The harbor needs this act now.', 'Lee Park'),
        b.quote('The port will stay open all winter.', 'Tom Berg'),
      ],
      people: [
        b.person('Nora Vell', 'person', ['Vell'], 'Rep.'),
        b.person('Sam Ostrow', 'person', ['Ostrow'], 'Rep.'),
        b.person('Lee Park', 'person', ['Park'], 'Mayor'),
        b.person('Tom Berg', 'person', ['Berg']),
      ],
    }))
    expect(delegates(makeContext(t, facts)).map((d) => [d.person.name, d.state])).toEqual([
      ['Nora Vell', 'Georgia'],
      ['Sam Ostrow', 'Oregon'],
    ])
    // two sponsors' states may both be asked, though one sentence lists them
    const states = allCandidates(t, facts).filter((c) => c.factKey.startsWith('state:'))
    expect(selectCandidates(states, 12, t.length).map((c) => c.answer)).toEqual(['Georgia', 'Oregon'])
    // and the tag "(GA-5)" proves the key Georgia
    const quiz = quizFromFacts(t, facts)
    const state = quiz.questions.find((q) => q.prompt.startsWith('Which state'))
    expect(state && questionProblems(t, state)).toEqual([])
  })

  it('never offers a sea or a gulf as a person, whatever kind the reader gave it', () => {
    const t = 'date 2024-05-02 Ships crossed the Coral Gulf. Ana Ruiz said "the gulf is calm."'
    const facts = factsFor(t, (b) => ({ people: [b.person('Coral Gulf', 'person', [])] }))
    const [gulf] = facts.people
    expect(gulf && entityKind(gulf, t)).toBe('place')
  })

  it('gives an age\'s near values to "years of age"', () => {
    const t = 'date 2024-05-02 The program serves residents 55 years of age or older who live in the county.'
    const facts = factsFor(t, (b) => ({ numbers: [b.number('55', 55, 'count')] }))
    const blank = allCandidates(t, facts).find((c) => c.type === 'number')
    const opts = [0, 1, 2, 3].flatMap((p) => blank?.arrange?.(p) ?? []).map(Number)
    expect(opts.length).toBeGreaterThan(0)
    for (const o of opts) expect(Math.abs(o - 55)).toBeLessThanOrEqual(13)
  })
})

describe('votes', () => {
  const t =
    'date 2024-05-02 The House passed the Clean Harbors Act by a vote of 230-197 on Monday. The council rejected the levy by 3 votes to 6. The board voted 5-2 to close the pier.'
  it('reads vote counts and writes wrong counts with the same votes cast and the same winner', () => {
    const votes = voteCounts(makeContext(t, factsFor(t)))
    expect(votes.map((v) => v.text)).toEqual(['230-197', '3 votes to 6', '5-2'])
    const [house] = votes
    const wrong = house ? (wrongCounts(house, 3) ?? []) : []
    expect(wrong).toHaveLength(3)
    for (const w of wrong) {
      const [a = 0, b = 0] = w.split('-').map(Number)
      expect(a + b).toBe(427)
      expect(a).toBeGreaterThan(b)
      expect(Math.abs(a - 230)).toBeGreaterThan(1)
    }
    // a small body moves by single votes: 5-2 → 4-3, 6-1
    const board = votes[2]
    expect(board && wrongCounts(board, 3)).toEqual(['4-3', '6-1', '7-0'])
    // no side of another vote of the article
    expect(house && wrongCounts(house, 3, new Set([239]))).not.toContain('239-188')
  })

  it('asks the count as a blank in its sentence', () => {
    const q = allCandidates(t, factsFor(t)).find((c) => c.factKey.startsWith('vote:'))
    expect(q?.prompt).toBe(
      'Fill in the blank from the article: “The House passed the Clean Harbors Act by a vote of _____ on Monday.”',
    )
    expect(q?.answer).toBe('230-197')
  })
})

describe('roles and offices', () => {
  it('offers only office noun phrases', () => {
    expect(officeNounPhrase('Prime Minister')).toBe(true)
    expect(officeNounPhrase('mayor of Dalton')).toBe(true)
    expect(officeNounPhrase('Serving as its first chancellor')).toBe(false)
    expect(officeNounPhrase('Fourth president')).toBe(false)
    expect(officeNounPhrase('Republican')).toBe(false)
  })
})

describe('the quiz as a whole', () => {
  const ask = (n: number, answer: string, falseValue?: string): Candidate => ({
    type: n < 3 ? 'who-said' : 'true-false',
    factKey: `fact:${n}`,
    prompt: `Question ${n} about the harbor and the pier`,
    answer,
    distractors: [],
    ...(falseValue ? { falseValue } : {}),
    explanation: () => 'x',
    evidence: { text: 'x', start: n * 10, end: n * 10 + 5 },
    forbidden: [],
    support: [],
    score: 3 - n * 0.1,
  })

  it('makes one person the answer of one question, however short the quiz', () => {
    const chosen = selectCandidates(
      [0, 1, 2].map((n) => ask(n, 'Lee Park')),
      12,
      100,
    )
    expect(chosen).toHaveLength(1)
  })

  it('never counts a side of a vote in another prompt ("one of the two votes against")', () => {
    const vote = { ...ask(3, '7-2'), type: 'number' as const, factKey: 'vote:10' }
    const other = {
      ...ask(4, 'True'),
      prompt: 'True or false: Dana Holt, one of the two votes against, spoke first',
    }
    expect(crossLeak(vote, other)).toBe(true)
    expect(crossLeak(vote, { ...other, prompt: 'True or false: Dana Holt spoke first' })).toBe(false)
  })

  it('never states elsewhere the false value of a false statement', () => {
    const a = { ...ask(3, 'False', '1972'), prompt: 'True or false: the pier opened in 1972' }
    const b = { ...ask(4, 'True'), prompt: 'True or false: the princess lost her title in 1972' }
    expect(falseValueClash(a, b)).toBe(true)
    // two false statements whose years are swapped crosswise
    const c = {
      ...ask(5, 'False', '2006'),
      trueValue: '1972',
      prompt: 'True or false: the title was lost in 2006',
    }
    const d = {
      ...ask(6, 'False', '1972'),
      trueValue: '2006',
      prompt: 'True or false: the coup came in 1972',
    }
    expect(falseValueClash(c, { ...d, prompt: 'True or false: the coup came in 1999' })).toBe(true)
    expect(falseValueClash(a, { ...b, prompt: 'True or false: the princess lost her title in 1970' })).toBe(
      false,
    )
  })

  it('asks no quote completion and no ordering question', () => {
    const quiz = quizFromFacts(PASSAGE, passageFacts())
    expect(quiz.questions.some((q) => q.type === 'quote-completion' || q.type === 'order')).toBe(false)
  })
})
