/**
 * Labels as people (issue 11, round 6): a band, a party or a country the reader took for a person is
 * never an option of who-said, who-did or role, even in a person-like place ("Silver Owls' song",
 * "Xland said"). Passages written for the test, names invented.
 */
import { describe, expect, it } from 'vitest'
import { allCandidates } from '../../src/quiz/generate'
import { labelKind } from '../../src/quiz/label-names'
import { findMentions } from '../../src/quiz/mentions'
import { entityKind } from '../../src/quiz/option-kinds'
import type { PersonFact } from '../../src/schema'
import { factsFor } from './passage'

const TEXT =
  'date 2024-05-02 Mayor Ana Ruiz said the pier "was no longer safe for families or for the boats that tie up there." Council member Dev Osei said the vote "gives the harbor a chance to rebuild without rushing." Silver Owls\' song about the pier was played before the vote. Silver Owls have performed at the pier every summer. "We will not accept this decision from the council," Xland said. Xland\'s government said it would send engineers. "We stand ready to share what we learned at our ports," said Tomas Berg, a harbor engineer. Change Now won five seats on the council in March. "We thank every voter who stood with the harbor," Change Now said.'

const entity = (name: string, kind: PersonFact['kind'] = 'person', aliases: string[] = []): PersonFact => ({
  name,
  kind,
  aliases,
  role: null,
  roleSentence: null,
  start: 0,
})

describe('labelKind', () => {
  it('tells a band, a party and a country from the places no person name takes', () => {
    const kind = (name: string, k: PersonFact['kind'] = 'person') =>
      labelKind(entity(name, k), TEXT, findMentions(TEXT, [name]))
    expect(kind('Silver Owls')).toBe('group')
    expect(kind('Change Now')).toBe('group')
    expect(kind('Xland')).toBe('place')
    expect(kind('Xland', 'organization')).toBe('place')
    // people stay people: a titled name, or one named again by surname
    expect(
      labelKind(entity('Ana Ruiz', 'person', ['Ruiz']), TEXT, findMentions(TEXT, ['Ana Ruiz'])),
    ).toBeNull()
    expect(kind('Tomas Berg')).toBeNull()
    expect(kind('Dev Osei')).toBeNull()
    expect(entityKind(entity('Silver Owls'), TEXT)).toBe('group')
    expect(entityKind(entity('Tomas Berg'), TEXT)).toBe('person')
  })

  it('offers no band, party or country beside people in a who-said question, nor keys one', () => {
    const facts = factsFor(TEXT, (b) => ({
      quotes: [
        b.quote('was no longer safe for families or for the boats that tie up there.', 'Ana Ruiz'),
        b.quote('gives the harbor a chance to rebuild without rushing.', 'Dev Osei'),
        b.quote('We will not accept this decision from the council,', 'Xland'),
        b.quote('We stand ready to share what we learned at our ports,', 'Tomas Berg'),
        b.quote('We thank every voter who stood with the harbor,', 'Change Now'),
      ],
      people: [
        b.person('Ana Ruiz', 'person', ['Mayor Ana Ruiz', 'Ruiz'], 'Mayor'),
        b.person('Dev Osei', 'person', [], 'Council member'),
        b.person('Silver Owls', 'person', []),
        b.person('Xland', 'person', []),
        b.person('Tomas Berg', 'person', [], 'a harbor engineer'),
        b.person('Change Now', 'person', []),
      ],
    }))
    const saidOf = allCandidates(TEXT, facts).filter((c) => c.type === 'who-said')
    const keys = saidOf.map((c) => c.answer)
    expect(keys).toContain('Ana Ruiz')
    expect(keys).toContain('Tomas Berg')
    for (const c of saidOf)
      for (const o of [c.answer, ...c.distractors]) expect(o).not.toMatch(/Silver Owls|Xland|Change Now/)
  })
})
