/** Civic frames (bill sponsors, decisions, delegations) and the review rules, on passages written for them. */
import { describe, expect, it } from 'vitest'
import { makeContext } from '../../src/quiz/context'
import { actorFrames } from '../../src/quiz/frames/actors'
import { billNames } from '../../src/quiz/frames/bill'
import { delegates, stateName } from '../../src/quiz/frames/delegation'
import { allCandidates } from '../../src/quiz/generate'
import { isLabel, numberWeight } from '../../src/quiz/questions/number'
import { articleBefore, fitsArticle } from '../../src/quiz/questions/quote-completion'
import { documentWording, namesItsSpeaker, personWordsKeyedToBody } from '../../src/quiz/questions/who-said'
import type { ArticleFacts } from '../../src/schema'
import { factsBuilder, factsFor } from './passage'

const BILL = `date 2024-05-02 Rep. Nora Vell (D-OR) along with Rep. Sam Ostrow (R-Ind.) today introduced the Clean Harbors Act of 2024. Mayor Lea Dunmore said the harbor "needs this money now." Harbor Board chair Tim Quarles said the board "will spend every dollar with care." Judge Ada Pryce ruled on Monday that the port authority must publish its budget.`

function billFacts(): ArticleFacts {
  return factsFor(BILL, (f) => ({
    quotes: [
      f.quote('needs this money now.', 'Lea Dunmore'),
      f.quote('will spend every dollar with care.', 'Tim Quarles'),
    ],
    people: [
      f.person('Nora Vell', 'person', ['Vell'], 'Rep.'),
      f.person('Sam Ostrow', 'person', ['Ostrow'], 'Rep.'),
      f.person('Lea Dunmore', 'person', ['Dunmore'], 'Mayor'),
      f.person('Tim Quarles', 'person', ['Quarles'], 'Harbor Board chair'),
      f.person('Ada Pryce', 'person', ['Pryce'], 'Judge'),
    ],
  }))
}

