/**
 * Issue 11m: quizzes too short and the central civic fact unasked — the fill of a short quiz past the
 * types' balance, and the question forms for a decision on two people, on passages written for them
 * (invented names), read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import { allCandidates } from '../../src/quiz/generate'
import { generateQuiz } from '../../src/quiz/index'
import { crossLeak, selectCandidates } from '../../src/quiz/select'

function candidates(text: string) {
  return allCandidates(text, extractFacts(text))
}

/** A budget story: one figure a sentence, so every fair question is a number. */
const BUDGET = `date 2024-05-02 The Eastburg city council approved a budget of $412 million on Tuesday. The police department will receive $88 million next year. Schools will get $140 million, up from the year before. The parks office was given $12 million for new playgrounds. Road repairs will cost $35 million over two years. The council set aside $9 million for flood defences. The fire service will receive $41 million. Libraries will share $6 million among the city's branches. Bus routes will get $22 million in new funding.`

describe('a short quiz is filled past the types’ balance', () => {
  it('asks every fair figure of a story made of figures, not three to five of them', () => {
    const quiz = generateQuiz(BUDGET)
    // six fair figures (the title states the budget; "two years" shares a sentence with its cost)
    expect(quiz.questions.length).toBe(6)
    expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(['number']))
  })

  it('never relaxes a correctness rule: one fact, one question; no third question on a sentence', () => {
    const quiz = generateQuiz(BUDGET)
    const starts = quiz.questions.map((q) => q.evidence.start)
    expect(new Set(starts).size).toBe(starts.length)
    expect(quiz.questions.some((q) => q.prompt.includes('over _____ years'))).toBe(false)
  })
})

/** A body's vote on two people at once, with other people who speak in the story. */
const CONTEMPT = `date 2024-05-02 The House voted 230–198 on Tuesday to hold Secretary Ann Lee and Secretary Bo Tran in contempt of Congress. Speaker Cal Ford said the vote "was the only answer left to us." Representative Dana Roe said the vote "was a political stunt." Judge Ivo Marsh said the court "will hear the case in June."`

describe('a decision on two people at once', () => {
  it('asks whom the body decided on, the pair as one option and wrong pairs of people of the story', () => {
    const q = candidates(CONTEMPT).find((c) => c.factKey.startsWith('group:'))
    expect(q?.prompt).toBe('Which two people did the House vote to hold in contempt of Congress?')
    expect(q?.answer).toBe('Ann Lee and Bo Tran')
    expect(q?.distractors.length).toBe(3)
    // wrong pairs of the story's other people, none holding a keyed one (half right)
    for (const d of q?.distractors ?? [])
      expect(d).toMatch(/^(?:Cal Ford|Dana Roe|Ivo Marsh) and (?:Cal Ford|Dana Roe|Ivo Marsh)$/)
    expect(q?.distractors).toContain('Cal Ford and Dana Roe')
  })

  it('asks the vote without naming the people, and a quiz asks both', () => {
    const vote = candidates(CONTEMPT).find((c) => c.prompt.startsWith('By what vote'))
    expect(vote?.prompt).toBe('By what vote did the House decide to hold two people in contempt of Congress?')
    expect(vote?.answer).toBe('230–198')
    // wrong counts keep the votes cast (428) and the winning side
    for (const d of vote?.distractors ?? []) {
      const [a, b] = d.split('–').map(Number)
      expect((a ?? 0) + (b ?? 0)).toBe(428)
      expect(a ?? 0).toBeGreaterThan(b ?? 0)
    }
    const prompts = selectCandidates(candidates(CONTEMPT), 8, CONTEMPT.length).map((x) => x.prompt)
    expect(prompts).toContain('Which two people did the House vote to hold in contempt of Congress?')
    expect(prompts).toContain('By what vote did the House decide to hold two people in contempt of Congress?')
    // the sentence's own blank names the two, so it is never asked beside the group's question
    expect(prompts.some((p) => p.includes('Secretary Ann Lee'))).toBe(false)
  })

  it('counts a prompt that names one of the group as giving the group’s question away', () => {
    const all = candidates(CONTEMPT)
    const group = all.find((c) => c.factKey.startsWith('group:'))
    const blank = all.find((c) => c.prompt.includes('Secretary Ann Lee'))
    const vote = all.find((c) => c.prompt.startsWith('By what vote'))
    expect(group && blank && crossLeak(blank, group)).toBe(true)
    expect(group && vote && crossLeak(vote, group)).toBe(false)
  })

  it('reads a court’s act on a list of three, and nothing when the list ends on someone unnamed', () => {
    const text = `date 2024-05-02 A court in Eastburg sentenced Tom Hale, Ed Hale and Lia Moss to life in prison on Monday. Mayor Ana Ruiz said the ruling "brings an end to a dark chapter." Prosecutor Ivo Marsh said the court "has done its duty." Councillor Cal Ford said the town "can now heal." Sheriff Dana Roe said the jail "is ready." Pastor Bo Tran said the families "need time."`
    const q = candidates(text).find((c) => c.factKey.startsWith('group:'))
    expect(q?.prompt).toBe('Which three people did a court in Eastburg sentence to life in prison?')
    expect(q?.answer).toBe('Tom Hale, Ed Hale and Lia Moss')
    const unnamed = text.replace('Tom Hale, Ed Hale and Lia Moss', 'Tom Hale, Ed Hale and two others')
    expect(candidates(unnamed).some((c) => c.factKey.startsWith('group:'))).toBe(false)
  })
})

