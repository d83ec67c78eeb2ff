/** The one rule for people and organisations offered as options, each on a passage written for it. */
import { describe, expect, it } from 'vitest'
import {
  entityKind,
  fitActor,
  historicalFigure,
  onlyInCompounds,
  optionName,
  reportedDead,
  sameEntity,
} from '../../src/quiz/option-kinds'
import { standsAlone } from '../../src/quiz/people'
import type { PersonFact } from '../../src/schema'

const entity = (name: string, kind: PersonFact['kind'] = 'organization'): PersonFact => ({
  name,
  kind,
  aliases: [],
  role: null,
  roleSentence: null,
  start: 0,
})

describe('entityKind', () => {
  it('tells places, compass words, labels, documents and events from people and organisations', () => {
    const text =
      'Protesters gathered in Dalvania on Sunday. The Marlow Gulf is patrolled. North voted first. The Harbor Council said it would meet.'
    expect(entityKind(entity('Dalvania'), text)).toBe('place')
    expect(entityKind(entity('Marlow Gulf'), text)).toBe('place')
    expect(entityKind(entity('North'), text)).toBe('compass')
    expect(entityKind(entity('H. Res'), text)).toBe('label')
    expect(entityKind(entity('Fairwater Housing Act'), text)).toBe('bill')
    expect(entityKind(entity('Seventh Amendment'), text)).toBe('bill')
    expect(entityKind(entity('Dalvania–Orsk War'), text)).toBe('thing')
    expect(entityKind(entity('Harbor Council'), text)).toBe('organisation')
    expect(entityKind(entity('Lena Hart', 'person'), text)).toBe('person')
  })

  it('tells a band, a people, an airline or a church body from a person, though the reader said person', () => {
    const text =
      'The Velvet Stones played on Friday as Dalvanians marched. A Dalvanian flag flew. Corsa Air cancelled flights. The Holy Synod met. Lena Hart said the Stones were loud. Tom Evans agreed.'
    expect(entityKind(entity('Velvet Stones', 'person'), text)).toBe('group')
    expect(entityKind(entity('Dalvanians', 'person'), text)).toBe('group')
    expect(entityKind(entity('Corsa Air', 'person'), text)).toBe('group')
    expect(entityKind(entity('Holy Synod', 'person'), text)).toBe('group')
    // a party, a forum or a slogan the reader took for a person
    const civic =
      'The Harbor Party and the Civic Forum backed the bill. Marchers held Religious Freedom signs. Lena Hart said so.'
    expect(entityKind(entity('Harbor Party', 'person'), civic)).toBe('group')
    expect(entityKind(entity('Civic Forum', 'person'), civic)).toBe('group')
    expect(entityKind(entity('Religious Freedom', 'person'), civic)).toBe('label')
    expect(entityKind(entity('Lena Hart', 'person'), civic)).toBe('person')
    expect(
      fitActor(entity('Religious Freedom', 'person'), civic, ['Religious Freedom'], '2024-05-02', true),
    ).toBe(false)
    expect(fitActor(entity('Harbor Party', 'person'), civic, ['Harbor Party'], '2024-05-02', true)).toBe(
      false,
    )
    expect(fitActor(entity('Velvet Stones', 'person'), text, ['Velvet Stones'], '2024-05-02', false)).toBe(
      false,
    )
    // the people of a place the article names, whatever kind the reader gave them
    const place =
      'Voters in Port Dalvania met. Port Dalvanians and one Port Dalvanian spoke. Paris was quiet; Parisians were not. Ryan Moss said so.'
    expect(entityKind(entity('Port Dalvanians'), place)).toBe('group')
    expect(entityKind(entity('Port Dalvanian'), place)).toBe('group')
    expect(entityKind(entity('Parisians', 'person'), place)).toBe('group')
    expect(entityKind(entity('Ryan Moss', 'person'), place)).toBe('person')
    // a surname ending in "s" is still a person
    expect(entityKind(entity('Tom Evans', 'person'), text)).toBe('person')
    expect(entityKind(entity('Lena Hart', 'person'), text)).toBe('person')
  })

  it('keeps a full name followed by its affiliation ("Ana Ruiz of the Harbor Institute") as a person', () => {
    const text =
      'Director Ana Ruiz of the Harbor Institute announced a trial. The Clean Harbors for Families Act passed.'
    expect(standsAlone(text, 'Ana Ruiz', true)).toBe(true)
    expect(standsAlone(text, 'Clean Harbors')).toBe(false)
    expect(standsAlone(text, 'Clean Harbors', true)).toBe(false)
  })

  it('keeps a one-word organisation that acts ("Orsk said …") though it is also a place name', () => {
    const text = 'Orsk said on Monday it would talk. Talks in Orsk broke down.'
    expect(entityKind(entity('Orsk'), text)).toBe('organisation')
  })
})

describe('sameEntity', () => {
  it('knows a name and its acronym, and a surname and the full name, for one entity', () => {
    expect(sameEntity('Coastal Fisheries Authority', 'CFA')).toBe(true)
    expect(sameEntity('NIPH', 'National Institute of Public Health')).toBe(true)
    expect(sameEntity('Lena Hart', 'Hart')).toBe(true)
    expect(sameEntity('Lena Hart', 'Tom Berg')).toBe(false)
    expect(sameEntity('CFA', 'Harbor Council')).toBe(false)
  })
})

describe('actors', () => {
  it('drops a word lifted from a compound ("the High Court building")', () => {
    const text = 'Crowds stood outside the High Court building. Later they left the High Court building.'
    expect(onlyInCompounds(text, ['High Court'])).toBe(true)
    expect(fitActor(entity('High Court'), text, ['High Court'], '2024-05-02', false)).toBe(false)
    expect(onlyInCompounds('The High Court ruled on Monday.', ['High Court'])).toBe(false)
  })

  it('drops a historical figure the text is only about, and a victim reported dead', () => {
    const text =
      'In 1931, Amos Kell led a march for the vote across the valley. Mayor Ruth Omar said the law honours that march. A crash killed cyclist Dan Pell on Friday.'
    const kell = entity('Amos Kell', 'person')
    expect(historicalFigure(kell, text, ['Amos Kell', 'Kell'], '2024-05-02', false)).toBe(true)
    expect(fitActor(kell, text, ['Amos Kell'], '2024-05-02', false)).toBe(false)
    expect(fitActor(entity('Ruth Omar', 'person'), text, ['Ruth Omar'], '2024-05-02', true)).toBe(true)
    expect(reportedDead(text, ['Dan Pell'])).toBe(true)
    expect(reportedDead(text, ['Ruth Omar'])).toBe(false)
  })

  it('shows a name without the titles the reader kept in front of it', () => {
    expect(optionName(entity('U.S. Congressmen Tom Alder', 'person'))).toBe('Tom Alder')
    expect(optionName(entity('Senator Lena Hart', 'person'))).toBe('Lena Hart')
    expect(optionName(entity('Lena Hart', 'person'))).toBe('Lena Hart')
  })
})
