import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

// Invented passages (issue 11j): peoples, party labels, bare offices and groups are never persons;
// another name of a person is the same entity.
const facts = (text: string) => extractFacts(`date 2024-05-02\n${text}`)
const kindOf = (text: string, name: string): string | undefined =>
  facts(text).people.find((p) => p.name === name)?.kind

describe('entity kinds: groups of people and labels are not persons', () => {
  it('types a people named after a place as a group, not a person, and never its speaker', () => {
    const text =
      'Voters in Nova Terra went to the polls on Sunday. Nova Terrans turned out in record numbers and Nova Terrans said "we want change".'
    expect(kindOf(text, 'Nova Terrans')).toBe('other')
    expect(facts(text).quotes[0]?.speaker).toBeNull()
  })

  it('keeps a surname that ends like a demonym a person', () => {
    expect(kindOf('Senator Ann Rogers of Valdoria said "we won".', 'Ann Rogers')).toBe('person')
  })

  it('reads "a Labour Member" as a label for an unnamed member, not a person', () => {
    const f = facts('The Change Party won 40 seats. A Labour Member said the result "was a disaster for us".')
    expect(f.people.map((p) => p.name)).not.toContain('Labour Member')
    expect(f.quotes[0]?.speaker).toBeNull()
  })

  it('reads "Council Member Bo Tran" as a title and a name', () => {
    const f = facts('Council Member Bo Tran said the plan "will not pass".')
    expect(f.quotes[0]?.speaker).toBe('Bo Tran')
  })

  it('reads a bare office ("Senate Majority Leader") as a title, never an organisation', () => {
    const f = facts(
      'Senate Majority Leader Bo Tran spoke first. The Republican Senate Majority Leader said the bill "will never pass".',
    )
    expect(f.people.map((p) => p.name)).toEqual(['Bo Tran'])
    expect(f.quotes[0]?.speaker).toBe('Bo Tran')
  })

  it('types a band named after "the band" and a plural name after "the" as organisations', () => {
    const text =
      'The band Marsh Hollow played at the rally. Singer Ana Ruiz of the Blue Lanterns said "we stand with them".'
    expect(kindOf(text, 'Marsh Hollow')).toBe('organization')
    expect(kindOf(text, 'Blue Lanterns')).toBe('organization')
    expect(kindOf(text, 'Ana Ruiz')).toBe('person')
  })

  it('keeps the body in a long name whole ("Congregation for the Doctrine of the Faith")', () => {
    const text =
      '"This law is a step forward," said Archbishop Tomas Roe, the adjunct secretary of the Congregation for the Doctrine of the Faith.'
    expect(kindOf(text, 'Congregation for the Doctrine of the Faith')).toBe('organization')
    expect(facts(text).quotes[0]?.speaker).toBe('Tomas Roe')
  })
})

describe('entity kinds: other names of one person', () => {
  it('links a stage name and a real name in brackets to one person', () => {
    const f = facts(
      'Rapper Big Tom (real name Thomas Bale) said "the city is ours". Bale, 34, was arrested in 2019.',
    )
    const p = f.people.filter((x) => x.kind === 'person')
    expect(p).toHaveLength(1)
    expect(p[0]?.aliases).toEqual(expect.arrayContaining(['Thomas Bale']))
    expect(p[0]?.name).toBe('Big Tom')
  })

  it('links a birth name after "born" to the person', () => {
    const f = facts('The singer Lady Vega, born Maria Santos, said "I am proud". Santos grew up in the city.')
    expect(f.people.filter((x) => x.kind === 'person')).toHaveLength(1)
  })
})

describe('entity kinds: degrees and honours after a name', () => {
  it('never makes "M.D.", "Ph.D." or "Esq." an entity or a speaker', () => {
    const f = facts(
      'Congressman Bo Tran, M.D. is an original cosponsor of the Safe Water Act. Ann Lee, Esq. said "we will win this case".',
    )
    expect(f.people.map((p) => p.name)).toEqual(['Bo Tran', 'Safe Water Act', 'Ann Lee'])
    expect(f.quotes[0]?.speaker).toBe('Ann Lee')
  })
})