/** Named bodies and officials each doing a civic act, every act of the same kind (a decision). */
const ACTS = `date 2024-05-02 The Federal Aviation Office suspended the airline's operating permit on Monday. The Eastburg Court of Appeals stayed the lower court's order on Friday. Governor Bo Tran appointed Lia Moss as the state's new health commissioner. The Harbor Workers Union sued the Port Authority over the new shift rules. The Westfield City Council repealed the parking ordinance last week. Judge Ivo Marsh dismissed the lawsuit against the Port Authority. Senator Cal Ford introduced the Clean Harbors Act in March. Mayor Dana Roe said the ruling "changes nothing for the workers."`

describe('who did a civic act: any named subject, a civic verb and its object', () => {
  it('asks who stayed, sued, appointed and repealed, with wrong options of the key’s kind', () => {
    const asked = new Map(
      candidates(ACTS)
        .filter((c) => c.type === 'who-did')
        .map((c) => [c.prompt, [c.answer, ...c.distractors]]),
    )
    const bodies = [
      'Federal Aviation Office',
      'Eastburg Court of Appeals',
      'Harbor Workers Union',
      'Westfield City Council',
      'Port Authority',
    ]
    for (const [prompt, key] of [
      ["Who suspended the airline's operating permit?", 'Federal Aviation Office'],
      ["Who stayed the lower court's order?", 'Eastburg Court of Appeals'],
      ['Who sued the Port Authority over the new shift rules?', 'Harbor Workers Union'],
      ['Who repealed the parking ordinance?', 'Westfield City Council'],
    ] as const) {
      const options = asked.get(prompt)
      expect(options?.[0]).toBe(key)
      // bodies with bodies: another decision of another verb on another thing is no second answer
      for (const o of options ?? []) expect(bodies).toContain(o)
    }
    expect(asked.get("Who appointed Lia Moss as the state's new health commissioner?")?.[0]).toBe('Bo Tran')
    // the one sued is never offered as the one who sued
    expect(asked.get('Who sued the Port Authority over the new shift rules?')).not.toContain('Port Authority')
  })

  it('reads "stayed" and "declared" only with an object that makes them civic acts', () => {
    const text = `date 2024-05-02 Governor Bo Tran stayed in office for ten more years. Mayor Lia Moss declared her love of the city. Judge Ivo Marsh said the ruling "changes nothing." Senator Cal Ford said the vote "was fair."`
    expect(candidates(text).filter((c) => c.type === 'who-did')).toEqual([])
  })
})

