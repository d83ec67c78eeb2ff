import type { Sentence } from '../article/types'
import { readBills } from './bills'
import { addRoleAndPronounMentions } from './coreference'
import { refineEntities } from './entity-kinds'
import { item } from './item'
import { ROLE_HEADS, TITLE_WORDS } from './lexicon'
import { lowerCase } from './lower'
import type { Entity, Mention, PeopleIndex } from './mentions'
import { findNameRuns, isTitleWord, type NameRun } from './names'
import { appositiveAfter, PREDICATE_ROLE, roleBefore, roleBeforeComma, roleWordsOf } from './roles'
import type { Token } from './tokens'

/** Words between a name and another name of the same person ("X, born Y", "X (née Y)", "X, also known as Y"). */
const OTHER_NAME_GAP =
  /^(?:,| \() ?(?:born|n[ée]e|formerly|also known as|better known as|known as|whose real name is|whose birth name is|real name|birth name)(?: as)? $/
/** A plural abbreviated title before a list of names ("Sens.", "Reps.", "Govs.", "Drs.", "Messrs."). */
const PLURAL_TITLE = /\b(?:sens|reps|govs|drs|messrs)\.?$/i

export type { Entity, Mention, PeopleIndex } from './mentions'
export { firstMentionFrom, mentionJustBefore, mentionsIn } from './mentions'

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
  // A name the text also uses as a place ("from Hong Kong", "in New Delhi") is a place everywhere.
  const placeNames = new Set(runs.filter((r) => r.kind === 'place').map((r) => r.name))
  for (const ri of order) {
    const r = item(runs, ri)
    if (r.kind === 'title') continue
    if (r.kind === 'person' && r.title === null && placeNames.has(r.name) && r.name.includes(' ')) continue
    const nameTokens = lowerCase(r.name).split(/\s+/)
    let idx = names.find(nameTokens)
    if (r.kind === 'place' && (idx === -1 || item(entities, idx).kind !== 'person')) continue
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
        start: item(tokens, r.nameFrom).start,
        weak: r.kind === 'person' && nameTokens.length === 1,
        mentions: 0,
      })
      names.add(idx, nameTokens, r.kind === 'person')
    }
    entityOfRun.set(ri, idx)
  }
  // "Ann Hale, Lady Marsh, ...": a titled name in apposition is the same person.
  // "Lena Marsh, born Lena Okafor,", "Dax Rell, whose real name is Daniel Rellano,": a birth name, real
  // name or other name of a person is one entity with the name it follows (its surname included)
  runs.forEach((r, ri) => {
    const prev = runs[ri - 1]
    const a = entityOfRun.get(ri - 1)
    const b = entityOfRun.get(ri)
    if (!prev || a === undefined || b === undefined || a === b) return
    if (item(entities, a).kind !== 'person' || item(entities, b).kind !== 'person') return
    const gap = text.slice(item(tokens, prev.to - 1).end, item(tokens, r.from).start)
    if (!OTHER_NAME_GAP.test(gap)) return
    for (const [rj, e] of entityOfRun) if (e === b) entityOfRun.set(rj, a)
    const ea = item(entities, a)
    const eb = item(entities, b)
    ea.aliases.add(eb.name)
    for (const alias of eb.aliases) ea.aliases.add(alias)
    names.add(a, lowerCase(eb.name).split(/\s+/), true)
  })
  runs.forEach((r, ri) => {
    const prev = runs[ri - 1]
    const a = entityOfRun.get(ri - 1)
    const b = entityOfRun.get(ri)
    if (!prev || a === undefined || b === undefined || a === b || r.title === null || prev.title !== null)
      return
    if (item(entities, a).kind !== 'person' || item(entities, b).kind !== 'person') return
    const gap = text.slice(item(tokens, prev.to - 1).end, item(tokens, r.from).start)
    const after = text.charAt(item(tokens, r.to - 1).end)
    if (gap === ', ' && after === ',' && item(entities, b).mentions === 0) {
      entityOfRun.set(ri, a)
      item(entities, a).aliases.add(`${r.title} ${r.name}`)
    }
  })
  runs.forEach((r, ri) => {
    const first = item(tokens, r.from)
    const lastTok = item(tokens, r.to - 1)
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
    const e = item(entities, idx)
    e.mentions++
    e.start = Math.min(e.start, first.start)
    if (r.name !== e.name) e.aliases.add(r.name)
    // "US Secretary of State Mike Pompeo", "Chief of Staff Mara Quint": the office is the title run before
    // "of" and the words after it, not "State" or "Staff" alone
    const prevRun = runs[ri - 1]
    const officeOf =
      prevRun !== undefined &&
      prevRun.to === r.from - 1 &&
      tokens[r.from - 1]?.lower === 'of' &&
      r.nameFrom > r.from &&
      isTitleWord(item(tokens, prevRun.to - 1).lower)
    if (officeOf) {
      e.weak = false
      addRole(e, { start: item(tokens, prevRun.from).start, end: item(tokens, r.nameFrom - 1).end }, sentence)
    }
    if (r.title) {
      e.weak = false
      e.aliases.add(`${r.title} ${r.name}`)
      // "Sens. Ana Cruz and Lee Park": a plural title heads a list; it is no one person's role
      if (!PLURAL_TITLE.test(r.title))
        addRole(e, { start: first.start, end: item(tokens, r.nameFrom - 1).end }, sentence)
    }
    if (r.gender) e.gender = r.gender
    if (e.kind === 'person') {
      const pre = roleBefore(text, tokens, r.from) ?? roleBeforeComma(text, tokens, r.from)
      if (pre) {
        addRole(e, pre, sentence)
        e.weak = false
      }
      const sEnd = item(sentences, sentence).end
      const app = appositiveAfter(text, lastTok.end, sEnd)
      if (app) {
        addRole(e, app, sentence)
        e.weak = false
      }
      if (/^,\s*\d{1,3},/.test(text.slice(lastTok.end, lastTok.end + 6))) e.weak = false
      const pred = PREDICATE_ROLE.exec(text.slice(lastTok.end, lastTok.end + 90))
      if (pred?.[1] && roleWordsOf(pred[1]).some((w) => ROLE_HEADS.has(w) || TITLE_WORDS.has(w))) {
        const ps = lastTok.end + pred[0].length - pred[1].length
        addRole(e, { start: ps, end: ps + pred[1].length }, sentence)
        e.weak = false
      }
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
  promoteListedNames(text, entities, mentions)
  refineEntities(text, { entities, mentions })
  readBills(text, sentences, { entities, mentions })
  addRoleAndPronounMentions(text, tokens, entities, mentions)
  return { entities, mentions }
}

const LIST_GAP = /^(?:,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)$/

/**
 * A bare name listed beside a known person ("his allies, like Ana Lima, and Ruiz") names a person
 * too, though it has no title or role of its own.
 */
function promoteListedNames(text: string, entities: Entity[], mentions: readonly Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const a = item(mentions, i - 1)
    const b = item(mentions, i)
    if (a.entity === null || b.entity === null || a.sentence !== b.sentence || a.possessive) continue
    if (!LIST_GAP.test(text.slice(a.end, b.start))) continue
    const ea = item(entities, a.entity)
    const eb = item(entities, b.entity)
    if (ea.kind !== 'person' || eb.kind !== 'person') continue
    if (ea.weak && !eb.weak) ea.weak = false
    else if (eb.weak && !ea.weak) eb.weak = false
  }
}

function nameLen(r: NameRun): number {
  return r.kind === 'title' ? 0 : r.name.split(/\s+/).length
}
