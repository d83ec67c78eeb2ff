/**
 * Issue 11l: causes of short quizzes — fair candidates lost by too broad a rule, an act the frames
 * did not read, or a place left empty after layout — on passages written for them (invented names),
 * read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import { makeContext } from '../../src/quiz/context'
import { actorFrames } from '../../src/quiz/frames/actors'
import { readWhat } from '../../src/quiz/frames/what'
import { allCandidates, chooseAndPlace } from '../../src/quiz/generate'
import { overlappingBodies } from '../../src/quiz/option-kinds'
import { selectCandidates } from '../../src/quiz/select'
import { titleGivesAway } from '../../src/quiz/title'

function frames(text: string) {
  return actorFrames(makeContext(text, extractFacts(text)))
}
function candidates(text: string) {
  return allCandidates(text, extractFacts(text))
}

const DECLARATION = `date 2024-04-16 Governor Mia Park requested the disaster declaration last week, and President Tom Reyes approved it on Monday. Mayor Lia Moss said the storm "closed every school in the county." Judge Ana Ruiz said the court "will hear the case in June." Councillor Ed Vance said the plan "costs too much for a town this size."`

describe('two acts of two actors in one sentence (request and approval)', () => {
  it('reads the second act of a coordinated clause, its pronoun object standing for the first act’s', () => {
    const f = frames(DECLARATION)
    expect(f.map((x) => [x.actor.name, x.verb, x.what])).toEqual([
      ['Mia Park', 'requested', 'the disaster declaration'],
      ['Tom Reyes', 'approved', 'the disaster declaration'],
    ])
  })

  it('asks both, and selection keeps both though they share a sentence and a type', () => {
    const c = candidates(DECLARATION).filter((x) => x.type === 'who-did')
    const prompts = c.map((x) => `${x.prompt} → ${x.answer}`)
    expect(prompts).toEqual([
      'Who requested the disaster declaration? → Mia Park',
      'Who approved the disaster declaration? → Tom Reyes',
    ])
    const chosen = selectCandidates(candidates(DECLARATION), 8, DECLARATION.length)
    expect(chosen.filter((x) => x.type === 'who-did').map((x) => x.answer)).toEqual(['Mia Park', 'Tom Reyes'])
    // neither is keyed for the other's act; the approver is not offered as the requester
    expect(c[1]?.distractors).not.toContain('Mia Park')
  })

  it('reads no second act without a clause of its own ("ruled that the agency had suspended …")', () => {
    const text = `date 2024-04-16 Judge Ana Ruiz ruled that the Port Agency suspended the permit unlawfully. Mayor Lia Moss said the storm "closed every school in the county." Councillor Ed Vance said the plan "costs too much for a town this size."`
    expect(frames(text).map((x) => x.verb)).toEqual(['ruled'])
  })
})

describe('the act’s object (readWhat)', () => {
  it('drops a gloss between two dashes and stops at a "which" clause', () => {
    expect(
      readWhat(
        ' an opinion on the suspension — prorogation — of the Parliament of Xland which went into effect on Tuesday',
        'decision',
        'issued',
      ),
    ).toBe('an opinion on the suspension of the Parliament of Xland')
  })
})

describe('wrong options of a who-did question', () => {
  it('never offers the body the act falls on', () => {
    const text = `date 2024-04-16 On Wednesday, the High Court of Xland issued a ruling on the dissolution of the Council of Xland. The Supreme Court of Xland will hear an appeal. The Senate of Xland meets on Monday. Minister Ivo Marsh said the court "has spoken." Speaker Lia Moss said the council "will appeal."`
    const q = candidates(text).find((c) => c.type === 'who-did' && c.prompt.includes('dissolution'))
    expect(q?.answer).toBe('High Court of Xland')
    expect(q?.distractors).not.toContain('Council of Xland')
  })

  it('treats two bodies of one jurisdiction as two bodies ("Supreme Court of Xland" / "Parliament of Xland")', () => {
    expect(
      overlappingBodies('Supreme Court of the Republic of Xland', 'Parliament of the Republic of Xland'),
    ).toBe(false)
    // a legislature and its chamber still overlap, whatever place they serve
    expect(overlappingBodies('Congress of Xland', 'Senate of Xland')).toBe(true)
    expect(overlappingBodies('House', 'House Judiciary Committee')).toBe(true)
  })
})

describe('a quiz refills a place a chosen question loses at layout', () => {
  it('selects again without the lost candidate, so the next best takes its place', () => {
    const pool = candidates(`${DECLARATION} The declaration covers 24 counties in the state of Westland.`)
    expect(pool.length).toBeGreaterThanOrEqual(3)
    const [a, b, c] = pool
    const select = (p: typeof pool) => p.slice(0, 2)
    // the layout turns the first candidate away (say its options cannot be put in order)
    const place = (chosen: typeof pool) =>
      chosen
        .filter((x) => x !== a)
        .map((x) => ({
          id: x.factKey,
          type: x.type,
          prompt: x.prompt,
          explanation: '',
          evidence: x.evidence,
        }))
    const { chosen, questions } = chooseAndPlace(pool, select, place as never)
    expect(chosen).toEqual([b, c])
    expect(questions.map((q) => q.prompt)).toEqual([b?.prompt, c?.prompt])
  })
})

describe('a regulator’s act (suspended, banned, revoked)', () => {
  it('asks which body suspended a permit, with other public bodies as options', () => {
    const text = `date 2024-03-04 The Civil Aviation Authority suspended Skyway Air's operating permit on Friday after two emergency landings in a week. The Transport Ministry said it would review the case. The Senate Budget Committee will question the airline's chief next month. "We will not allow unsafe flights," said Director Jan Ole, the head of the authority. "Our planes are safe," said Skyway chief executive Ana Ruiz.`
    const q = candidates(text).find((c) => c.type === 'who-did')
    expect(q?.prompt).toBe("Who suspended Skyway Air's operating permit?")
    expect(q?.answer).toBe('Civil Aviation Authority')
    expect(q?.distractors).toEqual(expect.arrayContaining(['Transport Ministry', 'Senate Budget Committee']))
    // people are never options for a body
    expect(q?.distractors).not.toContain('Jan Ole')
  })
})

describe('a title naming a speaker (titleGivesAway)', () => {
  it('gives a "who said" away only when it carries the quote, not one shared word', () => {
    const title = 'Governor Mia Park says she is working with the mayor on housing'
    const quote = (q: string) => ({
      type: 'who-said' as const,
      prompt: `Who said: “${q}”?`,
      answer: 'Mia Park',
    })
    expect(
      titleGivesAway(
        title,
        quote('Wherever there is a chance of working together, I am ready to fight for renters'),
      ),
    ).toBe(false)
    expect(titleGivesAway(title, quote('I am working with the mayor on housing'))).toBe(true)
    // other types keep the rule: the title's act and its actor ("Who requested …?")
    expect(
      titleGivesAway('Governor Mia Park requests disaster declaration', {
        type: 'who-did',
        prompt: 'Who requested the disaster declaration?',
        answer: 'Mia Park',
      }),
    ).toBe(true)
  })
})

describe('irregular past tenses of the frame verbs', () => {
  it('reads "withdrew" and "struck down" as acts done, not as plans needing "will"', () => {
    const text = `date 2024-04-16 Chief Executive Mia Park withdrew the extradition bill on Wednesday. Judge Ana Ruiz struck down the curfew law in March. Speaker Lia Moss said the House "will not be ignored." Treasurer Ivo Marsh said the vote "was politics." Councillor Ed Vance said the court "will hear the case."`
    expect(frames(text).map((x) => [x.actor.name, x.verb, x.what])).toEqual([
      ['Mia Park', 'withdrew', 'the extradition bill'],
      ['Ana Ruiz', 'struck', 'down the curfew law'],
    ])
  })

  it('reads a letter that asks something of its addressee, and nothing from "wrote that …"', () => {
    const text = `date 2024-04-16 Police chief Nick Hale wrote to the Xland Embassy asking it to lift her immunity. Mayor Ann Roe wrote that the city "will recover." Speaker Lia Moss said the House "will not be ignored." Treasurer Ivo Marsh said the vote "was politics." Councillor Ed Vance said the court "will hear the case."`
    const f = frames(text)
    // the request speaks of someone by a pronoun: the act is the letter and its addressee alone
    expect(f.map((x) => [x.actor.name, x.verb, x.what])).toEqual([
      ['Nick Hale', 'wrote', 'to the Xland Embassy'],
    ])
    const q = candidates(text).find((c) => c.type === 'who-did')
    expect(q?.prompt).toBe('Who wrote to the Xland Embassy?')
    expect(q?.answer).toBe('Nick Hale')
  })
})

describe('"found" and "held" in the active', () => {
  it('are acts only as findings ("found the law unconstitutional"), never "police found the car"', () => {
    const text = `date 2024-04-16 Judge Ana Ruiz found the curfew law unconstitutional on Monday. Officer Tom Hale found the stolen car near the river. Mayor Lia Moss held a meeting with residents. Treasurer Ivo Marsh said the vote "was politics." Councillor Ed Vance said the court "will hear the case."`
    expect(frames(text).map((x) => [x.actor.name, x.verb, x.what])).toEqual([
      ['Ana Ruiz', 'found', 'the curfew law unconstitutional'],
    ])
  })
})
