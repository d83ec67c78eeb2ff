import { tokenAt } from './attribution'
import { item } from './item'
import { ORG_WORDS, PRONOUNS, ROLE_HEADS, ROLE_STOPS } from './lexicon'
import { lowerCase } from './lower'
import type { Entity, Mention } from './mentions'
import type { Token } from './tokens'

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
])
/** Who speaks for someone: "his office", "her spokeswoman". */
const PROXIES = new Set([
  'office',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'aides',
  'campaign',
  'team',
  'lawyer',
  'lawyers',
  'attorney',
  'representative',
  'representatives',
  'press',
  'statement',
  'staff',
])

/** Who speaks for a body: "an agency spokesperson". */
const VOICES = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'official',
  'representative',
  'statement',
])

const COMPANY_MARKERS = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'co',
  'co.',
  'group',
  'holdings',
  'company',
  'airlines',
  'motors',
  'technologies',
  'industries',
  'bank',
  'ag',
  'sa',
  'gmbh',
])

/** What kind of body a name says it is, for "the company", "the firm", "the group". */
function orgKinds(nameWords: readonly string[]): string[] {
  return nameWords.some((w) => COMPANY_MARKERS.has(w)) ? ['company', 'firm', 'group', 'business'] : []
}

const PREPOSITIONS = new Set([
  'of',
  'to',
  'with',
  'by',
  'for',
  'from',
  'about',
  'against',
  'on',
  'in',
  'at',
  'like',
  'than',
  'between',
  'among',
  'under',
  'over',
  'into',
  'toward',
  'towards',
  'onto',
  'upon',
  'despite',
  'besides',
])

/** Role phrases ("the US president", "The commissioner") and pronouns, resolved in reading order. */
export function addRoleAndPronounMentions(
  text: string,
  tokens: readonly Token[],
  entities: Entity[],
  mentions: Mention[],
): void {
  const extra: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = item(tokens, i)
    if (t.quoted) continue
    if (PRONOUNS.has(t.lower)) {
      extra.push({
        kind: 'pronoun',
        start: t.start,
        end: t.end,
        text: t.text,
        sentence: t.sentence,
        token: i,
        tokenEnd: i + 1,
        possessive: false,
        entity: null,
        place: false,
      })
      continue
    }
    // "his office said", "her spokesman told": the pronoun's person speaks through them.
    const owner = POSSESSIVE_PRONOUNS.get(t.lower)
    const nextTok = tokens[i + 1]
    if (owner && nextTok && nextTok.sentence === t.sentence && PROXIES.has(nextTok.lower)) {
      extra.push({
        kind: 'pronoun',
        start: t.start,
        end: nextTok.end,
        text: owner,
        sentence: t.sentence,
        token: i,
        tokenEnd: i + 2,
        possessive: false,
        entity: null,
        place: false,
      })
      continue
    }
    // "an agency spokesperson", "a council official": someone who speaks for a body the article names
    const voice = tokens[i + 2]
    if (
      (t.lower === 'a' || t.lower === 'an' || t.lower === 'the') &&
      nextTok &&
      voice &&
      !nextTok.cap &&
      ORG_WORDS.has(nextTok.lower) &&
      VOICES.has(voice.lower) &&
      voice.sentence === t.sentence &&
      nextTok.sentence === t.sentence
    ) {
      extra.push({
        kind: 'role',
        start: t.start,
        end: voice.end,
        text: text.slice(t.start, voice.end),
        sentence: t.sentence,
        token: i,
        tokenEnd: i + 3,
        possessive: voice.possessive,
        entity: null,
        place: false,
      })
      i += 2
      continue
    }
    if (t.lower !== 'the') continue
    // "The government of Valdoria said": a governing body named by a common noun and the place it
    // serves is an organisation of its own ("government of Valdoria"), which can speak
    const servedBody = bodyOfPlace(text, tokens, entities, mentions, i)
    if (servedBody) {
      extra.push(servedBody)
      continue
    }
    // the + up to 4 modifiers + a role head, not followed by a name
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const h = item(tokens, k)
      if (h.sentence !== t.sentence || h.quoted) break
      const headWord = h.lower.replace(/-elect$/, '')
      const ageHead = k > i + 1 && /-year-old$/.test(item(tokens, k - 1).lower) && !ROLE_STOPS.has(h.lower)
      if (ROLE_HEADS.has(h.lower) || ROLE_HEADS.has(headWord) || ageHead) {
        let end = k
        if (ageHead && tokens[k + 1] && !item(tokens, k + 1).cap && ROLE_HEADS.has(item(tokens, k + 1).lower))
          end = k + 1
        const after = tokens[end + 1]
        if (
          after?.cap &&
          after.sentence === h.sentence &&
          text.slice(item(tokens, end).end, after.start) === ' '
        )
          break
        const endTok = item(tokens, end)
        extra.push({
          kind: 'role',
          start: t.start,
          end: endTok.end,
          text: text.slice(t.start, endTok.end),
          sentence: t.sentence,
          token: i,
          tokenEnd: end + 1,
          possessive: endTok.possessive,
          entity: null,
          place: false,
        })
        break
      }
      if (ROLE_STOPS.has(h.lower) || PREPOSITIONS.has(h.lower)) break
    }
  }
  const all = [...mentions, ...extra].sort((a, b) => a.start - b.start)
  mentions.length = 0
  for (const m of all) mentions.push(m)
  resolveInOrder(tokens, entities, mentions)
}

