import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const names = (text: string): Array<[string, string]> =>
  extractFacts(text).people.map((p) => [p.name, p.kind])

describe('people: words that name no one', () => {
  it('reads no person in a weekday before a role or a name', () => {
    const text =
      'This past Friday, the governor, 58, announced her run. On Sunday Senators Ada Kell of Ohio and Rui Lopes of Utah signed the letter.'
    expect(names(text)).toEqual([
      ['Ada Kell', 'person'],
      ['Rui Lopes', 'person'],
    ])
  })

  it('reads no person in a lone nationality adjective', () => {
    const text = 'Chilean law bars it. She became the first Chilean royal to run, Governor Tomas Vidal said.'
    expect(names(text)).toEqual([['Tomas Vidal', 'person']])
  })

  it('keeps a name joined by an en dash whole', () => {
    const text = 'Nordic Export–Import Bank president Lena Dahl said rates would fall.'
    expect(names(text)).toEqual([
      ['Nordic Export–Import Bank', 'organization'],
      ['Lena Dahl', 'person'],
    ])
  })

  it('reads the title of a law or framework as one name, not as a person', () => {
    const text =
      'Senator Ada Kell introduced the Fair Housing for Veterans Act on Monday. Under the Rapid Review of Novel and Experimental Devices framework, clinics may apply.'
    expect(names(text)).toEqual([
      ['Ada Kell', 'person'],
      ['Fair Housing for Veterans Act', 'bill'],
      ['Rapid Review of Novel and Experimental Devices', 'organization'],
    ])
  })

  it('types a company name by its ending', () => {
    const text = 'The drug is made by the Ohio company Bluefin Therapeutics and tested by Dr. Ada Kell.'
    expect(names(text)).toContainEqual(['Bluefin Therapeutics', 'organization'])
  })

  it('reads a dateline as a place', () => {
    const text = 'Denver, CO – Senator Ada Kell today introduced a bill on wildfire relief.'
    expect(names(text)).toEqual([['Ada Kell', 'person']])
  })

  it('keeps a bare surname listed beside a known person', () => {
    const text = 'Critics, like Governor Ada Kell, and Okafor, attacked the plan.'
    expect(names(text)).toEqual([
      ['Ada Kell', 'person'],
      ['Okafor', 'person'],
    ])
  })
})

describe('people: labels and organisation names', () => {
  it('reads no person in a party-state label after a lawmaker', () => {
    const text = 'Sen. Ana Lima, D-N.M., and Rep. Tom Reyes, R-Okla., 47, filed the bill.'
    expect(names(text)).toEqual([
      ['Ana Lima', 'person'],
      ['Tom Reyes', 'person'],
    ])
  })

  it("keeps a plural possessive inside an organisation's name", () => {
    const text = "The Eastern Valley Teachers' Union, which backed the strike, welcomed the ruling."
    expect(names(text)).toEqual([["Eastern Valley Teachers' Union", 'organization']])
  })
})