describe('what a proposed amendment sets: the shares of bodies its ratification needs', () => {
  it('asks a share of a body ("two-thirds of Congress") among the other shares, never one the prompt states', () => {
    const text = `date 2024-05-02 Senator Cal Ford introduced a constitutional amendment on Thursday that would limit senators to two terms and representatives to three terms. Ratification requires the approval of two-thirds of Congress and three-quarters of the states. Representative Dana Roe said the amendment "will never pass." Speaker Ivo Marsh said the plan "deserves a hearing."`
    const shares = candidates(text).filter((c) => c.factKey.startsWith('threshold:'))
    expect(shares.map((c) => c.answer)).toEqual(['two-thirds', 'three-quarters'])
    const first = shares[0]
    expect(first?.prompt).toBe(
      'Fill in the blank from the article: “Ratification requires the approval of _____ of Congress and three-quarters of the states.”',
    )
    // "three-quarters" is the states' share, written in the prompt: never offered for Congress's
    expect(first?.distractors).toEqual(['one-half', 'three-fifths'])
  })
})

describe('the count of a vote right after what was passed or rejected', () => {
  const text = `date 2024-05-02 The House passed the Safe Rivers Act 242–184 on Wednesday. The Senate rejected the Clean Ports Act by 48–52 last month. Speaker Cal Ford said the vote "was a win for every family." Representative Dana Roe said the bill "goes too far." The Eastburg City Council said the ban "protects our water."`

  it('asks the count, its wrong counts keeping the votes cast and the winning side', () => {
    const votes = candidates(text).filter((c) => c.factKey.startsWith('vote:'))
    expect(votes.map((c) => c.answer)).toEqual(['242–184', '48–52'])
    for (const d of votes[0]?.distractors ?? []) {
      const [a, b] = d.split('–').map(Number)
      expect((a ?? 0) + (b ?? 0)).toBe(426)
      expect(a ?? 0).toBeGreaterThan(b ?? 0)
    }
  })

  it('asks who passed the bill without the count in the prompt', () => {
    const who = candidates(text).find((c) => c.prompt === 'Who passed the Safe Rivers Act?')
    expect(who?.answer).toBe('House')
    expect(who?.distractors).toContain('Senate')
  })
})

it('writes a share’s wrong options as its answer is written, capitalised at the head of a sentence', () => {
  const text = `date 2024-05-02 Two-thirds of senators must vote to convict in the trial. Senator Cal Ford said the trial "will be fair." Representative Dana Roe said the case "is strong."`
  const share = candidates(text).find((c) => c.factKey.startsWith('threshold:'))
  expect(share?.answer).toBe('Two-thirds')
  expect(share?.distractors).toEqual(['One-half', 'Three-fifths', 'Three-quarters'])
})

describe('an act two actors did together', () => {
  it('keys both co-sponsors as one option, never one of them alone ("A along with B introduced …")', () => {
    const text = `date 2024-05-02 Senator Cal Ford (D-OR) along with Senator Dana Roe (R-IN) today introduced the Clean Harbors Act. The bill would ban dumping within 20 miles of a harbor. Harbor pilot Ivo Marsh said the bill "is long overdue." Mayor Lia Moss said the plan "protects our water." Governor Bo Tran signed the Safe Rivers Act last year.`
    const q = candidates(text).find((c) => c.prompt === 'Who introduced the Clean Harbors Act?')
    expect(q?.answer).toBe('Cal Ford and Dana Roe')
    expect(q?.distractors.length).toBe(3)
    for (const d of q?.distractors ?? []) expect(d).toMatch(/ and /)
    // the lone signer of another act stays keyed alone
    expect(candidates(text).find((c) => c.prompt === 'Who signed the Safe Rivers Act?')?.answer).toBe(
      'Bo Tran',
    )
  })

  it('keys "Senators A and B" together, and a name after "met with" is no co-actor', () => {
    const text = `date 2024-05-02 Senator Cal Ford and Senator Dana Roe introduced the Clean Harbors Act on Monday. Harbor pilot Ivo Marsh said the bill "is long overdue." Mayor Lia Moss said the plan "protects our water." Judge Tom Hale said the court "will hear the case."`
    expect(candidates(text).find((c) => c.prompt === 'Who introduced the Clean Harbors Act?')?.answer).toBe(
      'Cal Ford and Dana Roe',
    )
    const met = `date 2024-05-02 After a meeting with Senator Cal Ford, Senator Dana Roe introduced the Clean Harbors Act on Monday. Harbor pilot Ivo Marsh said the bill "is long overdue." Mayor Lia Moss said the plan "protects our water." Judge Tom Hale said the court "will hear the case."`
    const alone = candidates(met).find((c) => c.prompt === 'Who introduced the Clean Harbors Act?')
    expect(alone?.answer).toBe('Dana Roe')
  })
})

