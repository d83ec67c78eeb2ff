/** "Who is the city's treasurer?" and "Who is X, according to the article?" from stated roles. */
import type { Evidence, PersonFact } from '../../schema'
import type { GenerationCache } from '../cache'
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence, remember } from '../context'
import { optionName, partyMemberLabel } from '../option-kinds'
import { anySame, goodOption, nameWords, officeNounPhrase, plausibleRole } from '../people'
import { capitalize, containsPhrase, contentWords, squash, words } from '../text'
import { pastOnly, quotedSpeakers } from './who-said'

/** A role as an option: without a leading article, first letter capitalised. */
export function roleText(role: string): string {
  return capitalize(squash(role).replace(/^(?:the|a|an)\s+/i, ''))
}

function sameRole(a: string, b: string, cache?: GenerationCache): boolean {
  const wa = contentWords(a, cache)
  const wb = contentWords(b, cache)
  // same office with a party or tenure word: "Green Councillor" ~ "Newly elected Councillor"
  if (wa.length > 0 && wa[wa.length - 1] === wb[wb.length - 1]) {
    const mods = [...wa.slice(0, -1), ...wb.slice(0, -1)]
    if (mods.every((w) => LOOSE_MODIFIERS.has(w))) return true
  }
  // a role has a handful of words: a search of the other's list costs less than making two sets
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))
}

const LOOSE_MODIFIERS = new Set(
  'republican democratic democrat newly elected new senior junior state labour conservative liberal green independent current incumbent'.split(
    ' ',
  ),
)

const PAST = /^(?:former|ex-|then-|late|once|previous|outgoing|acting|interim)/i

/**
 * True when the role names one office ("mayor of X", "X's mayor-elect", "Commerce Secretary",
 * "Attorney General") rather than a kind of person ("senator", "judge"): a department's secretary or
 * minister and the offices a government has one of.
 */
