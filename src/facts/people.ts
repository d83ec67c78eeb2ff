import type { Sentence } from '../article/types'
import { PRONOUNS, ROLE_HEADS, ROLE_STOPS, TITLE_WORDS } from './lexicon'
import { findNameRuns, type NameRun } from './names'
import type { Token } from './tokens'

export interface Entity {
  name: string
  kind: 'person' | 'organization' | 'outlet'
  aliases: Set<string>
  role: string | null
  roleSentence: number | null
  /** Lowercased words of every role stated for it, for resolving "the mayor". */
  roleWords: Set<string>
  gender: 'm' | 'f' | null
  start: number
  /** Named by one word only and never given a title: maybe not a person at all. */
  weak: boolean
  mentions: number
}

export interface Mention {
  kind: 'name' | 'pronoun' | 'role'
  start: number
  end: number
  text: string
  sentence: number
  /** First token index. */
  token: number
  /** Token index after the mention. */
  tokenEnd: number
  possessive: boolean
  /** Entity index, or null when unresolved (pronoun without antecedent, role nobody holds). */
  entity: number | null
  /** The place / non-person runs are kept as mentions too, with entity null and kind 'name'. */
  place: boolean
}

export interface PeopleIndex {
  entities: Entity[]
  mentions: Mention[]
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

function roleWordsOf(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => w.length > 1 && !ROLE_STOPS.has(w))
}

/** Pre-name role words in lowercase ("mayor-elect", "trade and industry commissioner"). */
function roleBefore(
  text: string,
  tokens: readonly Token[],
  from: number,
): { start: number; end: number } | null {
  const adjacent = tokens[from - 1]
  if (
    !adjacent ||
    !(TITLE_WORDS.has(adjacent.lower) || ROLE_HEADS.has(adjacent.lower) || adjacent.lower.endsWith('-elect'))
  )
    return null
  let k = from - 1
  let first = -1
  let sawRole = false
  while (k >= 0 && from - k <= 6) {
    const t = tokens[k] as Token
    const next = tokens[k + 1] as Token
    if (t.sentence !== next.sentence || t.quoted) break
    const gap = text.slice(t.end + (t.possessive ? 2 : 0), next.start)
    if (gap !== ' ') break
    if (ROLE_STOPS.has(t.lower) && t.lower !== 'and') break
    if (/^\d/.test(t.text) && !/-year-old$/.test(t.lower)) break
    if (TITLE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower) || t.lower.endsWith('-elect')) sawRole = true
    first = k
    k--
  }
  if (first === -1 || !sawRole) return null
  while (first < from && (tokens[first] as Token).lower === 'and') first++
  return { start: (tokens[first] as Token).start, end: (tokens[from - 1] as Token).end }
}

