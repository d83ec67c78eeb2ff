/**
 * Person options (issue 11): a who-said, who-did or role option that asks for a person is a person
 * with a personal name — never a title without a name, a party label, a group or a demonym — and
 * never someone the prompt rules out (another name of the key, the addressee of the letter, a person
 * of another era). Each rule on a passage written for it (invented names).
 */
import { describe, expect, it } from 'vitest'
import { allCandidates } from '../../src/quiz/generate'
import { findMentions } from '../../src/quiz/mentions'
import {
  addressedIn,
  bareTitle,
  entityKind,
  fitActor,
  fitKey,
  ofPastOnly,
  optionName,
  partyMemberLabel,
  personalName,
  pinnedPast,
  secondName,
} from '../../src/quiz/option-kinds'
import type { PersonFact } from '../../src/schema'
import { factsFor } from './passage'

const entity = (
  name: string,
  kind: PersonFact['kind'] = 'person',
  role: string | null = null,
): PersonFact => ({
  name,
  kind,
  aliases: [],
  role,
  roleSentence: null,
  start: 0,
})

describe('a person option has a personal name', () => {
  it('knows a title without a name and strips a party or office label from a name', () => {
    expect(bareTitle('Republican Senate Majority Leader')).toBe(true)
    expect(bareTitle('Labour Member')).toBe(true)
    expect(bareTitle('Interior Minister')).toBe(true)
    expect(bareTitle('Harbor Ministry')).toBe(false)
    expect(bareTitle('Office of the Prime Minister')).toBe(false)
    expect(bareTitle('Tom Hale')).toBe(false)
    expect(personalName('Labour Member Tom Hale')).toBe('Tom Hale')
    // a party-member label is a side, never a role option
    expect(partyMemberLabel('Labour Member')).toBe(true)
    expect(partyMemberLabel('Council member')).toBe(false)
    expect(partyMemberLabel('Green MP')).toBe(false)
    expect(personalName('Republican Senate Majority Leader')).toBe('')
    expect(personalName('State Senator Ana Ruiz')).toBe('Ana Ruiz')
    expect(optionName(entity('Labour Member Tom Hale'))).toBe('Tom Hale')
    expect(optionName(entity('Queen Mara II'))).toBe('Mara II')
  })

  it('never offers a title, a group, a body or a demonym as a person, whatever kind the reader gave', () => {
    const text =
      'Voters in Harbor Town backed the plan. Harbor Towners cheered. Forum Xland said it would watch the count. Marlow Echo, a local band, played. Republican Senate Majority Leader said the vote mattered. Labour Member Tom Hale agreed.'
    expect(entityKind(entity('Republican Senate Majority Leader', 'organization'), text)).toBe('title')
    expect(entityKind(entity('Harbor Towners'), text)).toBe('group')
    expect(entityKind(entity('Forum Xland'), text)).toBe('group')
    expect(entityKind(entity('Marlow Echo', 'person', 'a local band'), text)).toBe('group')
    expect(entityKind(entity('Labour Member Tom Hale'), text)).toBe('person')
    // a person's role that names the body they lead is still a person's role
    expect(
      entityKind(entity('Ana Ruiz', 'person', 'president and CEO of the Harbor Association'), text),
    ).toBe('person')
    for (const e of [
      entity('Republican Senate Majority Leader', 'organization'),
      entity('Harbor Towners'),
      entity('Forum Xland'),
      entity('Marlow Echo', 'person', 'a local band'),
    ]) {
      expect(fitActor(e, text, [e.name], '2024-05-02', true)).toBe(false)
      expect(fitKey(e, text)).toBe(false)
    }
    expect(fitKey(entity('Labour Member Tom Hale'), text)).toBe(true)
    // a body named after what it serves is a body, though its last word is a place's
    expect(fitKey(entity('Harbor Department of State', 'organization'), text)).toBe(true)
  })

  it('asks no "who said" of a bare title and offers no label beside real people', () => {
    const t =
      'date 2024-05-02 Republican Senate Majority Leader said the vote was "a turning point for the region and every family in it." Labour Member Tom Hale said "the harbor plan will cost far more than the council admits." Mayor Ana Ruiz said "we will open the new harbor school before the winter." Judge Bo Tran said "the court will hear the harbor case in the spring." Forum Xland said "our members will watch every count in every ward."'
    const facts = factsFor(t, (b) => ({
      quotes: [
        b.quote(
          'a turning point for the region and every family in it.',
          'Republican Senate Majority Leader',
        ),
        b.quote('the harbor plan will cost far more than the council admits.', 'Labour Member Tom Hale'),
        b.quote('we will open the new harbor school before the winter.', 'Ana Ruiz'),
        b.quote('the court will hear the harbor case in the spring.', 'Bo Tran'),
        b.quote('our members will watch every count in every ward.', 'Forum Xland'),
      ],
      people: [
        b.person('Republican Senate Majority Leader', 'person', []),
        b.person('Labour Member Tom Hale', 'person', []),
        b.person('Ana Ruiz', 'person', ['Mayor Ana Ruiz'], 'Mayor'),
        b.person('Bo Tran', 'person', ['Judge Bo Tran'], 'Judge'),
        b.person('Forum Xland', 'person', []),
      ],
    }))
    const cands = allCandidates(t, facts)
    const saidOf = cands.filter((c) => c.type === 'who-said' || c.type === 'true-false')
    expect(saidOf.length).toBeGreaterThan(0)
    for (const c of saidOf) {
      for (const o of [c.answer, ...c.distractors, c.prompt]) {
        expect(o).not.toContain('Majority Leader')
        expect(o).not.toContain('Forum Xland')
        expect(o).not.toContain('Labour Member')
      }
    }
    const hale = cands.find((c) => c.type === 'who-said' && c.prompt.includes('harbor plan'))
    expect(hale?.answer).toBe('Tom Hale')
  })
})

