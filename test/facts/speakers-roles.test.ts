import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const who = (text: string): Array<[string, string | null]> =>
  extractFacts(text).quotes.map((q) => [q.text, q.speaker])

describe('speakers named by their role', () => {
  it('stops a role before a name at "and" after another name', () => {
    const people = extractFacts(
      'Superintendent Ana Lima and board chair Tom Reyes argued at the meeting on Tuesday night.',
    ).people.map((p) => [p.name, p.role])
    expect(people).toEqual([
      ['Ana Lima', 'Superintendent'],
      ['Tom Reyes', 'board chair'],
    ])
  })

  it('resolves "the governor" to a person titled "Gov."', () => {
    const text =
      'Gov. Ruth Calder spoke on Wednesday. Mayor Tom Reyes stayed silent. The governor said she hoped the board would "put families first."'
    expect(who(text)).toEqual([['put families first.', 'Ruth Calder']])
  })

  it('resolves "the judge" to a person titled "Justice"', () => {
    const text =
      'Justice Ama Kell ruled for the clinics. Minister Tom Reyes said he would appeal. The judge described parts of the audit as "speculative" and unfair.'
    expect(who(text)).toEqual([['speculative', 'Ama Kell']])
  })

  it('credits "an agency spokesperson" to the agency the article names', () => {
    const text =
      'The Federal Water Agency did not respond on Tuesday. An agency spokesperson said last month that it was “reviewing its rules” and hiring staff.'
    expect(who(text)).toEqual([['reviewing its rules', 'Federal Water Agency']])
  })

  it('keeps a short quote that is a whole sentence of its own, after the same speaker', () => {
    const text = 'Mayor Ana Lima defended the plan. "We ran the numbers in May," she said. "They hold."'
    expect(who(text)).toEqual([
      ['We ran the numbers in May,', 'Ana Lima'],
      ['They hold.', 'Ana Lima'],
    ])
  })

  it('reads no person in a participle opening the sentence', () => {
    const text =
      'Gov. Ruth Calder spoke on Wednesday. Asked whether the state would pay, the governor was brief: "We have a grant program."'
    expect(extractFacts(text).people.map((p) => p.name)).toEqual(['Ruth Calder'])
    expect(who(text)).toEqual([['We have a grant program.', 'Ruth Calder']])
  })
})

describe('quotes that are not speech, and quotes over paragraphs', () => {
  it('drops the title of a report, even beside its author', () => {
    const text =
      'The talks followed "Lakes at the Tipping Point", a report by the Northern Water Network which found rising nitrates. Mayor Ana Lima said "we must act now" on Monday.'
    expect(who(text)).toEqual([['we must act now', 'Ana Lima']])
  })

  it('drops a so-called word and a short phrase after a passive verb', () => {
    const text =
      "Ana Lima, 29, of the group Clean River, said the so-called 'reform' would change little. Officers have been asked to model a 'volunteer-led' option."
    expect(who(text)).toEqual([])
  })

  it('credits an open paragraph of a quotation to the speaker named where it closes', () => {
    const text =
      'Mayor Ana Lima toured the town.\n\n"I have lived here my whole life. I never saw anything like it.\n\n"But my neighbours came out with chainsaws. That is who we are," Lima said.'
    expect(who(text)).toEqual([
      ['I have lived here my whole life. I never saw anything like it.', 'Ana Lima'],
      ['But my neighbours came out with chainsaws. That is who we are,', 'Ana Lima'],
    ])
  })
})