/** ", a naturalised citizen," / ", mayor of the city of X," after a name. */
function appositiveAfter(
  text: string,
  end: number,
  sentenceEnd: number,
): { start: number; end: number } | null {
  const m = /^,\s+/.exec(text.slice(end, end + 3))
  if (!m) return null
  const s = end + m[0].length
  let e = s
  while (e < sentenceEnd && !/[,;:.!?()"“”]/.test(text.charAt(e))) e++
  const phrase = text.slice(s, e)
  const words = phrase.split(/\s+/).filter((w) => w)
  if (words.length === 0 || words.length > 12) return null
  const w0 = (words[0] ?? '').toLowerCase()
  if (['who', 'which', 'that', 'whose', 'where', 'when', 'and', 'but', 'said', 'says'].includes(w0))
    return null
  if (/^\d/.test(w0)) return null
  const hasRole = words.some((w) => TITLE_WORDS.has(w.toLowerCase()) || ROLE_HEADS.has(w.toLowerCase()))
  if (!['a', 'an', 'the'].includes(w0) && !hasRole) return null
  if (/\b(?:said|says|told|is|was|has|had|will)\b/.test(phrase)) return null
  return { start: s, end: e }
}

/** Finds the entity a name refers to: same name, a surname (suffix) or first name of a known person. */
class NameIndex {
  private readonly full = new Map<string, number>()
  private readonly suffixes = new Map<string, number>()
  private readonly firsts = new Map<string, number>()

  add(idx: number, nameTokens: readonly string[], person: boolean): void {
    const key = nameTokens.join(' ')
    if (!this.full.has(key)) this.full.set(key, idx)
    if (!person) return
    for (let k = 1; k < nameTokens.length; k++) {
      const suffix = nameTokens.slice(k).join(' ')
      if (!this.suffixes.has(suffix)) this.suffixes.set(suffix, idx)
    }
    const first = nameTokens[0]
    if (first !== undefined && nameTokens.length > 1 && !this.firsts.has(first)) this.firsts.set(first, idx)
  }

  find(nameTokens: readonly string[]): number {
    const key = nameTokens.join(' ')
    return (
      this.full.get(key) ??
      this.suffixes.get(key) ??
      (nameTokens.length === 1 ? this.firsts.get(key) : undefined) ??
      -1
    )
  }
}

/**
 * Builds the cast of the article: people and organisations with canonical names, aliases and roles,
 * and every mention of them (names, role phrases such as "the mayor-elect", pronouns resolved to the
 * most recent compatible subject).
 */
export function buildPeople(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): PeopleIndex {
  const lowerWords = new Set<string>()
  for (const t of tokens) if (!t.cap) lowerWords.add(t.lower)
  const runs = findNameRuns(text, tokens, lowerWords)
  const entities: Entity[] = []
  const mentions: Mention[] = []
  const addRole = (e: Entity, span: { start: number; end: number }, sentence: number): void => {
    const phrase = text.slice(span.start, span.end)
    for (const w of roleWordsOf(phrase)) e.roleWords.add(w)
    if (e.role === null) {
      e.role = phrase
      e.roleSentence = sentence
    }
  }
  // Longer names first so that a surname mention before the full name still finds its person.
  const lengths = runs.map(nameLen)
  const order = runs.map((_r, i) => i).sort((a, b) => (lengths[b] ?? 0) - (lengths[a] ?? 0) || a - b)
  const names = new NameIndex()
  const entityOfRun = new Map<number, number>()
  for (const ri of order) {
    const r = runs[ri] as NameRun
    if (r.kind === 'title') continue
    const nameTokens = r.name.toLowerCase().split(/\s+/)
    let idx = names.find(nameTokens)
    if (r.kind === 'place' && (idx === -1 || (entities[idx] as Entity).kind !== 'person')) continue
    if (idx === -1) {
      idx = entities.length
      entities.push({
        name: r.name,
        kind: r.kind === 'place' ? 'person' : r.kind,
        aliases: new Set(),
        role: null,
        roleSentence: null,
        roleWords: new Set(),
        gender: null,
        start: (tokens[r.nameFrom] as Token).start,
        weak: r.kind === 'person' && nameTokens.length === 1,
        mentions: 0,
      })
      names.add(idx, nameTokens, r.kind === 'person')
    }
    entityOfRun.set(ri, idx)
  }
  // "Colin Sutherland, Lord Carloway, ...": a titled name in apposition is the same person.
  runs.forEach((r, ri) => {
    const prev = runs[ri - 1]
    const a = entityOfRun.get(ri - 1)
    const b = entityOfRun.get(ri)
    if (!prev || a === undefined || b === undefined || a === b || r.title === null || prev.title !== null)
      return
    if ((entities[a] as Entity).kind !== 'person' || (entities[b] as Entity).kind !== 'person') return
    const gap = text.slice((tokens[prev.to - 1] as Token).end, (tokens[r.from] as Token).start)
    const after = text.charAt((tokens[r.to - 1] as Token).end)
    if (gap === ', ' && after === ',' && (entities[b] as Entity).mentions === 0) {
      entityOfRun.set(ri, a)
      ;(entities[a] as Entity).aliases.add(`${r.title} ${r.name}`)
    }
  })
  runs.forEach((r, ri) => {
    const first = tokens[r.from] as Token
    const lastTok = tokens[r.to - 1] as Token
    const idx = entityOfRun.get(ri)
    const sentence = first.sentence
    if (idx === undefined) {
      mentions.push({
        kind: r.kind === 'title' ? 'role' : 'name',
        start: first.start,
        end: lastTok.end,
        text: text.slice(first.start, lastTok.end),
        sentence,
        token: r.from,
        tokenEnd: r.to,
        possessive: r.possessive,
        entity: null,
        place: r.kind !== 'title',
      })
      return
    }
    const e = entities[idx] as Entity
    e.mentions++
    e.start = Math.min(e.start, first.start)
    if (r.name !== e.name) e.aliases.add(r.name)
    if (r.title) {
      e.weak = false
      e.aliases.add(`${r.title} ${r.name}`)
      addRole(e, { start: first.start, end: (tokens[r.nameFrom - 1] as Token).end }, sentence)
    }
    if (r.gender) e.gender = r.gender
    if (e.kind === 'person') {
      const pre = roleBefore(text, tokens, r.from)
      if (pre) {
        addRole(e, pre, sentence)
        e.weak = false
      }
      const sEnd = (sentences[sentence] as Sentence).end
      const app = appositiveAfter(text, lastTok.end, sEnd)
      if (app) {
        addRole(e, app, sentence)
        e.weak = false
      }
      if (/^,\s*\d{1,3},/.test(text.slice(lastTok.end, lastTok.end + 6))) e.weak = false
    }
    mentions.push({
      kind: 'name',
      start: first.start,
      end: lastTok.end,
      text: text.slice(first.start, lastTok.end),
      sentence,
      token: r.from,
      tokenEnd: r.to,
      possessive: r.possessive,
      entity: idx,
      place: false,
    })
  })
  addRoleAndPronounMentions(text, tokens, entities, mentions)
  return { entities, mentions }
}

function nameLen(r: NameRun): number {
  return r.kind === 'title' ? 0 : r.name.split(/\s+/).length
}

/** Role phrases ("the US president", "The commissioner") and pronouns, resolved in reading order. */
function addRoleAndPronounMentions(
  text: string,
  tokens: readonly Token[],
  entities: Entity[],
  mentions: Mention[],
): void {
  const extra: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
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
    if (t.lower !== 'the') continue
    // the + up to 4 modifiers + a role head, not followed by a name
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const h = tokens[k] as Token
      if (h.sentence !== t.sentence || h.quoted) break
      const headWord = h.lower.replace(/-elect$/, '')
      const ageHead =
        k > i + 1 && /-year-old$/.test((tokens[k - 1] as Token).lower) && !ROLE_STOPS.has(h.lower)
      if (ROLE_HEADS.has(h.lower) || ROLE_HEADS.has(headWord) || ageHead) {
        let end = k
        if (
          ageHead &&
          tokens[k + 1] &&
          !(tokens[k + 1] as Token).cap &&
          ROLE_HEADS.has((tokens[k + 1] as Token).lower)
        )
          end = k + 1
        const after = tokens[end + 1]
        if (
          after?.cap &&
          after.sentence === h.sentence &&
          text.slice((tokens[end] as Token).end, after.start) === ' '
        )
          break
        const endTok = tokens[end] as Token
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

function resolveRole(
  m: Mention,
  tokens: readonly Token[],
  entities: readonly Entity[],
  lastSeen: ReadonlyMap<number, number>,
): number | null {
  const words = tokens.slice(m.token + 1, m.tokenEnd).map((t) => t.lower)
  const head = (words[words.length - 1] ?? '').replace(/-elect$/, '')
  const age = words.find((w) => /-year-old$/.test(w))
  if (age) {
    // "the 34-year-old democratic socialist": the person most recently named.
    let best: number | null = null
    let when = -1
    for (const [e, at] of lastSeen)
      if ((entities[e] as Entity).kind === 'person' && at > when) [best, when] = [e, at]
    return best
  }
  let best: number | null = null
  let bestScore = 0
  let bestSeen = -1
  entities.forEach((e, i) => {
    const nameWords = e.name.toLowerCase().split(/\s+/)
    const has =
      e.roleWords.has(head) ||
      [...e.roleWords].some((w) => w.replace(/-elect$/, '') === head || w === `${head}s`)
    const orgHit = e.kind !== 'person' && nameWords.includes(head)
    if (!has && !orgHit) return
    const score = (orgHit ? 3 : 1) + words.filter((w) => e.roleWords.has(w) || nameWords.includes(w)).length
    const seen = lastSeen.get(i) ?? -1
    const bestMentions = best === null ? -1 : (entities[best] as Entity).mentions
    const tieWins = e.mentions > bestMentions || (e.mentions === bestMentions && seen > bestSeen)
    if (score > bestScore || (score === bestScore && tieWins)) {
      best = i
      bestScore = score
      bestSeen = seen
    }
  })
  return best
}

/** Walks mentions in order: resolves role phrases and pronouns, tracking each sentence's subject. */
function resolveInOrder(tokens: readonly Token[], entities: readonly Entity[], mentions: Mention[]): void {
  const lastSeen = new Map<number, number>()
  let focus: number | null = null
  let sentence = -1
  let subjectSet = false
  for (const m of mentions) {
    if (m.sentence !== sentence) {
      sentence = m.sentence
      subjectSet = false
    }
    if (m.kind === 'role' && m.entity === null) m.entity = resolveRole(m, tokens, entities, lastSeen)
    if (m.kind === 'pronoun') {
      const g = PRONOUNS.get(m.text.toLowerCase())
      if (focus !== null) {
        const e = entities[focus] as Entity
        const ok =
          g === 'p' ? e.kind !== 'person' : e.kind === 'person' && (e.gender === null || e.gender === g)
        if (ok) m.entity = focus
      }
    }
    const prev = tokens[m.token - 1]
    const prev2 = tokens[m.token - 2]
    const afterPrep =
      prev !== undefined &&
      prev.sentence === m.sentence &&
      PREPOSITIONS.has(prev.lower) &&
      !(prev.lower === 'to' && prev2?.lower === 'according')
    if (m.entity !== null) {
      lastSeen.set(m.entity, m.start)
      const e = entities[m.entity] as Entity
      if (!subjectSet && !m.possessive && !afterPrep && e.kind === 'person') {
        focus = m.entity
        subjectSet = true
      }
    }
  }
}
