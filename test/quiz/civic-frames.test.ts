/**
 * Issue 11h: the decision, bill and election frames and the quiz-level selection, on passages
 * written for them (invented names), read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import type { Candidate } from '../../src/quiz/candidate'
import { makeContext } from '../../src/quiz/context'
import { actorFrames } from '../../src/quiz/frames/actors'
import { allCandidates } from '../../src/quiz/generate'
import { generateQuiz } from '../../src/quiz/index'
import { centralFirst, selectCandidates } from '../../src/quiz/select'

function frames(text: string) {
  return actorFrames(makeContext(text, extractFacts(text)))
}
function candidates(text: string) {
  return allCandidates(text, extractFacts(text))
}

describe('the decision frame', () => {
  it('reads an act in the passive with its actor after "by" and asks who did it', () => {
    const text = `date 2024-04-16 Governor Bo Tran requested a federal disaster declaration for 24 counties on Monday. A companion bill was introduced in the Senate last month by Senator Amos Reed. Mayor Lia Moss said the storm "closed every school in the county." Judge Ana Ruiz said the court "will hear the case in June." Councillor Ed Vance said the plan "costs too much for a town this size."`
    const f = frames(text).find((x) => x.verb === 'introduced')
    expect(f?.actor.name).toBe('Amos Reed')
    expect(f?.what).toBe('a companion bill in the Senate')
    const q = candidates(text).find((c) => c.type === 'who-did' && c.prompt.includes('companion'))
    expect(q?.prompt).toBe('Who introduced a companion bill in the Senate?')
    expect(q?.answer).toBe('Amos Reed')
    // the governor did a civic act of another kind, a decision; the mayor, judge and councillor speak
    expect(q?.distractors).toEqual(expect.arrayContaining(['Lia Moss', 'Ana Ruiz']))
  })

  it('never reads a frame from a passive whose subject needs another sentence ("It was approved by …")', () => {
    const text = `date 2024-04-16 The plan was sent to the capital on Monday. It was approved by President Ana Ruiz on Friday. Mayor Lia Moss said the plan "closed every school in the county." Judge Tom Hale said the court "will hear the case in June."`
    expect(frames(text).filter((x) => x.verb === 'approved')).toEqual([])
  })

  it('reads nothing from "Only once before has X ordered …", a comparison with an unnamed act', () => {
    const text = `date 2024-04-16 Only once before has Judge Ana Ruiz ordered a sitting mayor to jail. Speaker Lia Moss said the House "will not be ignored." Treasurer Ivo Marsh said the vote "was politics." Councillor Ed Vance said the court "will hear the case."`
    expect(frames(text)).toEqual([])
    // the same act stated plainly is a frame
    const plain = text.replace('Only once before has Judge Ana Ruiz ordered', 'Judge Ana Ruiz ordered')
    expect(frames(plain).map((f) => f.actor.name)).toEqual(['Ana Ruiz'])
  })

  it('asks whom a body named in lowercase voted to hold in contempt, without the clause of reason', () => {
    const text = `date 2024-04-16 On Tuesday the legislature voted 61–38 to hold Treasurer Ivo Marsh in contempt after he refused to hand over the budget papers. Speaker Lia Moss said the vote "was the only answer left to us." Senator Cal Ford said the treasurer "broke the law and knows it." Judge Ana Ruiz said the court "will hear the case in June."`
    const q = candidates(text).find((c) => c.type === 'who-did')
    expect(q?.prompt).toBe('Who did the legislature vote to hold in contempt?')
    expect(q?.answer).toBe('Ivo Marsh')
  })
})

describe('wrong options of a who-question', () => {
  it('never offers someone another sentence says did the same act ("Both … and Commissioner Vance urged …")', () => {
    const text = `date 2024-03-02 Police chief Tom Hale wrote to the embassy on Monday. Both he and the county's Police Commissioner, Ed Vance, urged the immunity be waived. Foreign Secretary Dana Roe urged the embassy to reconsider and spoke with Ambassador Ivo Marsh about the case. The victim's mother, Lia Moss, said the family "only wants the driver to come back." Judge Ana Ruiz said the court "can do nothing while she is abroad."`
    const q = candidates(text).find((c) => c.type === 'who-did')
    expect(q?.prompt).toBe('Who urged the embassy to reconsider?')
    expect(q?.answer).toBe('Dana Roe')
    expect(q?.distractors).not.toContain('Ed Vance')
  })
})

const PRESS_RELEASE = `date 2024-04-16 WASHINGTON, D.C. – Today, Congresswoman Dana Pell (D-OR) introduced the Rural Clinic Staffing Act, a bill that would extend the federal loan repayment program for rural nurses by five years and require the Department of Health to publish a yearly report on clinic vacancies.

The bill has 14 original cosponsors, and it was referred to the House Committee on Energy and Commerce.

“Too many families in rural Oregon drive more than an hour to see a nurse,” said Congresswoman Pell. “The loan repayment program has placed more than 3,000 nurses in rural clinics since 2012, but it expires next year. Rural patients deserve the same care as everyone else, and this bill is a practical step to get there.”

Under current law, the program pays up to $50,000 of a nurse’s student loans in exchange for two years of service in a rural clinic. The program is run by the Department of Health, which placed 410 nurses last year, most of them in clinics that serve farm workers and their families.`

describe('the bill frame', () => {
  it('reads what a bill does from an appositive lead, one statement per purpose', () => {
    const asked = candidates(PRESS_RELEASE).filter((c) => c.factKey.startsWith('bill-purpose:'))
    expect(asked.map((c) => c.prompt)).toEqual(
      expect.arrayContaining([
        'True or false: According to the article, the Rural Clinic Staffing Act would extend the federal loan repayment program for rural nurses by five years',
        'True or false: According to the article, the Rural Clinic Staffing Act would shorten the federal loan repayment program for rural nurses by five years',
        'True or false: According to the article, the Rural Clinic Staffing Act would require the Department of Health to publish a yearly report on clinic vacancies',
      ]),
    )
  })

  it('keeps "help" in "will help ensure" and reads "It … would require" after a sentence about the bill', () => {
    const text = `date 2024-04-16 Senator Ana Roe (D-ME) introduced the Safe Harbors Act on Monday. The bill will help ensure equal access to harbor docks for every small fishing crew. It includes a waiver for storms, and would require the Coast Office to report every lost boat to Congress. Mayor Lia Moss said the harbor "needs this law now." Judge Tom Hale said the court "will hear the case in June."`
    const prompts = candidates(text)
      .filter((c) => c.factKey.startsWith('bill-purpose:') && c.answer === 'True')
      .map((c) => c.prompt)
    expect(prompts).toEqual([
      'True or false: According to the article, the Safe Harbors Act will help ensure equal access to harbor docks for every small fishing crew',
      'True or false: According to the article, the Safe Harbors Act would require the Coast Office to report every lost boat to Congress',
    ])
  })

  it('asks where a bill stands, the false statement a stage the article rules out', () => {
    const asked = candidates(PRESS_RELEASE).filter((c) => c.factKey.startsWith('bill-status:'))
    expect(asked.map((c) => [c.prompt, c.answer])).toEqual([
      [
        'True or false: According to the article, the Rural Clinic Staffing Act was referred to the House Committee on Energy and Commerce',
        'True',
      ],
      [
        'True or false: According to the article, the Rural Clinic Staffing Act has already been signed into law',
        'False',
      ],
    ])
    const passed = `date 2024-04-16 Senator Ana Roe (D-ME) introduced the Safe Harbors Act in March. The bill passed the Senate on Tuesday. Mayor Lia Moss said the harbor "needs this law now."`
    const status = candidates(passed).filter((c) => c.factKey.startsWith('bill-status:'))
    expect(status.map((c) => c.prompt)).toContain(
      'True or false: According to the article, the Safe Harbors Act was rejected by the Senate',
    )
  })

  it('turns a single speaker’s checkable claim into an attributed true/false, a bound moved only outward', () => {
    const asked = candidates(PRESS_RELEASE).filter((c) => c.factKey.startsWith('claim:'))
    const prompts = asked.map((c) => c.prompt)
    expect(prompts).toContain(
      'True or false: According to Dana Pell, the loan repayment program has placed more than 3,000 nurses in rural clinics since 2012, but it expires next year',
    )
    // "more than 3,000" is still true of any smaller figure: the false claim goes above it
    const wrong = asked.find((c) => c.answer === 'False')?.prompt ?? ''
    const figure = Number(/more than ([\d,]+)/.exec(wrong)?.[1]?.replace(/,/g, ''))
    expect(figure).toBeGreaterThan(3000)
    // a sentence in the speaker's own voice ("Rural patients deserve …, and this bill …") is no claim
    expect(prompts.join('\n')).not.toContain('deserve')
  })

  it('gives a single-speaker press release about a bill a quiz led by the bill frame', () => {
    const quiz = generateQuiz(PRESS_RELEASE)
    expect(quiz.questions.length).toBeGreaterThanOrEqual(5)
    expect(quiz.questions[0]?.prompt).toMatch(/Rural Clinic Staffing Act (?:would|was|has)/)
  })
})

describe('the election frame', () => {
  const text = `date 2024-12-13 The Harbor Party won 365 of the 650 seats in Thursday's general election, its largest majority in thirty years. The Civic Alliance won 203 seats, and the Green League took 11.

Party leader Ana Ruiz said the result "gives us the mandate to rebuild the ports." Civic Alliance leader Tom Hale said his party "will hold the government to account." Green League co-leader Mia Sato said the vote "was a warning to every party that ignores the climate."

In the regional council vote held the same day, the Civic Alliance won 41 seats in the 120-seat assembly, short of a majority.`

  it('asks who won a result out of a whole, with the other parties as options', () => {
    const q = candidates(text).find(
      (c) => c.factKey.startsWith('election-winner:') && c.answer === 'Harbor Party',
    )
    expect(q?.prompt).toBe('Who won 365 of the 650 seats?')
    expect(q?.distractors.sort()).toEqual(['Civic Alliance', 'Green League'])
    // "won 203 seats" has no whole: who won it is not the election's winner
    expect(candidates(text).some((c) => c.prompt === 'Who won 203 seats?')).toBe(false)
  })

  it('keeps wrong seat counts inside the body and on the winner’s side of a majority', () => {
    const all = candidates(text).filter((c) => c.factKey.startsWith('election:'))
    const majority = all.find((c) => c.answer === '365')
    for (const d of majority?.distractors ?? []) {
      expect(Number(d)).toBeGreaterThan(325)
      expect(Number(d)).toBeLessThan(650)
    }
    const short = all.find((c) => c.answer === '41')
    expect(short?.distractors).toHaveLength(3)
    for (const d of short?.distractors ?? []) expect(Number(d)).toBeLessThan(60)
  })
})

describe('selection', () => {
  const ask = (
    n: number,
    type: Candidate['type'],
    answer: string,
    score = 3,
    factKey = `fact:${n}`,
  ): Candidate => ({
    type,
    factKey,
    prompt: `Question ${n} about the harbor and the pier`,
    answer,
    distractors: [],
    explanation: () => 'x',
    evidence: { text: 'x', start: n * 10, end: n * 10 + 5 },
    forbidden: [],
    support: [],
    score,
  })

  it('puts the central civic fact first, ahead of a better-scored quote', () => {
    const quote = ask(0, 'who-said', 'Lia Moss', 3.7)
    const vote = ask(5, 'number', '61–38', 3.5, 'vote:50')
    const figure = ask(3, 'number', '24', 2.5)
    expect(centralFirst([quote, figure, vote]).map((c) => c.answer)).toEqual(['61–38', 'Lia Moss', '24'])
    // no frame question: the article's order stands
    expect(centralFirst([quote, figure])).toEqual([quote, figure])
  })

  it('ranks a frame question above a "who said" with a higher score of its own', () => {
    const chosen = selectCandidates(
      [ask(0, 'who-said', 'Lia Moss', 3.5), ask(1, 'who-did', 'Lia Moss', 3.2)],
      12,
      100,
    )
    // the frame (who decided) is taken first; the quote only fills a quiz that is short of facts
    expect(chosen[0]?.type).toBe('who-did')
  })

  it('holds a type to three until the quiz is full, and keys one answer once', () => {
    const numbers = [0, 1, 2, 3, 4].map((n) => ask(n, 'number', String(10 + n), 3))
    const others = [5, 6, 7, 8, 9].map((n) =>
      ask(n, n % 2 ? 'role' : 'when', `Answer ${'VWXYZ'.charAt(n - 5)}`, 2),
    )
    const chosen = selectCandidates([...numbers, ...others], 8, 100)
    expect(chosen).toHaveLength(8)
    expect(chosen.filter((c) => c.type === 'number')).toHaveLength(3)
    // the same figure keyed twice: asked once while the article holds other facts
    const more = [10, 11, 12].map((n) => ask(n, 'who-said', `Speaker ${'KLM'.charAt(n - 10)}`, 2))
    const twice = selectCandidates(
      [ask(0, 'number', '24'), ask(1, 'number', '24'), ...others, ...more],
      8,
      100,
    )
    expect(twice).toHaveLength(8)
    expect(twice.filter((c) => c.answer === '24')).toHaveLength(1)
  })
})

describe('a title that answers a question', () => {
  const text = `date 2024-02-20 Governor Bo Tran requested a federal disaster declaration for 24 counties after the January ice storm, and the declaration was approved by President Ana Ruiz on Friday. The state's emergency management director, Lia Moss, said the money "will reach the counties within weeks."

The airline's operating permit was suspended by the Federal Aviation Office after two engine failures in one month. Senator Cal Ford said the office "acted as the law requires."

Only once before has the legislature held a Cabinet officer in contempt. On Tuesday the legislature voted 61–38 to hold Treasurer Ivo Marsh in contempt after he refused to hand over the budget papers. Marsh said the vote "was politics, nothing more."`

  it('drops "Who requested …?" when the headline says who requested it', () => {
    const asked = (title?: string) =>
      generateQuiz(text, title ? { title } : {}).questions.some((q) => q.type === 'who-did')
    expect(asked('Storm-hit counties wait for federal aid')).toBe(true)
    expect(asked('Governor Bo Tran requests disaster declaration for 24 counties')).toBe(false)
  })
})