describe('civic frames', () => {
  it('reads who introduced a bill, keeping every co-sponsor out of the wrong options', () => {
    const ctx = makeContext(BILL, billFacts())
    const bill = actorFrames(ctx).find((x) => x.kind === 'bill')
    expect(bill?.actor.name).toBe('Sam Ostrow')
    expect(bill?.coActors.map((p) => p.name).sort()).toEqual(['Nora Vell', 'Sam Ostrow'])
    expect(bill?.what).toBe('the Clean Harbors Act of 2024')
    const q = allCandidates(BILL, billFacts()).find(
      (c) => c.type === 'who-did' && c.prompt.includes('introduced'),
    )
    expect(q?.prompt).toBe('Who introduced the Clean Harbors Act of 2024?')
    expect(q?.distractors).not.toContain('Nora Vell')
  })

  it('reads who decided what, without the date', () => {
    const ctx = makeContext(BILL, billFacts())
    const ruling = actorFrames(ctx).find((x) => x.kind === 'decision')
    expect(ruling?.actor.name).toBe('Ada Pryce')
    expect(ruling?.what).toBe('that the port authority must publish its budget')
  })

  it('reads a decision in the passive: who was sentenced, who was held in contempt', () => {
    const text = `date 2024-05-02 Former treasurer Ivo Marsh was sentenced to life in prison on Monday. Judge Ada Pryce said the crimes "harmed every family in the county." Clerk Rona Bell was held in contempt of the council after she refused to testify. Councillor Tam Oduya said the council "will not be ignored by anyone."`
    const facts = factsFor(text, (f) => ({
      quotes: [
        f.quote('harmed every family in the county.', 'Ada Pryce'),
        f.quote('will not be ignored by anyone.', 'Tam Oduya'),
      ],
      people: [
        f.person('Ivo Marsh', 'person', ['Marsh'], 'Former treasurer'),
        f.person('Ada Pryce', 'person', ['Pryce'], 'Judge'),
        f.person('Rona Bell', 'person', ['Bell'], 'Clerk'),
        f.person('Tam Oduya', 'person', ['Oduya'], 'Councillor'),
      ],
    }))
    const frames = actorFrames(makeContext(text, facts))
    expect(frames.map((x) => [x.actor.name, x.verb, x.what])).toEqual([
      ['Ivo Marsh', 'was sentenced', 'to life in prison'],
      ['Rona Bell', 'was held', 'in contempt of the council'],
    ])
    const q = allCandidates(text, facts).find((c) => c.type === 'who-did' && c.prompt.includes('sentenced'))
    expect(q?.prompt).toBe('Who was sentenced to life in prison?')
    expect(q?.answer).toBe('Ivo Marsh')
    // "was found dead" reports no decision: "found" counts only with guilty, liable or in contempt
    const dead = `date 2024-05-02 Ivo Marsh was found dead in his home. Ada Pryce was found guilty of fraud.`
    const deadFacts = factsFor(dead, (f) => ({
      quotes: [],
      people: [
        f.person('Ivo Marsh', 'person', ['Marsh'], null),
        f.person('Ada Pryce', 'person', ['Pryce'], null),
      ],
    }))
    expect(
      actorFrames(makeContext(dead, deadFacts)).map((x) => `${x.actor.name} ${x.verb} ${x.what}`),
    ).toEqual(['Ada Pryce was found guilty of fraud'])
  })

  it('ranks minor details last (ages, populations, distances) and never asks the states of a list of cosponsors', () => {
    const text =
      'Mayor Lea Dunmore, aged 54, signed the order. The town has a population of 12,000 people. The port is 14 miles from the capital. The fund gives $40 million to the harbor.'
    const f = factsBuilder(text)
    const age = numberWeight(f.number('54', 54, 'count'))
    const population = numberWeight(f.number('12,000', 12000, 'count'))
    const miles = numberWeight(f.number('14', 14, 'count'))
    const money = numberWeight(f.number('$40 million', 40_000_000, 'money'))
    expect([age, population, miles].every((w) => w < 2)).toBe(true)
    expect(money).toBeGreaterThan(2.5)
    const list = `date 2024-05-02 The bill is sponsored by Rep. Nora Vell (D-OR), Rep. Sam Ostrow (R-Ind.), Rep. Ann Lee (D-CA), Rep. Bo Tran (R-TX) and Rep. Cy Dorn (D-NY).`
    const listFacts = factsFor(list, (g) => ({
      quotes: [],
      people: ['Nora Vell', 'Sam Ostrow', 'Ann Lee', 'Bo Tran', 'Cy Dorn'].map((n) =>
        g.person(n, 'person', [n.split(' ')[1] ?? n], 'Rep.'),
      ),
    }))
    const states = allCandidates(list, listFacts).filter((c) => c.factKey.startsWith('state:'))
    // the home states of cosponsors beyond the lead sponsor are never asked
    expect(states.map((c) => [c.answer, c.score])).toEqual([['Oregon', 2.7]])
    const three = `date 2024-05-02 Rep. Nora Vell (D-OR), joined by Rep. Ann Lee (D-CA) and Rep. Bo Tran (R-TX), filed the bill.`
    const threeFacts = factsFor(three, (g) => ({
      quotes: [],
      people: ['Nora Vell', 'Ann Lee', 'Bo Tran'].map((n) =>
        g.person(n, 'person', [n.split(' ')[1] ?? n], 'Rep.'),
      ),
    }))
    const asked = allCandidates(three, threeFacts).filter((c) => c.factKey.startsWith('state:'))
    expect(asked.map((c) => c.answer)).toEqual(['Oregon'])
  })

  it('asks whom a body voted to hold in contempt or confirm, the count left to the vote question', () => {
    const text = `date 2024-05-02 The Harbor Council voted 7-2 on Tuesday to hold Treasurer Ivo Marsh in contempt of the council. Chair Ana Ruiz said the vote was fair. The Senate voted to confirm Lea Dunmore as judge. Tom Berg, a clerk, said he "will appeal the order."`
    const facts = factsFor(text, (f) => ({
      quotes: [f.quote('will appeal the order.', 'Tom Berg')],
      people: [
        f.person('Harbor Council', 'organization', []),
        f.person('Ivo Marsh', 'person', ['Marsh'], 'Treasurer'),
        f.person('Ana Ruiz', 'person', ['Ruiz'], 'Chair'),
        f.person('Lea Dunmore', 'person', ['Dunmore']),
        f.person('Tom Berg', 'person', ['Berg'], 'clerk'),
      ],
    }))
    const prompts = allCandidates(text, facts)
      .filter((c) => c.type === 'who-did')
      .map((c) => [c.prompt, c.answer])
    expect(prompts).toContainEqual([
      'Who did the Harbor Council vote to hold in contempt of the council?',
      'Ivo Marsh',
    ])
    expect(prompts).toContainEqual(['Who did the Senate vote to confirm as judge?', 'Lea Dunmore'])
  })

  it('offers other bodies the article names as wrong speakers of a body’s statement, never people', () => {
    const text = `date 2024-05-02 The Water Ministry said "the dam will stay closed until the inspection is over." The case may go to the High Court, and the Harbor Council must approve any repairs. Mayor Ana Ruiz said "we will wait and see what happens next."`
    const facts = factsFor(text, (f) => ({
      quotes: [
        f.quote('the dam will stay closed until the inspection is over.', 'Water Ministry'),
        f.quote('we will wait and see what happens next.', 'Ana Ruiz'),
      ],
      people: [
        f.person('Water Ministry', 'organization', []),
        f.person('High Court', 'organization', []),
        f.person('Harbor Council', 'organization', []),
        f.person('Ana Ruiz', 'person', ['Ruiz'], 'Mayor'),
      ],
    }))
    const q = allCandidates(text, facts).find((c) => c.type === 'who-said' && c.answer === 'Water Ministry')
    expect([...(q?.distractors ?? [])].sort()).toEqual(['Harbor Council', 'High Court'])
  })

  it('asks the majority a rule needs, the other kinds of majority as options', () => {
    const text = `date 2024-05-02 The council voted 7-2 to remove the harbor master. To overturn the decision, the assembly needs a two-thirds majority of the members present. Chair Ana Ruiz said "we will not try again this year."`
    const facts = factsFor(text, (f) => ({
      quotes: [f.quote('we will not try again this year.', 'Ana Ruiz')],
      people: [f.person('Ana Ruiz', 'person', ['Ruiz'], 'Chair')],
    }))
    const q = allCandidates(text, facts).find((c) => c.factKey.startsWith('threshold:'))
    expect(q?.prompt).toBe(
      'Fill in the blank from the article: “To overturn the decision, the assembly needs a _____ majority of the members present.”',
    )
    expect(q?.answer).toBe('two-thirds')
    expect([...(q?.distractors ?? [])].sort()).toEqual(['simple', 'three-fifths', 'three-quarters'])
    // a majority inside a quotation is someone's speech, not the article's rule
    const quoted = `date 2024-05-02 Ana Ruiz said "we need a two-thirds majority and we have it."`
    const quotedFacts = factsFor(quoted, (f) => ({
      quotes: [f.quote('we need a two-thirds majority and we have it.', 'Ana Ruiz')],
      people: [f.person('Ana Ruiz', 'person', ['Ruiz'])],
    }))
    expect(allCandidates(quoted, quotedFacts).some((c) => c.factKey.startsWith('threshold:'))).toBe(false)
  })

  it('offers other deciding bodies the article names as wrong options when a court decided', () => {
    const text = `date 2024-05-02 In 2021, the High Court declined to hear the fishing case. The question can only be settled by the National Parliament, the fishers argued. Lawyer Ana Ruiz said the Harbor Council "will keep the rules as they are."`
    const facts = factsFor(text, (f) => ({
      quotes: [f.quote('will keep the rules as they are.', 'Ana Ruiz')],
      people: [
        f.person('High Court', 'organization', []),
        f.person('National Parliament', 'organization', []),
        f.person('Harbor Council', 'organization', []),
        f.person('Ana Ruiz', 'person', ['Ruiz'], 'Lawyer'),
      ],
    }))
    const q = allCandidates(text, facts).find((c) => c.type === 'who-did')
    expect(q?.prompt).toBe('Who declined to hear the fishing case?')
    expect(q?.answer).toBe('High Court')
    // bodies only mentioned ("settled by the National Parliament") stand as bodies of that kind; no person
    expect([...(q?.distractors ?? [])].sort()).toEqual(['Harbor Council', 'National Parliament'])
  })

  it('reads party and state from "(D-OR)" and "(R-Ind.)" tags and asks the state', () => {
    const ctx = makeContext(BILL, billFacts())
    expect(delegates(ctx).map((d) => [d.person.name, d.party, d.state])).toEqual([
      ['Nora Vell', 'Democrat', 'Oregon'],
      ['Sam Ostrow', 'Republican', 'Indiana'],
    ])
    expect(stateName('N.C.')).toBe('North Carolina')
    expect(stateName('South Carolina')).toBe('South Carolina')
    const q = allCandidates(BILL, billFacts()).find((c) => c.factKey === 'state:Nora Vell')
    expect(q?.answer).toBe('Oregon')
    expect(q?.distractors).toContain('Indiana')
  })

  it('never takes the object of a preposition for the actor ("the members of the Council have signed")', () => {
    const text =
      'date 2024-05-02 All but one of the members of the Harbor Council have signed the pact. The Harbor Council said it was pleased.'
    const facts = factsFor(text, (f) => ({ people: [f.person('Harbor Council', 'organization', [])] }))
    expect(actorFrames(makeContext(text, facts))).toEqual([])
  })
})