it('keys both people a decision in the passive fell on ("A and B were sentenced …"), never one alone', () => {
  const text = `date 2024-05-02 Tom Hale and Ed Hale were sentenced to life in prison on Monday. Prosecutor Ivo Marsh said the ruling "brings an end to a dark chapter." Mayor Ana Ruiz said the town "can now heal." Councillor Cal Ford said the verdict "was fair." Lia Moss was acquitted of all charges.`
  const all = candidates(text)
  expect(all.find((c) => c.prompt === 'Which two people were sentenced to life in prison?')?.answer).toBe(
    'Tom Hale and Ed Hale',
  )
  // never one of them alone ("Who was sentenced …?" would have two right answers)
  expect(all.some((c) => c.prompt.startsWith('Who was sentenced'))).toBe(false)
  expect(all.find((c) => c.prompt === 'Who was acquitted of all charges?')?.answer).toBe('Lia Moss')
})

describe('what an impeachment or an indictment charges', () => {
  const text = `date 2024-05-02 The House of Delegates impeached Governor Bo Tran on Wednesday on two articles: abuse of power and obstruction of the legislature. The vote was 61–38. Speaker Cal Ford said the governor "left us no choice." Delegate Dana Roe said the case "is politics, not law."`

  it('states the two charges, true as listed or false with one swapped for a charge the article never names', () => {
    const both = candidates(text).filter((c) => c.factKey.startsWith('charges:'))
    expect(both.map((c) => c.answer).sort()).toEqual(['False', 'True'])
    const truth = both.find((c) => c.answer === 'True')
    expect(truth?.prompt).toBe(
      'True or false: According to the article, the two articles of impeachment charged abuse of power and obstruction of the legislature',
    )
    const lie = both.find((c) => c.answer === 'False')
    const swapped = lie?.prompt.replace(/^.*charged /, '') ?? ''
    expect(swapped).not.toBe('abuse of power and obstruction of the legislature')
    // exactly one of the two charges is kept
    expect(
      ['abuse of power', 'obstruction of the legislature'].filter((c) => swapped.includes(c)).length,
    ).toBe(1)
  })

  it('reads nothing when the count and the list disagree ("three articles: a and b")', () => {
    const three = text.replace('two articles', 'three articles')
    expect(candidates(three).some((c) => c.factKey.startsWith('charges:'))).toBe(false)
  })
})

it('names the decider without the time that opens the sentence, and a common noun in lowercase', () => {
  const text = `date 2024-05-02 On Tuesday Congress voted to censure Ann Lee and Bo Tran. Prosecutors charged Cal Ford and Dana Roe with fraud. Speaker Ivo Marsh said the vote "was fair." Mayor Lia Moss said the town "can now heal." Judge Tom Hale said the court "will hear the case."`
  const prompts = candidates(text)
    .filter((c) => c.factKey.startsWith('group:'))
    .map((c) => c.prompt)
  expect(prompts).toEqual([
    'Which two people did Congress vote to censure?',
    'Which two people did prosecutors charge with fraud?',
  ])
})

it('asks a body’s vote on one person without the time that opens the sentence', () => {
  const text = `date 2024-05-02 On Tuesday Congress voted 230–198 to hold Secretary Ann Lee in contempt of Congress. Speaker Ivo Marsh said the vote "was fair." Mayor Lia Moss said the town "can now heal." Judge Tom Hale said the court "will hear the case."`
  const q = candidates(text).find((c) => c.type === 'who-did')
  expect(q?.prompt).toBe('Who did Congress vote to hold in contempt of Congress?')
  expect(q?.answer).toBe('Ann Lee')
})

