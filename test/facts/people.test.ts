import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const cast = (text: string): Array<{ name: string; kind: string; role: string | null; aliases: string[] }> =>
  extractFacts(text).people.map((p) => ({ name: p.name, kind: p.kind, role: p.role, aliases: p.aliases }))

describe('people', () => {
  it('takes the role from a title before the name and the surname as an alias', () => {
    const text = 'Interior Minister Karl Weber visited the site. Weber said little.'
    expect(cast(text)).toEqual([
      {
        name: 'Karl Weber',
        kind: 'person',
        role: 'Interior Minister',
        aliases: ['Interior Minister Karl Weber', 'Weber'],
      },
    ])
  })

  it('takes a possessive role before the name ("Springfield\'s mayor-elect X")', () => {
    const p = cast("Springfield's mayor-elect Dana Moss promised change.")[0]
    expect(p).toEqual({ name: 'Dana Moss', kind: 'person', role: "Springfield's mayor-elect", aliases: [] })
  })

  it('takes the role from an appositive after the name', () => {
    const p = cast('Ruth Oyelaran, a retired judge from the coast, chaired the inquiry.')[0]
    expect(p?.role).toBe('a retired judge from the coast')
  })

  it('tells organisations from people', () => {
    const text = 'The Harbour Workers Union backed Ana Lopes. Lopes thanked the Port Authority of Elmstead.'
    expect(cast(text).map((p) => [p.name, p.kind])).toEqual([
      ['Harbour Workers Union', 'organization'],
      ['Ana Lopes', 'person'],
      ['Port Authority of Elmstead', 'organization'],
    ])
  })

  it('records an outlet cited with "according to" as an outlet and a source with its speaker', () => {
    const facts = extractFacts('According to The Guardian, Mayor Ines Roy told reporters the plan was dead.')
    expect(facts.people.map((p) => [p.name, p.kind])).toEqual([
      ['The Guardian', 'outlet'],
      ['Ines Roy', 'person'],
    ])
    expect(facts.sources.map((s) => ({ outlet: s.outlet, speaker: s.speaker }))).toEqual([
      { outlet: 'The Guardian', speaker: 'Ines Roy' },
    ])
  })

  it('records "X reported" and "told CNN" as sources', () => {
    const facts = extractFacts(
      'Local station KTV7 reported the fire. Chief Tom Hale told CNN the blaze was contained.',
    )
    expect(facts.sources.map((s) => ({ outlet: s.outlet, speaker: s.speaker }))).toEqual([
      { outlet: 'KTV7', speaker: null },
      { outlet: 'CNN', speaker: 'Tom Hale' },
    ])
  })

  it('credits an outlet that reports with no speaker from another clause', () => {
    const facts = extractFacts(
      'Minister Ada Kell said the mayor was in a "serious" condition; KTV7 reported he received surgery.',
    )
    expect(facts.sources.map((s) => ({ outlet: s.outlet, speaker: s.speaker }))).toEqual([
      { outlet: 'KTV7', speaker: null },
    ])
  })

  it('resolves "the senator" to the person the article called senator', () => {
    const text = 'Senator Joan Pike faced questions. "I stand by the vote," the senator said.'
    expect(extractFacts(text).quotes.map((q) => [q.speaker, q.attribution?.resolved])).toEqual([
      ['Joan Pike', true],
    ])
  })

  it('takes a role set before the name with a comma, and an agent noun as a title', () => {
    const text = 'The local council leader, Joan Meyers, spoke first. Organiser Lina Costa spoke next.'
    expect(cast(text).map((p) => [p.name, p.role])).toEqual([
      ['Joan Meyers', 'The local council leader'],
      ['Lina Costa', 'Organiser'],
    ])
  })

  it('treats a two-word name the text also uses as a place as a place everywhere', () => {
    const text =
      'Protesters marched from Port Elmer to the capital. Port Elmer has seen weeks of unrest, said Mayor Jo Kent.'
    expect(cast(text).map((p) => p.name)).toEqual(['Jo Kent'])
  })
})
