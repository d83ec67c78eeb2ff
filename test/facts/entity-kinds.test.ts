import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const people = (text: string) => extractFacts(`date 2024-05-02\n${text}`).people
const kinds = (text: string): Array<[string, string]> => people(text).map((p) => [p.name, p.kind])

describe('entity kinds', () => {
  it('types a law by its name and a numbered bill as bills, never as organisations', () => {
    const ps = people(
      'Senator Ada Kell introduced the Clean Rivers Act on Monday. The House passed H.R. 1234 and S. 567 on Tuesday.',
    )
    expect(ps.filter((p) => p.kind === 'bill').map((p) => p.name)).toEqual([
      'Clean Rivers Act',
      'H.R. 1234',
      'S. 567',
    ])
    expect(ps.some((p) => p.name === 'H.R.')).toBe(false)
  })

  it('reads a number and a name given side by side as one bill', () => {
    const ps = people('The Senate passed H.R. 1872, the Open Harbors Act, by voice vote.')
    expect(ps.find((p) => p.kind === 'bill')).toMatchObject({
      name: 'Open Harbors Act',
      aliases: ['H.R. 1872'],
    })
  })

  it('keeps a law’s name whole around its bracketed acronym', () => {
    const ps = people(
      'Senator Ada Kell introduced the Clean Rivers and Return on Investment (CRRI) Act of 2024.',
    )
    expect(ps.find((p) => p.kind === 'bill')).toMatchObject({
      name: 'Clean Rivers and Return on Investment Act',
      aliases: ['CRRI Act'],
    })
  })

  it('types places, dotted place codes and compass words as places', () => {
    const k = kinds('Officials from Niger met in Washington, D.C. with the Norland Trade Agency on Monday.')
    // a country is a place, or left out: never a person or an organisation
    expect(k.find(([n]) => n === 'Niger')?.[1] ?? 'place').toBe('place')
    expect(kinds('Talks with the Democratic Republic of the Congo stalled.')).toEqual([
      ['Democratic Republic of the Congo', 'place'],
    ])
    expect(k).toContainEqual(['D.C.', 'place'])
    expect(k).toContainEqual(['Norland Trade Agency', 'organization'])
  })

  it('types a name that only begins a compound as a fragment ("other")', () => {
    const k = kinds('Protesters gathered outside the Supreme Court building on Monday.')
    expect(k).toContainEqual(['Supreme Court', 'other'])
    expect(kinds('The Supreme Court ruled on Monday.')).toContainEqual(['Supreme Court', 'organization'])
  })

  it('types a document label as a document', () => {
    expect(kinds('Under Section 5 of the charter, the Norland Trade Agency must report.')).toContainEqual([
      'Section 5',
      'document',
    ])
  })

  it('reads an organisation and its acronym as one entity, bracketed or made of its initials', () => {
    const f = extractFacts(
      'date 2024-05-02\nThe Federal Roads Administration (FRA) closed the bridge on Monday. "Safety comes first," the FRA said. The Clean Harbors Act was passed. Critics of the CHA were loud.',
    )
    expect(f.people.filter((p) => p.aliases.length > 0).map((p) => [p.name, p.aliases])).toEqual([
      ['Federal Roads Administration', ['FRA']],
      ['Clean Harbors Act', ['CHA']],
    ])
    expect(f.quotes[0]?.speaker).toBe('Federal Roads Administration')
  })

  it('never makes a bill or a place a speaker', () => {
    const f = extractFacts(
      'date 2024-05-02\n"We will build it," the Clean Rivers Act says, according to nobody.',
    )
    expect(f.quotes.every((q) => q.speaker !== 'Clean Rivers Act')).toBe(true)
  })
})

describe('lawmakers: party and state from their tags', () => {
  it('reads "(D-CA)", "(R-Texas)", ", R-N.C.," and "(GA-5)"', () => {
    const ps = people(
      'Rep. Jane Roe (D-CA) and Sen. Tim Hale (R-Texas) spoke. Rep. Ann Lee, R-N.C., and Rep. Bo Park (GA-5) agreed. Sen. Cy Dunn (I-Vt.) did not.',
    )
    const tag = (name: string) => {
      const p = ps.find((x) => x.name === name)
      return [p?.party ?? null, p?.state ?? null]
    }
    expect(tag('Jane Roe')).toEqual(['Democratic', 'California'])
    expect(tag('Tim Hale')).toEqual(['Republican', 'Texas'])
    expect(tag('Ann Lee')).toEqual(['Republican', 'North Carolina'])
    expect(tag('Bo Park')).toEqual([null, 'Georgia'])
    expect(tag('Cy Dunn')).toEqual(['Independent', 'Vermont'])
    expect(ps.map((p) => p.name)).not.toContain('R-South Carolina')
  })

  it('reads no person in a bracketed party tag of two words', () => {
    expect(kinds('Senator Lia Moss (R-South Carolina) spoke.')).toEqual([['Lia Moss', 'person']])
  })
})

describe('bill sponsors', () => {
  const sponsors = (text: string): Record<string, string[] | undefined> =>
    Object.fromEntries(
      people(text)
        .filter((p) => p.kind === 'bill')
        .map((p) => [p.name, p.sponsors]),
    )

  it('reads "X and Y introduced the …"', () => {
    expect(
      sponsors(
        'WASHINGTON – Congressman Paul Vance (D-OR) along with Congresswoman Ruth Amos (R-Ind.) today introduced the Rural Clinics Act.',
      ),
    ).toEqual({ 'Rural Clinics Act': ['Paul Vance', 'Ruth Amos'] })
  })

  it('reads "introduced by" and "sponsored by", and "the bill" for the bill named before', () => {
    expect(
      sponsors(
        'The Open Harbors Act would fund ports. The bill was introduced by Senator Lia Moss and Senator Omar Haddad in March. Mayor Ana Ruiz praised it.',
      ),
    ).toEqual({ 'Open Harbors Act': ['Lia Moss', 'Omar Haddad'] })
  })

  it('reads sponsors from "their bill"', () => {
    expect(
      sponsors(
        'Senators Lia Moss (D-WI) and Omar Haddad (R-FL) applauded final passage of their bipartisan bill – H.R. 77, the Open Harbors Act.',
      ),
    ).toEqual({ 'Open Harbors Act': ['Lia Moss', 'Omar Haddad'] })
  })

  it('names no sponsor when the text does not say who introduced it', () => {
    expect(sponsors('Rep. Ann Lee voted against H.R. 3461 on Friday.')).toEqual({ 'H.R. 3461': undefined })
  })
})
