import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

// Invented passages, one per general pattern of issue 11 (round-1 review, patterns 1 and 2).
const names = (text: string): string[] => extractFacts(text).people.map((p) => p.name)
const person = (text: string, name: string) => extractFacts(text).people.find((p) => p.name === name)

describe('reader: person names are clean names', () => {
  it('drops a plural abbreviated title before a list of names and gives no one a plural role', () => {
    const text =
      'Sens. Mara Quill and Tobin Hale introduced the measure. Reps. Ana Veld and Lee Prost agreed.'
    expect(names(text)).toEqual(['Mara Quill', 'Tobin Hale', 'Ana Veld', 'Lee Prost'])
    expect(person(text, 'Mara Quill')?.role).toBeNull()
  })

  it('takes a job noun before a name as a title ("Legislator X", "Voter Y"), not as part of the name', () => {
    const text = 'Legislator Orla Finch spoke first. Voter Ned Brask, 54, waited outside.'
    expect(names(text)).toEqual(['Orla Finch', 'Ned Brask'])
    expect(person(text, 'Orla Finch')?.role).toBe('Legislator')
  })

  it('leaves out the place of a title with a preposition ("the ambassador to Spain X")', () => {
    expect(names('The ambassador to Spain Colm Dorran met the press.')).toEqual(['Colm Dorran'])
  })

  it('stops a name before a capitalised conjunction or adverb that opens a clause', () => {
    const text = 'The talks moved to Lisbon But the plan failed. Though Catholic, Mira Tolv backed the bill.'
    const ns = names(text)
    expect(ns).toContain('Mira Tolv')
    expect(ns.some((n) => /\bBut\b|\bThough\b|Catholic/.test(n))).toBe(false)
  })

  it('keeps a quoted nickname inside the name and does not offer it as a quotation', () => {
    const f = extractFacts('Robert "Robbie" Kell said the vote was close. Kell thanked his staff.')
    expect(f.people.map((p) => p.name)).toEqual(['Robert "Robbie" Kell'])
    expect(f.quotes).toEqual([])
  })

  it('makes a birth name or real name one entity with the name it follows (surname mentions too)', () => {
    const f = extractFacts(
      'Singer Dax Rell, whose real name is Daniel Rellano, spoke at the rally. Rellano was born in Ohio. Wren Adeyemi, born Wren Kofi, won the seat.',
    )
    expect(f.people.map((p) => p.name)).toEqual(['Dax Rell', 'Wren Adeyemi'])
    expect(f.people[0]?.aliases).toEqual(expect.arrayContaining(['Daniel Rellano', 'Rellano']))
    expect(f.people[1]?.aliases).toContain('Wren Kofi')
  })

  it('takes a name the text describes as a band or group for an organisation, not a person', () => {
    const f = extractFacts(
      'Marsh Hollow Boys, a folk trio, played at the rally. Lena Voss, a teacher, spoke.',
    )
    expect(f.people.map((p) => [p.name, p.kind])).toEqual([
      ['Marsh Hollow Boys', 'organization'],
      ['Lena Voss', 'person'],
    ])
  })

  it('makes "the Chamber" one body with "the Chamber of Deputies" when the text uses both', () => {
    const f = extractFacts(
      'The Chamber of Deputies passed the bill on Monday. The Chamber vote was close. The Board of Trade objected.',
    )
    const chamber = f.people.filter((p) => p.name.startsWith('Chamber'))
    expect(chamber.map((p) => [p.name, p.aliases])).toEqual([['Chamber of Deputies', ['Chamber']]])
  })

  it('takes a name with a digit in a word (a model or a code) for no person', () => {
    const f = extractFacts('Lena Voss was hit by a Kestrel T40 on the bridge. She was taken to hospital.')
    expect(f.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Lena Voss'])
  })

  it('splits "the Royal Navy and the Coast Guard" into two organisations', () => {
    const ns = names('The base serves the Royal Navy and the Coast Guard of the island.')
    expect(ns).toEqual(expect.arrayContaining(['Royal Navy', 'Coast Guard']))
    expect(ns.some((n) => n.includes(' and '))).toBe(false)
  })

  it('gives a person the gender of a "he"/"she" resolved to them, so a later "she" finds the woman', () => {
    const f = extractFacts(
      'Tomas Reyl, a 19-year-old cyclist, was struck on the road. He died later that day. Police spoke with Ines Varga as a suspect. She told officers "that she had not seen him at all" on the night.',
    )
    expect(f.quotes.map((q) => q.speaker)).toEqual(['Ines Varga'])
  })

  it('makes "the Water Ministry" one body with "the Ministry of Water" when the text uses both', () => {
    const f = extractFacts(
      'The Ministry of Water issued the permit on Monday. The Water Ministry said it would review the case.',
    )
    expect(f.people.map((p) => [p.name, p.aliases])).toEqual([['Ministry of Water', ['Water Ministry']]])
  })

  it('takes "Secretary of State" or "Chief of Staff" whole as the role, not the word after "of"', () => {
    const f = extractFacts(
      'Envoy Ada Brell met US Secretary of State Milo Prane. Chief of Staff Mara Quint left.',
    )
    expect(f.people.map((p) => [p.name, p.role])).toEqual([
      ['Ada Brell', 'Envoy'],
      ['Milo Prane', 'US Secretary of State'],
      ['Mara Quint', 'Chief of Staff'],
    ])
  })
})