describe('no option the prompt rules out', () => {
  it('knows a second name, an addressee and a past era from the words around a name', () => {
    const t =
      'Lina Marsh, born Lina Corvo, spoke. In a letter to Secretary Ann Lee, Bo Tran wrote to the board.'
    expect(secondName(t, findMentions(t, ['Lina Corvo']))).toBe(true)
    expect(secondName(t, findMentions(t, ['Lina Marsh']))).toBe(false)
    expect(addressedIn(t, ['Ann Lee'])).toBe(true)
    expect(addressedIn(t, ['Bo Tran'])).toBe(false)
    expect(pinnedPast('In 1868, President Amos Ward said so.', '2024-05-02')).toBe(1868)
    expect(pinnedPast('the 17th-century charter', '2024-05-02')).toBe(1600)
    expect(pinnedPast('Since 2017, she has led the city.', '2024-05-02')).toBeNull()
    const era =
      'Historian Paul Keen said the result recalled the 1868 vote, when President Amos Ward said the city belonged to its builders.'
    expect(ofPastOnly(era, findMentions(era, ['Amos Ward']), '2024-05-02')).toBe(true)
    expect(ofPastOnly(era, findMentions(era, ['Paul Keen']), '2024-05-02')).toBe(false)
  })

  it('offers neither the addressee of a letter as its writer nor a person of 1868 for words of today', () => {
    const t =
      'date 2024-05-02 In a letter to Secretary Ann Lee, Councillor Bo Tran wrote, "Your office must publish every ballot count by Friday." Mayor Dina Holt said "the count was fair and we will accept every result." Judge Sam Vell said "the court stands ready to hear any appeal that is filed." Historian Paul Keen said the result recalled the 1868 vote, when President Amos Ward said "the city belongs to those who build it and keep it." Ann Lee said "my office will publish the counts as soon as they are checked."'
    const facts = factsFor(t, (b) => ({
      quotes: [
        b.quote('Your office must publish every ballot count by Friday.', 'Bo Tran'),
        b.quote('the count was fair and we will accept every result.', 'Dina Holt'),
        b.quote('the court stands ready to hear any appeal that is filed.', 'Sam Vell'),
        b.quote('the city belongs to those who build it and keep it.', 'Amos Ward'),
        b.quote('my office will publish the counts as soon as they are checked.', 'Ann Lee'),
      ],
      people: [
        b.person('Ann Lee', 'person', ['Secretary Ann Lee'], 'Secretary'),
        b.person('Bo Tran', 'person', ['Councillor Bo Tran'], 'Councillor'),
        b.person('Dina Holt', 'person', ['Mayor Dina Holt'], 'Mayor'),
        b.person('Sam Vell', 'person', ['Judge Sam Vell'], 'Judge'),
        b.person('Paul Keen', 'person', ['Historian Paul Keen'], 'Historian'),
        b.person('Amos Ward', 'person', ['President Amos Ward'], 'President'),
      ],
    }))
    const cands = allCandidates(t, facts)
    const letter = cands.find((c) => c.type === 'who-said' && c.prompt.includes('Your office'))
    expect(letter?.answer).toBe('Bo Tran')
    expect(letter?.distractors).not.toContain('Ann Lee')
    const today = cands.filter((c) => c.type === 'who-said' && !c.prompt.includes('build it'))
    expect(today.length).toBeGreaterThan(1)
    for (const c of today) expect(c.distractors).not.toContain('Amos Ward')
    // the 1868 quote has no other speaker of its time: no "who said" is made of it with today's people
    expect(cands.some((c) => c.type === 'who-said' && c.prompt.includes('build it'))).toBe(false)
  })

  it('never offers a second name of the key as another person', () => {
    const t = 'date 2024-05-02 Mayor Lina Marsh, born Lina Corvo, said the port would reopen.'
    const corvo = entity('Lina Corvo')
    expect(fitActor(corvo, t, ['Lina Corvo'], '2024-05-02', false)).toBe(false)
  })

  it('keys no body for words a person named in its attribution said', () => {
    const t =
      'date 2024-05-02 Cardinal Tom Roe, head of the Holy Office commission, said "the new rules protect every child in every one of our schools." Mayor Dina Holt said "the city will follow the new rules from June on." Judge Sam Vell said "the court will hear the first cases under the rules in May." The Harbor Council said "we welcome the rules and will apply them at once." The School Board said "every school will have the rules in hand by the end of April." The Parents Union said "families asked for these rules for many years and welcome them."'
    const facts = factsFor(t, (b) => ({
      quotes: [
        b.quote('the new rules protect every child in every one of our schools.', 'Holy Office'),
        b.quote('the city will follow the new rules from June on.', 'Dina Holt'),
        b.quote('the court will hear the first cases under the rules in May.', 'Sam Vell'),
        b.quote('we welcome the rules and will apply them at once.', 'Harbor Council'),
        b.quote('every school will have the rules in hand by the end of April.', 'School Board'),
        b.quote('families asked for these rules for many years and welcome them.', 'Parents Union'),
      ],
      people: [
        b.person('Tom Roe', 'person', ['Cardinal Tom Roe']),
        b.person('Holy Office', 'organization', []),
        b.person('Dina Holt', 'person', ['Mayor Dina Holt'], 'Mayor'),
        b.person('Sam Vell', 'person', ['Judge Sam Vell'], 'Judge'),
        b.person('Harbor Council', 'organization', []),
        b.person('School Board', 'organization', []),
        b.person('Parents Union', 'organization', []),
      ],
    }))
    const cands = allCandidates(t, facts)
    // bodies that speak for themselves are asked about, with bodies as the options
    expect(cands.some((c) => c.type === 'who-said' && c.answer === 'Harbor Council')).toBe(true)
    expect(cands.some((c) => c.answer === 'Holy Office')).toBe(false)
    expect(cands.some((c) => c.answer === 'True' && c.prompt.includes('Holy Office said'))).toBe(false)
  })
})
