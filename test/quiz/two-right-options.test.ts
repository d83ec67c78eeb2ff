/**
 * Two right options (issue 11, round 6): another name of the key ("who went by the name …") is never
 * a wrong option; an act two people did together is keyed to the pair, with pairs as the wrong
 * options; an act done to two people ("was convicted of fraud") is not asked of one; and a surname
 * inside another person's full name ("Adam Corvo was acquitted") never keys its namesake. Passages
 * written for the test, names invented.
 */
import { describe, expect, it } from 'vitest'
import { allCandidates } from '../../src/quiz/generate'
import { jointWith, wrongPairs } from '../../src/quiz/joint-acts'
import { factsFor } from './passage'

const optionsOf = (c: { answer: string; distractors: string[] }) => [c.answer, ...c.distractors.slice(0, 3)]

describe('two right options', () => {
  it('never offers the key under another name the article gives it', () => {
    const t =
      'date 2024-05-02 Judge Tia Holt said "the evidence was overwhelming in every part." Prosecutor Dev Osei said "justice has been done for the family today." Lina Corvo, who went by the name Mara Voss online, founded the Clean Web Fund. Voss said "I will not be silenced by anyone at all." Sam Park founded a rival group.'
    const facts = factsFor(t, (b) => ({
      quotes: [
        b.quote('the evidence was overwhelming in every part.', 'Tia Holt'),
        b.quote('justice has been done for the family today.', 'Dev Osei'),
        b.quote('I will not be silenced by anyone at all.', 'Mara Voss'),
      ],
      people: [
        b.person('Tia Holt', 'person', ['Judge Tia Holt'], 'Judge'),
        b.person('Dev Osei', 'person', ['Prosecutor Dev Osei'], 'Prosecutor'),
        b.person('Lina Corvo', 'person', []),
        b.person('Mara Voss', 'person', ['Voss']),
        b.person('Sam Park', 'person', []),
      ],
    }))
    const voss = allCandidates(t, facts).filter((c) => c.type === 'who-said' && c.answer === 'Mara Voss')
    expect(voss.length).toBeGreaterThan(0)
    for (const c of voss) expect(optionsOf(c)).not.toContain('Lina Corvo')
  })

  it('keys an act of two to the pair, with pairs of other people as wrong options', () => {
    expect(
      jointWith('Senators Ann Lee and Bo Tran proposed the act.', 21, [
        { who: 'lee', names: ['Ann Lee'] },
        { who: 'park', names: ['Sam Park'] },
      ]),
    ).toEqual(['lee'])
    // the place each is of, and "along with", join two names as well
    const signed = 'Presidents Ana Ruiz of Dalvania and Bo Tran of Norvania signed the agreement.'
    expect(jointWith(signed, signed.indexOf('Bo Tran'), [{ who: 'ruiz', names: ['Ana Ruiz'] }])).toEqual([
      'ruiz',
    ])
    const along = 'Congressman Cy Diaz (D-OR) along with Congresswoman Bo Tran (R-IN) introduced the act.'
    expect(jointWith(along, along.indexOf('Bo Tran'), [{ who: 'diaz', names: ['Cy Diaz'] }])).toEqual([
      'diaz',
    ])
    expect(wrongPairs(['A', 'B', 'C'])).toEqual(['A and B', 'B and C', 'A and C'])
    const t =
      'date 2024-05-02 Senators Ann Lee and Bo Tran proposed the Safe Homes Act on Monday. Judge Tia Holt said "the courts need the law now." Prosecutor Dev Osei said "every family deserves safety at home." Mayor Sam Park said "our city will help every family." Governor Rita Vale said "the state will pay for shelters."'
    const facts = factsFor(t, (b) => ({
      quotes: [
        b.quote('the courts need the law now.', 'Tia Holt'),
        b.quote('every family deserves safety at home.', 'Dev Osei'),
        b.quote('our city will help every family.', 'Sam Park'),
        b.quote('the state will pay for shelters.', 'Rita Vale'),
      ],
      people: [
        b.person('Ann Lee', 'person', ['Senators Ann Lee'], 'Senator'),
        b.person('Bo Tran', 'person', []),
        b.person('Tia Holt', 'person', ['Judge Tia Holt'], 'Judge'),
        b.person('Dev Osei', 'person', ['Prosecutor Dev Osei'], 'Prosecutor'),
        b.person('Sam Park', 'person', ['Mayor Sam Park'], 'Mayor'),
        b.person('Rita Vale', 'person', ['Governor Rita Vale'], 'Governor'),
      ],
    }))
    const proposed = allCandidates(t, facts).filter((c) => c.type === 'who-did' && /proposed/.test(c.prompt))
    expect(proposed.length).toBeGreaterThan(0)
    for (const c of proposed) {
      expect(c.answer).toBe('Ann Lee and Bo Tran')
      for (const d of c.distractors) expect(d).not.toMatch(/Ann Lee|Bo Tran/)
    }
  })

  const CORVO =
    'date 2024-05-02 A court in Eastburg convicted Sam Corvo of fraud on Friday. His brother Adam Corvo was acquitted by the court. Their partner Lena Wu was convicted of fraud in March. Judge Tia Holt said "the evidence was overwhelming in every part." Prosecutor Dev Osei said "justice has been done for the family today." Mayor Omar Reyes said "the city will recover the money."'
  const corvoFacts = () =>
    factsFor(CORVO, (b) => ({
      quotes: [
        b.quote('the evidence was overwhelming in every part.', 'Tia Holt'),
        b.quote('justice has been done for the family today.', 'Dev Osei'),
        b.quote('the city will recover the money.', 'Omar Reyes'),
      ],
      people: [
        b.person('Sam Corvo', 'person', ['Corvo']),
        b.person('Adam Corvo', 'person', []),
        b.person('Lena Wu', 'person', []),
        b.person('Tia Holt', 'person', ['Judge Tia Holt'], 'Judge'),
        b.person('Dev Osei', 'person', ['Prosecutor Dev Osei'], 'Prosecutor'),
        b.person('Omar Reyes', 'person', ['Mayor Omar Reyes'], 'Mayor'),
      ],
    }))

  it('keys the full name written, not its namesake by the surname inside it', () => {
    const did = allCandidates(CORVO, corvoFacts()).filter(
      (c) => c.type === 'who-did' && /acquitted/.test(c.prompt),
    )
    expect(did.length).toBeGreaterThan(0)
    for (const c of did) expect(c.answer).toBe('Adam Corvo')
  })

  it('asks of no one an act the article says was done to two', () => {
    const did = allCandidates(CORVO, corvoFacts()).filter((c) => c.type === 'who-did')
    expect(did.filter((c) => /was convicted of fraud/.test(c.prompt))).toEqual([])
  })
})
