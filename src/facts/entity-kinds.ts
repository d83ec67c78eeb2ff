/**
 * What kind of thing each name is, beyond person and organisation: a bill, a document label, a place,
 * or a fragment lifted from a compound ("Supreme Court" in "the Supreme Court building"); an
 * organisation and its acronym ("the Federal Aviation Administration (FAA)") as one entity; and the
 * party and state of lawmakers from their tags ("Rep. Ana Ruiz (D-CA)", "Sen. Bo Park, R-Okla.,").
 * Pure; changes the people index in place.
 */

import { item } from './item'
import { DEMONYMS } from './lexicon'
import type { Entity, Mention, PeopleIndex } from './mentions'
import { isPlaceName } from './places'
import { partyOf, usState } from './us-states'

/** Kinds that never speak or act in a quotation: never a speaker, never a "who" option. */
export const SILENT_KINDS: ReadonlySet<Entity['kind']> = new Set(['place', 'bill', 'document', 'other'])

/** The last word of a bill's or law's name ("Clean Water Act", "Farm Bill", "Equal Rights Amendment"). */
const BILL_NAME = /\b(?:Act|Bill|Resolution|Amendment)(?:\s+of\s+\d{4})?$/u
/** A document label: "Section 5", "Article 50", "Title IX", "Exhibit A". */
const DOCUMENT_LABEL =
  /^(?:Section|Sections|Article|Articles|Title|Chapter|Clause|Exhibit|Part|Annex|Paragraph|Schedule|Appendix|Rule|Page|Figure|Table)$/u
const DOCUMENT_NUMBER = /^\s+(?:\d+[A-Za-z]?|[IVXLC]+|[A-Z])\b/u
/** Dotted or postal place codes that the name finder reads as acronyms. */
const PLACE_CODES: ReadonlySet<string> = new Set([
  'U.S.',
  'U.S.A.',
  'USA',
  'U.K.',
  'UK',
  'D.C.',
  'DC',
  'N.Y.',
  'L.A.',
])
const COMPASS = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Midwest)(?:ern)?$/u
/**
 * Nouns that make a name the first half of a compound naming something else: "the Supreme Court
 * building", "the City Hall steps", "a White House lawn".
 */
const COMPOUND_HEAD =
  /^\s+(?:building|buildings|steps|plaza|grounds|lawn|chamber|chambers|complex|campus|gates?|compound|premises|auditorium|hallway|lobby|parking|headquarters building|floor|basement|roof|courtyard|square)\b/u
/** "(FAA)", "(NIAID)", "(AfCFTA)": an acronym in brackets right after a name, two capitals at least. */
const BRACKET_ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u
/** "(D-CA)", "(R-Texas)", "(I-Vt.)", "(D-N.Y.)": a party and a state in brackets. */
const PARTY_BRACKET = /^\s*\(([DRI])\s?[-–]\s?([\p{L}. ]{2,24}?)(?:[-–]\d{1,2})?\)/u
/** ", R-N.C.," / ", D-Calif.,": a party and a state set off by commas. */
const PARTY_COMMAS = /^,\s([DRI])[-–](\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)[,.;)]/u
/** "(GA-5)", "(VA-03)", "(NY-AL)": a state and its district. */
const DISTRICT = /^\s*\((\p{Lu}{2})[-–](\d{1,2}|AL)\)/u

/** Refines kinds, merges acronyms and reads party tags, before quotes are attributed. */
export function refineEntities(text: string, people: PeopleIndex): void {
  mergeAcronyms(text, people)
  mergeShortForms(people)
  readPartyTags(text, people)
  const { entities, mentions } = people
  const own: Mention[][] = entities.map(() => [])
  for (const m of mentions) if (m.kind === 'name' && m.entity !== null) own[m.entity]?.push(m)
  const places = placesOf(people)
  entities.forEach((e, idx) => {
    if (e.kind === 'outlet') return
    const kind = isDemonym(e.name, places) ? 'other' : kindOf(text, e, own[idx] ?? [])
    if (kind) e.kind = kind
  })
}