describe('review rules', () => {
  it('never asks "who said" the wording of a document, nor a quote that names its own speaker', () => {
    const text =
      'The bill reads "no harbor shall close without a vote." Senator Ana Ruiz said "I thank Senator Ruiz for nothing."'
    const f = factsBuilder(text)
    expect(documentWording(f.quote('no harbor shall close without a vote.', 'Ana Ruiz'))).toBe(true)
    expect(namesItsSpeaker(f.quote('I thank Senator Ruiz for nothing.', 'Ana Ruiz'))).toBe(true)
    const said = factsBuilder('Ruiz called the bill "a good start" on Monday.')
    expect(documentWording(said.quote('a good start', 'Ana Ruiz'))).toBe(false)
  })

  it('never keys a body for words one person says of themself ("I", "my")', () => {
    const text =
      'Cardinal Ivo Marsh of the Holy Council said "I have never seen such courage in my life." The Holy Council said "the rules change on Monday for every parish."'
    const f = factsBuilder(text)
    expect(
      personWordsKeyedToBody(
        f.quote('I have never seen such courage in my life.', 'Holy Council'),
        'organization',
      ),
    ).toBe(true)
    expect(
      personWordsKeyedToBody(
        f.quote('the rules change on Monday for every parish.', 'Holy Council'),
        'organization',
      ),
    ).toBe(false)
    expect(
      personWordsKeyedToBody(f.quote('I have never seen such courage in my life.', 'Ivo Marsh'), 'person'),
    ).toBe(false)
  })

  it('treats section, bill and district numbers as labels, not quantities', () => {
    const text = 'Section 5 stays. H.R. 3460 passed. The 40th District grew by 300 people.'
    expect(isLabel(text, { start: 8, end: 9 })).toBe(true)
    expect(isLabel(text, { start: 22, end: 26 })).toBe(true)
    expect(isLabel(text, { start: 39, end: 43 })).toBe(true)
    const at = text.indexOf('300')
    expect(isLabel(text, { start: at, end: at + 3 })).toBe(false)
  })

  it('offers completion words that read right after "a" or "an"', () => {
    expect(articleBefore('we need an _____', 11)).toBe('an')
    expect(fitsArticle('an', 'election')).toBe(true)
    expect(fitsArticle('an', 'population')).toBe(false)
    expect(fitsArticle(null, 'population')).toBe(true)
  })

  it('ties a when question to its own date, not to another date of the sentence', () => {
    const text =
      'date 2024-05-02 Mayor Ana Ruiz was elected in March 2024 and will be sworn in on 1 June 2024.'
    const facts = factsFor(text, (f) => ({
      dates: [
        f.date('March 2024', '2024-03', 'be sworn in'),
        f.date('1 June 2024', '2024-06-01', 'be sworn in'),
      ],
      people: [f.person('Ana Ruiz', 'person', ['Ruiz'], 'Mayor')],
    }))
    const when = allCandidates(text, facts).filter((c) => c.type === 'when')
    expect(when.every((c) => c.answer !== 'March 2024')).toBe(true)
  })
})