/** Common nouns for a body that governs or represents a place ("the government of …"). */
const PLACE_BODIES = new Set([
  'government',
  'administration',
  'parliament',
  'legislature',
  'cabinet',
  'embassy',
])

/**
 * At token `i` ("the"): "the government of <place>" where the place is a name mention the reader found
 * (a place, or a name after "of"): the organisation entity named "government of <place>" (made once,
 * found again on a repeat) and a name mention of it; else null.
 */
function bodyOfPlace(
  text: string,
  tokens: readonly Token[],
  entities: Entity[],
  mentions: readonly Mention[],
  i: number,
): Mention | null {
  const t = item(tokens, i)
  const body = tokens[i + 1]
  const of = tokens[i + 2]
  if (!body || !of || body.cap || !PLACE_BODIES.has(body.lower) || of.lower !== 'of') return null
  if (body.sentence !== t.sentence || of.sentence !== t.sentence) return null
  const place = mentions.find((m) => m.token === i + 3 && m.kind === 'name')
  if (!place) return null
  const placeEntity = place.entity === null ? null : item(entities, place.entity)
  if (placeEntity !== null && placeEntity.kind !== 'place' && !place.place) return null
  const name = text.slice(body.start, place.end)
  let idx = entities.findIndex((e) => e.name === name)
  if (idx === -1) {
    idx = entities.length
    entities.push({
      name,
      kind: 'organization',
      aliases: new Set(),
      role: null,
      roleSentence: null,
      roleWords: new Set([body.lower]),
      gender: null,
      start: body.start,
      weak: false,
      mentions: 0,
    })
  }
  item(entities, idx).mentions++
  return {
    kind: 'name',
    start: body.start,
    end: place.end,
    text: name,
    sentence: t.sentence,
    token: i + 1,
    tokenEnd: place.tokenEnd,
    possessive: place.possessive,
    entity: idx,
    place: false,
  }
}

