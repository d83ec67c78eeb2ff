/**
 * Issue 11h: the decision, bill and election frames and the quiz-level selection, on passages
 * written for them (invented names), read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import { makeContext } from '../../src/quiz/context'
import { actorFrames } from '../../src/quiz/frames/actors'
import { allCandidates } from '../../src/quiz/generate'

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