function specific(role: string): boolean {
  return (
    /\bof\b/i.test(role) || /['’]s\b/.test(role) || SINGLE_SEAT.test(role.replace(/^(?:the|a|an)\s+/i, ''))
  )
}

/** Offices with one holder in a government: "Commerce Secretary", "Foreign Minister", "Attorney General". */
const SINGLE_SEAT =
  /^(?:(?:\p{Lu}\p{L}+\s+){1,2}(?:Secretary|Minister)|Attorney General|Prime Minister|Chief Justice|Vice President|Solicitor General|Surgeon General)$/u

type WithRole = PersonFact & { role: string }

/** A role the article states for a person, fit to ask about, with the sentence that states it. */
export interface RoleFact {
  person: WithRole
  role: string
  names: string[]
  evidence: Evidence
}

/** People with a stated role. */
function withRoles(ctx: Context): WithRole[] {
  return remember(ctx, 'with-roles', () =>
    ctx.people.people.filter(
      (p): p is WithRole =>
        p.kind === 'person' && !!p.role && !!p.roleSentence && plausibleRole(p.role, ctx.people, p),
    ),
  )
}

/** Every role fit to ask about: current, short, proven by its sentence, not part of the name. */
export function roleFacts(ctx: Context): RoleFact[] {
  return remember(ctx, 'role-facts', () => {
    const out: RoleFact[] = []
    for (const p of withRoles(ctx)) {
      if (!p.roleSentence) continue
      const role = squash(p.role)
      if (
        PAST.test(role) ||
        !wordCountOk(role) ||
        /[,;]/.test(role) ||
        /^(?:his|her|their|its)\b/i.test(role)
      )
        continue
      if (!plausibleRole(role, ctx.people, p) || !officeNounPhrase(role, ctx.cache)) continue
      const names = ctx.people.namesOf(p)
      const evidence = evidenceAt(ctx, p.roleSentence.start, p.roleSentence.end)
      if (
        !names.some((n) => containsPhrase(evidence.text, n, ctx.cache)) ||
        !containsPhrase(evidence.text, role, ctx.cache)
      )
        continue
      const roleWords = new Set(words(role, ctx.cache))
      // a role word inside the name itself; a mention that carries the role as a title ("Commerce
      // Secretary Bo Tran") is no part of the name
      const ownNames = names.filter((n) => !containsPhrase(n, role, ctx.cache))
      if (ownNames.flatMap((n) => nameWords(n, ctx.cache)).some((w) => roleWords.has(w))) continue
      out.push({ person: p, role, names, evidence })
    }
    return out
  })
}

/**
 * For one office ("mayor of X", "X's mayor-elect") that only this person holds: the office as a
 * phrase ("the mayor of X") and other people of the article who could be mistaken for its holder,
 * best first. Null when the role is a kind of person or others share it.
 */
export function officeOf(ctx: Context, f: RoleFact): { office: string; wrong: PersonFact[] } | null {
  return remember(ctx, `office:${f.person.start}:${f.person.name}`, () => findOffice(ctx, f))
}

function findOffice(ctx: Context, f: RoleFact): { office: string; wrong: PersonFact[] } | null {
  const { person: p, role, names } = f
  if (!specific(role) || withRoles(ctx).some((o) => o !== p && sameRole(o.role, role, ctx.cache))) return null
  const speakers = quotedSpeakers(ctx)
  // the holder's era: people who act only in the story's past (a president of 1868) are no fair
  // holders of an office held today, and people of today none of an office held then
  const era = (o: PersonFact): boolean => pastOnly(ctx, o)
  const past = era(p)
  const wrong = ctx.people.people
    .filter((o) => o.kind === 'person' && o !== p && !anySame(ctx.people.namesOf(o), names, ctx.cache))
    .filter((o) => goodOption(ctx.people, o, speakers, ctx.article) && era(o) === past)
    .filter((o) => !o.role || !sameRole(o.role, role, ctx.cache))
    .filter((o) => !ctx.people.namesOf(o).some((n) => containsPhrase(role, n, ctx.cache)))
    .sort((a, b) => Number(!!b.role) - Number(!!a.role) || a.start - b.start)
  const bare = role.replace(/^(?:the|a|an)\s+/i, '')
  const the = /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*['’]s\b/u.test(bare) ? '' : 'the '
  return { office: `${the}${bare}`, wrong }
}

export function roleCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  for (const f of roleFacts(ctx)) {
    const { person: p, role, names, evidence } = f
    const factKey = `role:${p.name}`
    // (a) who holds the office
    const holder = officeOf(ctx, f)
    if (holder && holder.wrong.length >= 2)
      out.push({
        type: 'role',
        factKey,
        prompt: `Who is ${holder.office}, according to the article?`,
        answer: optionName(p),
        distractors: holder.wrong.slice(0, 3).map(optionName),
        explanation: () =>
          `The article names ${optionName(p)} as ${holder.office}: ${quoteEvidence(evidence)}`,
        evidence,
        forbidden: names.flatMap((n) => nameWords(n, ctx.cache)),
        support: [names, [role]],
        score: 2.9,
      })
    // (b) what the person is
    const seen = new Set<string>()
    const otherRoles = withRoles(ctx)
      .filter(
        (o) =>
          o !== p && !sameRole(o.role, role, ctx.cache) && !anySame(ctx.people.namesOf(o), names, ctx.cache),
      )
      .map((o) => roleText(o.role))
      // each role text once, at its first place (a set, not a search of the list per role)
      .filter((r) => {
        const first = !seen.has(r)
        seen.add(r)
        return first && !PAST.test(r) && words(r, ctx.cache).length >= 2 && !/[,;]/.test(r)
      })
      // a party-member label ("Labour Member") is a side, not an office
      .filter(
        (r) =>
          !/^(?:his|her|their|its)\b/i.test(r) &&
          officeNounPhrase(r, ctx.cache) &&
          !partyMemberLabel(r, ctx.cache),
      )
      .filter((r) => !names.some((n) => containsPhrase(r, n, ctx.cache)))
    // two people with the same office ("Attorney General Ann Lee … Attorney General Tom Hale was held in
    // contempt in 2012"): the office changed hands, and which one holds it is not what (b) asks
    const shared = withRoles(ctx).some(
      (o) =>
        o !== p && sameRole(o.role, role, ctx.cache) && !anySame(ctx.people.namesOf(o), names, ctx.cache),
    )
    if (!shared && otherRoles.length >= 2 && words(role, ctx.cache).length >= 2)
      out.push({
        type: 'role',
        factKey,
        prompt: `Who is ${p.name}, according to the article?`,
        answer: roleText(role),
        distractors: otherRoles.slice(0, 3),
        explanation: () => `The article describes ${p.name} as ${role}: ${quoteEvidence(evidence)}`,
        evidence,
        forbidden: [role],
        support: [names, [role]],
        score: 2.6,
      })
  }
  return out
}

function wordCountOk(role: string): boolean {
  const n = words(role).length
  return n >= 1 && n <= 12
}