function resolveRole(
  m: Mention,
  tokens: readonly Token[],
  entities: readonly Entity[],
  lastSeen: ReadonlyMap<number, number>,
  byWord: ReadonlyMap<string, readonly number[]>,
  lastPerson: number | null,
): number | null {
  const words = tokens.slice(m.token + 1, m.tokenEnd).map((t) => t.lower)
  const head = (words[words.length - 1] ?? '').replace(/-elect$/, '')
  if (words.length === 2 && VOICES.has(head)) {
    // "an agency spokesperson": the body most recently named with that word
    const body = words[0] ?? ''
    let found: number | null = null
    for (const i of byWord.get(body) ?? []) {
      const e = item(entities, i)
      if (e.kind === 'person' || !lowerCase(e.name).split(/\s+/).includes(body)) continue
      if (found === null || (lastSeen.get(i) ?? -1) > (lastSeen.get(found) ?? -1)) found = i
    }
    return found
  }
  const age = words.find((w) => /-year-old$/.test(w))
  if (age) {
    // "the 52-year-old former teacher": the person most recently named.
    return lastPerson
  }
  let best: number | null = null
  let bestScore = 0
  let bestSeen = -1
  for (const i of byWord.get(head) ?? []) {
    const e = item(entities, i)
    const nameWords = lowerCase(e.name).split(/\s+/)
    const has =
      e.roleWords.has(head) ||
      [...e.roleWords].some((w) => w.replace(/-elect$/, '') === head || w === `${head}s`)
    const orgHit = e.kind !== 'person' && (nameWords.includes(head) || orgKinds(nameWords).includes(head))
    if (!has && !orgHit) continue
    const score = (orgHit ? 3 : 1) + words.filter((w) => e.roleWords.has(w) || nameWords.includes(w)).length
    const seen = lastSeen.get(i) ?? -1
    const bestMentions = best === null ? -1 : item(entities, best).mentions
    const tieWins = e.mentions > bestMentions || (e.mentions === bestMentions && seen > bestSeen)
    if (score > bestScore || (score === bestScore && tieWins)) {
      best = i
      bestScore = score
      bestSeen = seen
    }
  }
  return best
}

/** Entities by each word of their roles (and, for organisations, of their names). */
function indexRoleWords(entities: readonly Entity[]): Map<string, number[]> {
  const map = new Map<string, number[]>()
  const add = (w: string, i: number): void => {
    const list = map.get(w)
    if (!list) map.set(w, [i])
    else if (list[list.length - 1] !== i) list.push(i)
  }
  entities.forEach((e, i) => {
    for (const w of e.roleWords) {
      add(w, i)
      add(w.replace(/-elect$/, ''), i)
      if (w.endsWith('s')) add(w.slice(0, -1), i)
    }
    if (e.kind !== 'person') {
      const nameWords = lowerCase(e.name).split(/\s+/)
      for (const w of nameWords) add(w, i)
      for (const w of orgKinds(nameWords)) add(w, i)
    }
  })
  return map
}

/** Walks mentions in order: resolves role phrases and pronouns, tracking each sentence's subject. */
/**
 * Gender from the text itself: a sentence naming one person and using only "his/him" (or only
 * "her/hers") about someone.
 */
function inferGender(tokens: readonly Token[], entities: Entity[], mentions: readonly Mention[]): void {
  let i = 0
  while (i < mentions.length) {
    const sentence = item(mentions, i).sentence
    const people = new Set<number>()
    let j = i
    for (; j < mentions.length && item(mentions, j).sentence === sentence; j++) {
      const m = item(mentions, j)
      if (m.kind === 'name' && m.entity !== null && item(entities, m.entity).kind === 'person')
        people.add(m.entity)
    }
    if (people.size === 1) {
      const e = item(entities, item([...people], 0))
      let male = false
      let female = false
      const first = tokenAt(tokens, item(mentions, i).start)
      for (let k = Math.max(0, first - 40); k < tokens.length && k < first + 80; k++) {
        const t = item(tokens, k)
        // tokens come in sentence order: none after this one is in the sentence
        if (t.sentence > sentence) break
        if (t.sentence !== sentence || t.quoted) continue
        if (t.lower === 'his' || t.lower === 'him' || t.lower === 'he') male = true
        if (t.lower === 'her' || t.lower === 'hers' || t.lower === 'she') female = true
      }
      if (e.gender === null && male !== female) e.gender = male ? 'm' : 'f'
    }
    i = j
  }
}