describe('what a bill does', () => {
  const text = `date 2024-05-02 Rep. Nora Vell (D-OR) today introduced the Clean Harbors Act of 2024. The bill would extend the harbor grant program by five years. Mayor Lea Dunmore said the harbor "needs this money now." Harbor Board chair Tim Quarles said the board "will spend every dollar with care."`
  const facts = (): ArticleFacts =>
    factsFor(text, (f) => ({
      quotes: [
        f.quote('needs this money now.', 'Lea Dunmore'),
        f.quote('will spend every dollar with care.', 'Tim Quarles'),
      ],
      people: [
        f.person('Nora Vell', 'person', ['Vell'], 'Rep.'),
        f.person('Lea Dunmore', 'person', ['Dunmore'], 'Mayor'),
        f.person('Tim Quarles', 'person', ['Quarles'], 'Harbor Board chair'),
      ],
    }))

  it('is asked true or false, by the bill’s name, the false one with the opposite verb', () => {
    const statements = allCandidates(text, facts())
      .filter((c) => c.factKey.startsWith('bill-purpose:'))
      .map((c) => [c.prompt, c.answer])
    expect(statements).toEqual([
      [
        'True or false: According to the article, the Clean Harbors Act of 2024 would extend the harbor grant program by five years',
        'True',
      ],
      [
        'True or false: According to the article, the Clean Harbors Act of 2024 would shorten the harbor grant program by five years',
        'False',
      ],
    ])
  })
})

