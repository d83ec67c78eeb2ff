import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

// Invented passages: quoted words that nobody says (issue 11, round-1 pattern 3) are kind 'term'
// with no speaker, so the generator never asks "who said" of them.
const quotes = (text: string) =>
  extractFacts(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind }))

describe('quote kinds: speech or term', () => {
  it('marks criminal charges in quotation marks as terms, the listed second one too', () => {
    const qs = quotes(
      'Prosecutors charged Dale Orrin with "support of a banned group" and "possession of explosives." Orrin denied it.',
    )
    expect(qs).toEqual([
      { text: 'support of a banned group', speaker: null, kind: 'term' },
      { text: 'possession of explosives.', speaker: null, kind: 'term' },
    ])
  })

  it('marks a charge after "accused of" as a term, but not an accuser\'s words', () => {
    expect(quotes('Kell is accused of "misuse of public office" by the board.')[0]?.kind).toBe('term')
    const qs = quotes('Mayor Ivo Brant accused the council of "playing games with the budget," he said.')
    expect(qs[0]).toEqual({ text: 'playing games with the budget,', speaker: 'Ivo Brant', kind: 'speech' })
  })

  it('marks the wording of a form, a clause and a ballot question as terms', () => {
    const qs = quotes(
      'The new form asks, "Are you a resident of the county?" The clause reads "no member shall serve two terms." Voters saw the ballot question "Should the levy be renewed?"',
    )
    expect(qs.map((q) => q.kind)).toEqual(['term', 'term', 'term'])
    expect(qs.every((q) => q.speaker === null)).toBe(true)
  })

  it('marks a chanted slogan and the words on a banner as terms', () => {
    const qs = quotes(
      'Marchers chanted "Clean water now" outside the hall. One banner reading "Hands off our river" hung from the bridge.',
    )
    expect(qs.map((q) => q.kind)).toEqual(['term', 'term'])
  })

  it('keeps ordinary speech as speech', () => {
    const qs = quotes(
      '"We will reopen the library in May," said Councillor Petra Lund. "Nothing else matters."',
    )
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([
      ['speech', 'Petra Lund'],
      ['speech', 'Petra Lund'],
    ])
  })

  it('goes on with an unnamed source: the next quote of the paragraph is the same source, not nobody', () => {
    const f = extractFacts(
      '"This was an attack on all of us," an official said. "We will find whoever did this and bring them to justice."',
    )
    expect(f.quotes.map((q) => [q.kind, q.speaker, q.attribution?.pattern])).toEqual([
      ['speech', null, 'unnamed-source'],
      ['speech', null, 'continuation'],
    ])
  })

  it('credits a standalone quote to the person a sentence or two before is about (a pronoun subject)', () => {
    const f = extractFacts(
      'Senator Ida Moor rose in the chamber on Tuesday. She was visibly angry. "This bill is a disgrace to the state."',
    )
    expect(f.quotes.map((q) => [q.speaker, q.attribution?.pattern])).toEqual([['Ida Moor', 'nearby-subject']])
  })

  it("does not reach past another speaker's quote for a standalone quote", () => {
    const f = extractFacts(
      'Senator Ida Moor rose on Tuesday. "We object," said Senator Ugo Brandt. "The whole plan is wrong from the start."',
    )
    expect(f.quotes.map((q) => q.speaker)).toEqual(['Ugo Brandt', 'Ugo Brandt'])
  })

  it('marks a label after "called"/"termed" as a term', () => {
    const qs = quotes(
      'Islanders are not citizens; instead they are called "nationals of the islands" on their passports.',
    )
    expect(qs).toEqual([{ text: 'nationals of the islands', speaker: null, kind: 'term' }])
  })

  it('credits "the government of <place>" as an organisation, and "their statement" to it', () => {
    const f = extractFacts(
      'The government of Valdoria issued a statement on Friday: "the ruling ignores our sovereignty." Their statement also read "courts cannot decide who we are."',
    )
    expect(f.people.map((p) => [p.name, p.kind])).toContainEqual(['government of Valdoria', 'organization'])
    expect(f.quotes.map((q) => q.speaker)).toEqual(['government of Valdoria', 'government of Valdoria'])
  })
})