/** "was welcomed by", "were condemned by", "has been signed by": a passive verb before its agent. */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being'])

/**
 * Whether the mention at token `at` is the agent of a passive verb ("The law was welcomed by Cardinal
 * Ana Roe"): the one who acts, so the sentence is about them for a later "he"/"she" when no person
 * came before (a person subject before it is set first and stays the focus).
 */
function passiveAgent(tokens: readonly Token[], at: number): boolean {
  const by = tokens[at - 1]
  const verb = tokens[at - 2]
  if (by?.lower !== 'by' || !verb || verb.sentence !== by.sentence || !/(?:ed|en|wn)$/.test(verb.lower))
    return false
  for (let k = at - 3; k >= Math.max(0, at - 5); k--) {
    const t = item(tokens, k)
    if (t.sentence !== by.sentence) return false
    if (PASSIVE_AUX.has(t.lower)) return true
  }
  return false
}

function resolveInOrder(tokens: readonly Token[], entities: Entity[], mentions: Mention[]): void {
  inferGender(tokens, entities, mentions)
  const lastSeen = new Map<number, number>()
  const byWord = indexRoleWords(entities)
  let lastPerson: number | null = null
  /** The last few people named, for pronouns whose gender rules out the focus. */
  const recentPeople = new Map<number, number>()
  let focus: number | null = null
  let sentence = -1
  let subjectSet = false
  for (const m of mentions) {
    if (m.sentence !== sentence) {
      sentence = m.sentence
      subjectSet = false
    }
    if (m.kind === 'role' && m.entity === null)
      m.entity = resolveRole(m, tokens, entities, lastSeen, byWord, lastPerson)
    if (m.kind === 'pronoun') {
      const g = PRONOUNS.get(lowerCase(m.text))
      const fits = (i: number): boolean => {
        const e = item(entities, i)
        return g === 'p' ? e.kind !== 'person' : e.kind === 'person' && (e.gender === null || e.gender === g)
      }
      if (focus !== null && fits(focus)) m.entity = focus
      else if (g !== 'p') {
        // The focus cannot be "she" (or "he"): the most recent person who can, known gender first.
        let best: number | null = null
        let bestKnown = false
        let at = -1
        for (const [i, seen] of recentPeople) {
          if (i === focus || !fits(i)) continue
          const known = item(entities, i).gender === g
          if ((known && !bestKnown) || (known === bestKnown && seen > at)) {
            best = i
            bestKnown = known
            at = seen
          }
        }
        m.entity = best
      }
      // "Tom Reyes … He died": a "he"/"she" resolved to a person of unknown gender gives them that
      // gender, so a later "she" does not fall on him while he is still the focus
      if (m.entity !== null && (g === 'm' || g === 'f')) {
        const e = item(entities, m.entity)
        if (e.gender === null) e.gender = g
      }
    }
    const prev = tokens[m.token - 1]
    const prev2 = tokens[m.token - 2]
    const afterPrep =
      prev !== undefined &&
      prev.sentence === m.sentence &&
      PREPOSITIONS.has(prev.lower) &&
      !(prev.lower === 'to' && prev2?.lower === 'according') &&
      !passiveAgent(tokens, m.token)
    if (m.entity !== null) {
      lastSeen.set(m.entity, m.start)
      const e = item(entities, m.entity)
      if (e.kind === 'person' && m.kind === 'name') {
        lastPerson = m.entity
        recentPeople.delete(m.entity)
        recentPeople.set(m.entity, m.start)
        if (recentPeople.size > 8) recentPeople.delete(recentPeople.keys().next().value as number)
      }
      if (!subjectSet && !m.possessive && !afterPrep && e.kind === 'person' && !e.weak) {
        focus = m.entity
        subjectSet = true
      }
    }
  }
}