it('asks whom a court without a name decided on ("a court in Eastburg sentenced Tom Hale …")', () => {
  const text = `date 2024-05-02 A court in Eastburg sentenced Tom Hale to life in prison on Monday. The appeals court acquitted Ed Hale of all charges. Prosecutor Ivo Marsh said the ruling "brings an end to a dark chapter." Mayor Ana Ruiz said the town "can now heal." Councillor Cal Ford said the verdict "was fair."`
  const asked = candidates(text).filter((c) => c.factKey.startsWith('group:'))
  expect(asked.map((c) => `${c.prompt} → ${c.answer}`)).toEqual([
    'Whom did a court in Eastburg sentence to life in prison? → Tom Hale',
    'Whom did the appeals court acquit of all charges? → Ed Hale',
  ])
  for (const c of asked) expect(c.distractors.length).toBe(3)
  // a named decider is asked the other way round ("Who sentenced Tom Hale …?"), not here
  const named = text.replace('A court in Eastburg', 'Judge Lia Moss')
  expect(candidates(named).some((c) => c.prompt.startsWith('Whom did Judge'))).toBe(false)
})

it('asks who won when the article names one other party, as a statement true or given to the other party', () => {
  const text = `date 2024-05-02 In the Westland council elections on Sunday, the Green Alliance won over 80% of the 452 seats and took control of 17 of the 18 councils. The Unity Party won 59 seats. Party leader Ana Ruiz said the result "is a message to the government." Minister Tom Hale said the government "will listen."`
  const won = candidates(text).filter((c) => c.factKey.startsWith('election-winner:'))
  expect(won.map((c) => `${c.prompt} → ${c.answer}`).sort()).toEqual([
    'True or false: The Green Alliance won over 80% of the 452 seats → True',
    'True or false: The Unity Party won over 80% of the 452 seats → False',
  ])
})

it('asks an election’s turnout among shares on the stated side of an earlier figure', () => {
  const text = `date 2024-05-02 In the Westland council elections on Sunday, the Green Alliance won 300 of the 452 seats. Turnout was 71%, up from 47% four years ago. Party leader Ana Ruiz said the result "is a message to the government." Minister Tom Hale said the government "will listen."`
  const q = candidates(text).find((c) => c.prompt === 'What was the turnout, according to the article?')
  expect(q?.answer).toBe('71%')
  expect(q?.distractors.length).toBe(3)
  // "up from 47%": every wrong share above 47, none the sentence states
  for (const d of q?.distractors ?? []) {
    expect(Number.parseInt(d, 10)).toBeGreaterThan(47)
    expect(Number.parseInt(d, 10)).toBeLessThan(100)
  }
})

it('names a body with "of" in its name whole ("the House of Delegates"), for one person or two', () => {
  const one = `date 2024-05-02 The House of Delegates voted 61–38 on Tuesday to hold Treasurer Ann Lee in contempt of the legislature. Speaker Cal Ford said the vote "was the only answer left to us." Delegate Dana Roe said it was "a political stunt." Judge Ivo Marsh said the court "will hear the case."`
  expect(candidates(one).find((c) => c.type === 'who-did')?.prompt).toBe(
    'Who did the House of Delegates vote to hold in contempt of the legislature?',
  )
  const two = one.replace('Treasurer Ann Lee', 'Treasurer Ann Lee and Auditor Bo Tran')
  expect(candidates(two).find((c) => c.factKey.startsWith('group:'))?.prompt).toBe(
    'Which two people did the House of Delegates vote to hold in contempt of the legislature?',
  )
})

it('reads a court’s stay of a subpoena, its date taken out without leaving a space before a comma', () => {
  const text = `date 2024-05-02 The Eastburg Court of Appeals stayed the subpoena on Thursday, pending a hearing in June. The Harbor Workers Union sued the Treasury over the delayed payments. The Westfield City Council repealed the parking ordinance. Mayor Dana Roe said the ruling "changes nothing for the workers."`
  const q = candidates(text).find((c) => c.answer === 'Eastburg Court of Appeals')
  expect(q?.prompt).toBe('Who stayed the subpoena, pending a hearing?')
})