/** Lowercased names of the places the text mentions (runs typed as places, place entities). */
function placesOf(people: PeopleIndex): Set<string> {
  const out = new Set<string>()
  for (const m of people.mentions) if (m.place && m.kind === 'name') out.add(m.text.toLowerCase())
  for (const e of people.entities) if (e.kind === 'place') out.add(e.name.toLowerCase())
  return out
}

/** Endings that make a people of a place: "Hong Kong-ers", "Xland-ers", "Cub-ans", "Ital-ians", "Israel-is". */
const DEMONYM_ENDINGS = ['ers', 'ians', 'eans', 'ans', 'ites', 'is', 'ns', 's']
/** How a place's name may end before the ending: "Cuba" → "Cubans", "Italy" → "Italians", "Rome" → "Romans". */
const STEM_TAILS = ['', 'a', 'e', 'y', 'o', 'ia']

/**
 * A people named after a place ("Hong Kongers", "Xlanders", "Valdorians") or a plural nationality
 * ("Iranians"): a group of people, never one person or a body that speaks. The place must be a
 * known country or region, or a place the text names, so surnames ending in "-ers" ("Rogers") stay.
 */
export function isDemonym(name: string, places: ReadonlySet<string>): boolean {
  if (!name.endsWith('s')) return false
  const lower = name.toLowerCase()
  if (DEMONYMS.has(lower.slice(0, -1))) return true
  for (const ending of DEMONYM_ENDINGS) {
    if (!lower.endsWith(ending)) continue
    const stem = lower.slice(0, -ending.length)
    if (stem.length < 3) continue
    for (const tail of STEM_TAILS) {
      const place = stem + tail
      if (places.has(place) || isPlaceName(place)) return true
    }
  }
  return false
}

/** A role that describes a group, not a person: "a folk trio", "the band", "a youth choir". */
const GROUP_ROLE =
  /^(?:an?|the|their|its)\s+(?:[\p{L}-]+\s+){0,3}(?:band|trio|duo|quartet|quintet|group|choir|orchestra|ensemble|troupe|team|club|collective)\b/iu

/** The refined kind of an entity from its name and its own name mentions, or null to keep it. */
function kindOf(text: string, e: Entity, own: readonly Mention[]): Entity['kind'] | null {
  if (COMPASS.test(e.name)) return 'place'
  // a country or state the name finder took for someone; a titled person ("Sen. Georgia Lee") stays
  if (isPlaceName(e.name) && (e.kind !== 'person' || (e.role === null && e.aliases.size === 0)))
    return 'place'
  const first = e.name.split(' ')[0] ?? ''
  const lead = own[0]
  if (DOCUMENT_LABEL.test(first) && lead) {
    if (e.name.includes(' ')) return 'document'
    // "Section 5": the label's number follows it
    const number = DOCUMENT_NUMBER.exec(text.slice(lead.end, lead.end + 8))
    if (number && own.every((m) => DOCUMENT_NUMBER.test(text.slice(m.end, m.end + 8)))) {
      e.name = `${e.name}${number[0]}`
      e.weak = false
      return 'document'
    }
  }
  // "a Ford F150", "the Airbus A320neo": a word with a digit makes a model or a code, never a person
  if (e.kind === 'person' && /\p{L}\d|\d\p{L}/u.test(e.name)) return 'other'
  // "Marsh Hollow Boys, a folk trio,": a name the text describes as a band or group is no person
  if (e.kind === 'person' && e.role !== null && GROUP_ROLE.test(e.role)) return 'organization'
  if (e.kind === 'person') return null
  if (PLACE_CODES.has(e.name)) return 'place'
  if (BILL_NAME.test(e.name)) return 'bill'
  if (own.length === 0) return null
  if (own.every((m) => COMPOUND_HEAD.test(text.slice(m.end, m.end + 24)))) return 'other'
  return null
}

