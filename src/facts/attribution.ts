import type { Paragraph, Sentence } from '../article/types'
import { SILENT_KINDS } from './entity-kinds'
import { item } from './item'
import { lowerCase } from './lower'
import { type Entity, type Mention, mentionJustBefore, mentionsIn, type PeopleIndex } from './people'
import type { QuoteSpan } from './quote-marks'
import { SPEECH_NOUNS, speechLemma } from './speech-verbs'
import type { Token } from './tokens'

export interface Attribution {
  entity: number | null
  pattern: string
  verb: string | null
  resolved: boolean
}

export interface AttributionContext {
  text: string
  paragraphs: readonly Paragraph[]
  sentences: readonly Sentence[]
  tokens: readonly Token[]
  people: PeopleIndex
}

/** Index of the sentence holding offset `at` (binary search). */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (item(sentences, mid).start <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** First token index with start >= at. */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (item(tokens, mid).start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The speech verb among tokens [a, b): its index and lemma; last one when `last`. */
function findVerb(
  tokens: readonly Token[],
  a: number,
  b: number,
  last: boolean,
): { i: number; lemma: string } | null {
  let found: { i: number; lemma: string } | null = null
  for (let i = a; i < b; i++) {
    const t = item(tokens, i)
    if (t.quoted || (t.cap && t.lower !== 'according')) continue
    let lemma = speechLemma(t.lower)
    if (lemma === 'point' && tokens[i + 1]?.lower !== 'out') lemma = undefined
    if (lemma === 'call' && !['it', 'him', 'her', 'them', 'this', 'the'].includes(tokens[i + 1]?.lower ?? ''))
      lemma = undefined
    if (
      lemma === 'state' &&
      !['that', 'he', 'she', 'they', 'it', 'in'].includes(tokens[i + 1]?.lower ?? '') &&
      i + 1 < b
    )
      lemma = undefined
    if (lemma === undefined && t.lower === 'according' && tokens[i + 1]?.lower === 'to')
      lemma = 'according to'
    if (lemma !== undefined) {
      found = { i, lemma }
      if (!last) return found
    }
  }
  return found
}

/** A mention of a bill, a document, a place or a fragment: nothing that speaks. */
function silent(entities: readonly Entity[], m: Mention): boolean {
  return m.entity !== null && SILENT_KINDS.has(item(entities, m.entity).kind)
}

function isPersonLike(entities: readonly Entity[], m: Mention): boolean {
  if (m.entity === null) return false
  const e = item(entities, m.entity)
  return e.kind === 'person' && !e.weak
}

/** Picks the speaker among candidate mentions: strong persons, then resolved roles/pronouns, then the rest. */
function pick(entities: readonly Entity[], ms: readonly Mention[], nearestLast: boolean): Mention | null {
  const order = nearestLast ? [...ms].reverse() : [...ms]
  const usable = order.filter((m) => !m.place && !(m.possessive && m.kind !== 'role') && !silent(entities, m))
  return (
    usable.find((m) => m.kind === 'name' && isPersonLike(entities, m)) ??
    usable.find((m) => m.kind !== 'name' && m.entity !== null) ??
    usable.find((m) => m.entity !== null) ??
    usable.find((m) => m.kind === 'pronoun' || m.kind === 'role') ??
    null
  )
}

/** Who speaks for a named person or body: "Ann Lee's office", "the mayor's spokeswoman". */
const PROXY_AFTER_OWNER =
  /^['’]s?\s+(?:office|spokes(?:man|woman|person)|campaign|press\s+office|aides?|lawyers?|attorneys?|representatives?)\b/u

/**
 * "Ann Lee's office said …", "Bo Tran's spokeswoman told reporters …": the words are the owner's, who
 * speaks through them (a possessive name is otherwise never a speaker). The last such mention, or null.
 */
function proxyOwner(ctx: AttributionContext, ms: readonly Mention[]): Mention | null {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = item(ms, k)
    if (m.possessive && m.entity !== null && !silent(ctx.people.entities, m)) {
      if (PROXY_AFTER_OWNER.test(ctx.text.slice(m.end, m.end + 24))) return m
    }
  }
  return null
}

function asAttribution(m: Mention | null, pattern: string, verb: string | null): Attribution | null {
  if (!m) return null
  return { entity: m.entity, pattern, verb, resolved: m.kind !== 'name' }
}

/** The sentence's subject: first person-like mention not after a preposition, or a passive agent. */
export function sentenceSubject(ctx: AttributionContext, s: Sentence, upTo: number): Mention | null {
  const ms = mentionsIn(ctx.people, Math.max(s.start, upTo - 1500), upTo).filter(
    (m) => !m.place && !(m.possessive && m.kind !== 'role') && !silent(ctx.people.entities, m),
  )
  const agent = ms.find((m) => {
    const t = ctx.tokens[m.token - 1]
    const t2 = ctx.tokens[m.token - 2]
    return t?.lower === 'by' && t2 !== undefined && /ed$/.test(t2.lower) && m.entity !== null
  })
  if (agent) return agent
  let fallback: Mention | null = null
  for (const m of ms) {
    const prev = ctx.tokens[m.token - 1]
    const prep =
      prev &&
      prev.sentence === m.sentence &&
      /^(?:of|to|with|for|from|about|against|on|in|at|like|than|by|into)$/.test(prev.lower)
    const according = prev?.lower === 'to' && ctx.tokens[m.token - 2]?.lower === 'according'
    if ((!prep || according) && (m.entity !== null || m.kind === 'pronoun')) {
      const e = m.entity === null ? null : item(ctx.people.entities, m.entity)
      if (e === null || e.kind === 'person') return m
      fallback ??= m
    }
  }
  return fallback
}

/** Attribution from words after the quote: `..." said X` or `..." X said`. */
export function attributeAfter(ctx: AttributionContext, from: number, to: number): Attribution | null {
  const a = tokenAt(ctx.tokens, from)
  const b = Math.min(tokenAt(ctx.tokens, to), a + 14)
  const v = findVerb(ctx.tokens, a, b, false)
  if (!v) return speakerBeforeLongAppositive(ctx, from, to)
  const vt = item(ctx.tokens, v.i)
  // `"…," the letter said.`: the words of a document the text said someone sent or wrote
  const doc = DOCUMENT_SUBJECT.exec(ctx.text.slice(from, vt.start))
  if (doc?.[1] && mentionsIn(ctx.people, from, vt.start).length === 0) {
    const owner = documentOwner(ctx, from, doc[1].toLowerCase())
    if (owner) return asAttribution(owner, 'document-of-x', vt.lower)
  }
  if (v.lemma === 'according to') {
    // `"...," according to X.`
    const m = pick(ctx.people.entities, mentionsIn(ctx.people, vt.end, to), false)
    return m && m.entity !== null ? asAttribution(m, 'according-to-x', 'according to') : null
  }
  // `"...," an official said.` / `"...," said a spokeswoman for the utility.`: a source the text
  // does not name is no one's words but its organisation's, never the previous named person's
  const unnamed =
    unnamedSource(ctx, from, vt.start, vt.lower) ??
    (UNNAMED_ONLY_BEFORE.test(ctx.text.slice(from, vt.start))
      ? unnamedSource(ctx, vt.end, to, vt.lower)
      : null)
  if (unnamed) return unnamed
  const beforeVerb = mentionsIn(ctx.people, from, vt.start)
  if (beforeVerb.length > 0) {
    const m = pick(ctx.people.entities, beforeVerb, true) ?? proxyOwner(ctx, beforeVerb)
    if (m) return asAttribution(m, 'x-said', vt.lower)
  }
  const afterVerb = mentionsIn(ctx.people, vt.end, to)
  const m = pick(ctx.people.entities, afterVerb, false)
  return asAttribution(m, 'said-x', vt.lower)
}

/** The speaker's name right after a quote, then a long apposition, then the verb: `"…," X, a …, said`. */
const LONG_APPOSITIVE_TOKENS = 45

/**
 * `"We will not stop," Moor, a Democrat who represents the third district and sits on the
 * committee, said on Monday.`: a name right after the quote, an apposition longer than the usual
 * window, then a speech verb right after its closing comma. Null when the words do not fit.
 */
function speakerBeforeLongAppositive(ctx: AttributionContext, from: number, to: number): Attribution | null {
  const first = mentionsIn(ctx.people, from, Math.min(to, from + 60))[0]
  if (first?.kind !== 'name' || !/^[\s,—–-]*$/.test(ctx.text.slice(from, first.start))) return null
  if (ctx.text.charAt(first.end) !== ',') return null
  const a = tokenAt(ctx.tokens, first.end)
  const b = Math.min(tokenAt(ctx.tokens, to), a + LONG_APPOSITIVE_TOKENS)
  const v = findVerb(ctx.tokens, a, b, false)
  if (!v || v.lemma === 'according to') return null
  const vt = item(ctx.tokens, v.i)
  if (!/,\s*$/.test(ctx.text.slice(first.end, vt.start))) return null
  const m = pick(ctx.people.entities, [first], false)
  return asAttribution(m, 'x-said', vt.lower)
}

/** A definite document as the subject of the verb after a quote: "the letter said", "the statement read". */
const DOCUMENT_SUBJECT =
  /^[\s,—–-]*(?:the|that|this|his|her|their|its)\s+(?:\p{Ll}+\s+)?(letter|statement|memo|memorandum|email|release|message|note|order|filing|complaint|report)\s*$/u

/** How many sentences back a document's sender is looked for. */
const DOCUMENT_LOOKBACK = 3

/**
 * Who sent or wrote the document last named before `at` in its paragraph ("Chairman Bo Tran sent a
 * letter to Secretary Ann Lee"): the subject of that sentence, never the addressee after "to".
 */
function documentOwner(ctx: AttributionContext, at: number, noun: string): Mention | null {
  const si = sentenceAt(ctx.sentences, at)
  const here = item(ctx.sentences, si)
  const word = new RegExp(`\\b${noun}s?\\b`, 'i')
  for (let k = si; k >= Math.max(0, si - DOCUMENT_LOOKBACK); k--) {
    const s = item(ctx.sentences, k)
    if (s.paragraph !== here.paragraph && s.paragraph !== here.paragraph - 1) return null
    const end = k === si ? at : s.end
    const body = ctx.text.slice(s.start, end)
    if (!word.test(body)) continue
    // "received a letter from Chairman Bo Tran": the sender after "from" or "by"
    const from = new RegExp(`\\b${noun}s?\\s+(?:(?:signed|written|sent)\\s+)?(?:from|by)\\s+`, 'i').exec(body)
    if (from) {
      const at = s.start + from.index + from[0].length
      // the name right after "from" ("from the committee to Ann Lee": the committee, not Ann Lee)
      const sender = mentionsIn(ctx.people, at, end)[0]
      if (sender && sender.entity !== null && sender.start - at <= 4 && !silent(ctx.people.entities, sender))
        return sender
    }
    const subj = sentenceSubject(ctx, s, end)
    if (subj && subj.entity !== null) return subj
  }
  return null
}

/** Only a comma, dash or space between a quote and its verb (`"…," said …`). */
const UNNAMED_ONLY_BEFORE = /^[\s,—–-]*$/

/**
 * A source named only by an indefinite noun phrase: "an official", "a spokesman for the
 * Department of Roads", "one resident", "officials", "two senior diplomats". Not a definite one
 * ("the official", "his spokesman"), which points back at someone the text may have named.
 */
const UNNAMED_SOURCE =
  /^[\s,—–-]*(?:(an?|one|another|some|several|two|three|four|many)\s+)?((?:[\p{Ll}-]+\s+){0,3}?)(official|spokes(?:man|woman|person)|source|aide|resident|witness|representative|staffer|employee|diplomat|officer|insider|person|(?:officials|spokes(?:men|women|people)|sources|aides|residents|witnesses|representatives|staffers|employees|diplomats|officers|insiders|people))\b/u
const DEFINITE = /\b(?:the|this|that|these|those|his|her|its|their|our|my|your)\b/
const PLURAL_SOURCE = /(?:s|men|women|people)$/

/** Attribution to an unnamed source in [from, to), or null: entity = the organisation after "for/of/at". */
function unnamedSource(ctx: AttributionContext, from: number, to: number, verb: string): Attribution | null {
  const words = ctx.text.slice(from, to)
  const m = UNNAMED_SOURCE.exec(words)
  // a singular noun needs its indefinite article; a plural one stands alone ("officials said")
  if (!m || DEFINITE.test(m[2] ?? '') || (m[1] === undefined && !PLURAL_SOURCE.test(m[3] ?? ''))) return null
  const rest = words.slice(m[0].length)
  // the whole phrase must be the source: nothing but "for/of/at/with/from the Org" may follow
  const org = /^\s+(?:for|of|at|with|from|in)\s+/.exec(rest)
  if (!org && rest.trim().replace(/[,.]$/, '') !== '') return null
  if (org) {
    const at = from + m[0].length + org[0].length
    for (const x of mentionsIn(ctx.people, at, to)) {
      const e = x.entity === null ? null : item(ctx.people.entities, x.entity)
      if (e && e.kind !== 'person' && x.start - at < 8)
        return { entity: x.entity, pattern: 'unnamed-source', verb, resolved: true }
    }
  }
  return { entity: null, pattern: 'unnamed-source', verb, resolved: false }
}

/** "issued the following", "released a", "put out this written": a statement its subject made. */
const ISSUED_STATEMENT =
  /\b(?:issued|issues|released|releases|made|makes|gave|delivered|put\s+out|sent|published)\s+(?:the\s+following|a|an|this|the|her|his|their)\s+(?:\p{Ll}+\s+)?$/u

/** "… quoted X as saying", "X was quoted by Y as saying": the verb and, for the passive, its auxiliary. */
const QUOTED_AS = /\b(?:(was|were|is|are|been|being)\s+)?quoted\b[^"“”]*?\bas\s+$/

/**
 * "The News quoted Cardinal Ana Roe as saying '…'": the person quoted (the object), not the outlet
 * that quotes; "Roe was quoted by the News as saying '…'": the subject, not the agent. Null when the
 * words before the speech verb are not this pattern.
 */
function quotedAsSaying(
  ctx: AttributionContext,
  s: Sentence,
  from: number,
  verbAt: number,
  verb: string,
): Attribution | null {
  const lo = Math.max(from, s.start, verbAt - 200)
  const m = QUOTED_AS.exec(ctx.text.slice(lo, verbAt))
  if (!m) return null
  const at = lo + m.index
  const objectFrom = at + m[0].indexOf('quoted') + 'quoted'.length
  const ms = m[1]
    ? mentionsIn(ctx.people, Math.max(s.start, from), at)
    : mentionsIn(ctx.people, objectFrom, verbAt)
  const who = pick(ctx.people.entities, ms, false)
  return who && who.entity !== null ? asAttribution(who, 'quoted-as-saying', verb) : null
}

/** Attribution from words before the quote: `X said, "...`, `according to X`, `calling it a '...'`. */
export function attributeBefore(
  ctx: AttributionContext,
  s: Sentence,
  from: number,
  to: number,
): Attribution | null {
  const a = tokenAt(ctx.tokens, from)
  const b = tokenAt(ctx.tokens, to)
  const v = findVerb(ctx.tokens, a, b, true)
  const people = ctx.people
  if (v) {
    const vt = item(ctx.tokens, v.i)
    if (v.lemma === 'according to') {
      const m = pick(people.entities, mentionsIn(people, vt.end, to), false)
      if (m && m.entity !== null) return asAttribution(m, 'according-to-x', 'according to')
      // "X decided, according to the summary, '...'": the verb before the unresolved source.
      if (vt.start > from) return attributeBefore(ctx, s, from, vt.start)
    } else if (vt.lower.endsWith('ing')) {
      const quotedAs = quotedAsSaying(ctx, s, from, vt.start, vt.lower)
      if (quotedAs) return quotedAs
      const subj = sentenceSubject(ctx, s, vt.start)
      if (subj) return asAttribution(subj, 'x-verb-ing', vt.lower)
    } else {
      const ms = mentionsIn(people, Math.max(s.start, from), vt.start)
      // "X, who succeeded Y, said" / "X, director of Z, said": the subject before the appositive.
      const afterAppositive = /,\s*(?:\p{Ll}+\s+)?$/u.test(
        ctx.text.slice(Math.max(from, vt.start - 24), vt.start),
      )
      const m = pick(people.entities, ms, !afterAppositive) ?? proxyOwner(ctx, ms)
      if (m) return asAttribution(m, 'x-said-before', vt.lower)
      const subj = sentenceSubject(ctx, s, vt.start)
      if (subj) return asAttribution(subj, 'x-said-before', vt.lower)
      return { entity: null, pattern: 'coordinated', verb: vt.lower, resolved: false }
    }
  }
  // "the statement from the king:", "reports say"
  for (let i = a; i < b; i++) {
    const t = item(ctx.tokens, i)
    if (!SPEECH_NOUNS.has(t.lower) || t.quoted) continue
    const nxt = ctx.tokens[i + 1]
    if (nxt && ['from', 'by', 'of'].includes(nxt.lower)) {
      const m = pick(people.entities, mentionsIn(people, nxt.end, to), false)
      if (m) return asAttribution(m, 'statement-from-x', null)
    }
    const owner = mentionJustBefore(people, t.start, 3)
    if (owner?.possessive) return asAttribution(owner, 'x-statement', null)
    // "Senator Ana Ruiz (D-CA) released the following statement on …:" — the subject's own words
    if (ISSUED_STATEMENT.test(ctx.text.slice(Math.max(from, t.start - 40), t.start))) {
      const subj = sentenceSubject(ctx, s, t.start)
      if (subj && subj.entity !== null) return asAttribution(subj, 'x-issued-statement', null)
    }
    return { entity: null, pattern: 'reported', verb: null, resolved: false }
  }
  if (/:\s*$/.test(ctx.text.slice(from, to))) {
    const subj = sentenceSubject(ctx, s, to)
    if (subj) return asAttribution(subj, 'colon', null)
  }
  return null
}

/** Whether quote marks around one or two words in plain prose are scare quotes or a name/gloss. */
export function isGlossOrName(ctx: AttributionContext, q: QuoteSpan): boolean {
  const before = lowerCase(ctx.text.slice(Math.max(0, q.open - 20), q.open))
  if (/\b(?:or|known as|dubbed|named|titled|entitled|nicknamed|meaning|so-called|so called)\s*$/.test(before))
    return true
  return isTitleLike(ctx.text.slice(q.start, q.end))
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
  'by',
  'de',
])

/** A title of a work or a name in quotes: every word capitalised, short, no final punctuation. */
function isTitleLike(inner: string): boolean {
  const ws = inner.trim().split(/\s+/)
  if (ws.length === 0 || ws.length > 8 || /[.,!?;:…]$/.test(inner.trim())) return false
  const significant = ws.filter((w) => !MINOR_WORDS.has(lowerCase(w)))
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\d]/u.test(w))
}