describe('true/false swaps of an office holder', () => {
  it('put only someone of the same line of work in the holder’s place', () => {
    const text =
      'date 2024-05-02 Ana Ruiz is the mayor of Dalton. Lee Park, the deputy mayor of Orsk, agreed. Tom Berg, the founder of Bergware, said "we will build it all this year."'
    const facts = factsFor(text, (f) => ({
      quotes: [f.quote('we will build it all this year.', 'Tom Berg')],
      people: [
        f.person('Ana Ruiz', 'person', ['Ruiz'], 'the mayor of Dalton'),
        f.person('Tom Berg', 'person', ['Berg'], 'the founder of Bergware'),
        f.person('Lee Park', 'person', ['Park'], 'the deputy mayor of Orsk'),
      ],
    }))
    const swaps = allCandidates(text, facts).filter(
      (c) => c.type === 'true-false' && c.factKey === 'role:Ana Ruiz' && c.answer === 'False',
    )
    expect(swaps.map((c) => c.prompt)).toEqual(['True or false: Lee Park is the mayor of Dalton'])
  })
})

describe('bill names', () => {
  it('count "the CARI Act" and "the Coastal … (CARI) Act of 2024" as one bill', () => {
    const text =
      'date 2024-05-02 Senators introduced the Coastal Access and Reef Investment (CARI) Act of 2024. The CARI Act would protect the reef. The CARI Act matters.'
    const ctx = makeContext(text, factsFor(text))
    expect(billNames(ctx)).toEqual(['Coastal Access and Reef Investment (CARI) Act of 2024'])
  })
})