/** "the Federal Aviation Administration (FAA) … the FAA said": one entity, the acronym its alias. */
function mergeAcronyms(text: string, people: PeopleIndex): void {
  const { entities, mentions } = people
  const byName = new Map<string, number>()
  entities.forEach((e, i) => {
    if (!byName.has(e.name)) byName.set(e.name, i)
  })
  for (const m of mentions) {
    if (m.kind !== 'name' || m.entity === null) continue
    const e = item(entities, m.entity)
    if (e.kind !== 'organization') continue
    const acr = BRACKET_ACRONYM.exec(text.slice(m.end, m.end + 16))?.[1]
    if (!acr || (acr.match(/\p{Lu}/gu) ?? []).length < 2 || acr === e.name) continue
    e.aliases.add(acr)
    const other = byName.get(acr)
    if (other === undefined || other === m.entity) continue
    const a = item(entities, other)
    if (a.kind === 'person' && !a.weak) continue
    for (const x of mentions) if (x.entity === other) x.entity = m.entity
    for (const alias of a.aliases) e.aliases.add(alias)
    e.mentions += a.mentions
    a.mentions = 0
    byName.set(acr, m.entity)
  }
  // "the Voter Empowerment Act … the VEA": an acronym never bracketed, made of a name's initials
  const byInitials = new Map<string, number>()
  entities.forEach((e, i) => {
    if (e.kind !== 'organization' || !e.name.includes(' ')) return
    const key = initialsOf(e.name)
    if (key.length >= 2 && !byInitials.has(key)) byInitials.set(key, i)
  })
  entities.forEach((a, i) => {
    if (a.mentions === 0 || a.kind !== 'organization' || !/^\p{Lu}{2,6}$/u.test(a.name)) return
    const target = byInitials.get(a.name)
    if (target === undefined || target === i) return
    const e = item(entities, target)
    for (const x of mentions) if (x.entity === i) x.entity = target
    e.aliases.add(a.name)
    e.mentions += a.mentions
    a.mentions = 0
  })
}

/**
 * "the House of Representatives … the House", "the Department of Justice … the Justice Department": an
 * organisation named by the head of a longer name ("X of Y"), or by that name turned round ("Y X"), that
 * the text also uses is that body (when exactly one such longer name is there), so one
 * body never stands as two options.
 */
function mergeShortForms(people: PeopleIndex): void {
  const { entities, mentions } = people
  const orgs = entities.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'organization')
  for (const { e: short, i } of orgs) {
    if (short.mentions === 0 || short.name.includes(' of ')) continue
    // "the Justice Department" is "the Department of Justice" ("United States Department of Justice")
    const inverted = /^(\p{Lu}[\p{L}-]*) (Department|Ministry)$/u.exec(short.name)
    const longer = orgs.filter(
      ({ e }) =>
        e.mentions > 0 &&
        (e.name.startsWith(`${short.name} of `) ||
          (inverted !== null && e.name.endsWith(`${inverted[2]} of ${inverted[1]}`))),
    )
    const target = longer.length === 1 ? longer[0] : undefined
    if (!target) continue
    for (const x of mentions) if (x.entity === i) x.entity = target.i
    target.e.aliases.add(short.name)
    for (const alias of short.aliases) target.e.aliases.add(alias)
    target.e.mentions += short.mentions
    short.mentions = 0
  }
}

/** Capital initials of a name's main words: "Centers for Medicare and Medicaid Services" → "CMMS". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|and|the|on|to|in|&)$/i.test(w))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase()
}

/** Party and state of a lawmaker from a tag right after a mention of the name. */
function readPartyTags(text: string, people: PeopleIndex): void {
  for (const m of people.mentions) {
    if (m.kind !== 'name' || m.entity === null) continue
    const e = item(people.entities, m.entity)
    if (e.kind !== 'person' || (e.party !== undefined && e.state !== undefined)) continue
    const after = text.slice(m.end, m.end + 32)
    const tag = PARTY_BRACKET.exec(after) ?? PARTY_COMMAS.exec(after)
    if (tag?.[1] && tag[2]) {
      const party = partyOf(tag[1])
      const state = usState(tag[2])
      if (party) e.party ??= party
      if (state) e.state ??= state
      continue
    }
    const district = DISTRICT.exec(after)
    const state = district?.[1] ? usState(district[1]) : null
    if (state) e.state ??= state
  }
}
