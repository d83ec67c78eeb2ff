/**
 * Bills: numbered ones ("H.R. 1234", "S. 567", "H.Res. 12") as entities of kind 'bill', one with
 * the named act they are given as ("H.R. 1872, the Clean Rivers Act"), and their sponsors where the
 * text says so ("introduced by X and Y", "X and Y introduced the …", "X applauded passage of their
 * bill"). Pure; changes the people index in place.
 */
import type { Sentence } from '../article/types'
import { item } from './item'
import { type Entity, firstMentionFrom, type Mention, type PeopleIndex } from './mentions'
import { isPlaceName } from './places'

/** A congressional bill number: chamber label, then the number. */
const BILL_NUMBER =
  /\b(H\.\s?R\.|H\.\s?Res\.|H\.\s?J\.\s?Res\.|H\.\s?Con\.\s?Res\.|S\.\s?Res\.|S\.\s?J\.\s?Res\.|S\.\s?Con\.\s?Res\.|S\.)\s?(\d{1,5})\b/gu
/** Bill mentions read at most (each is checked against those before it: keeps long inputs cheap). */
const MAX_BILLS = 64
/** "introduced by", "sponsored by": the sponsors follow. */
const BY_CUE = /\b(?:introduced|reintroduced|sponsored|co-?sponsored|authored|written|proposed)\s+by\b/iu
/** "X and Y introduced": the sponsors come before. */
const VERB_CUE = /\b(?:introduced|reintroduced|sponsored|co-?sponsored|authored|unveiled|filed)\b/iu
/** "… applauded passage of their bill": the subject owns the bill. */
const OWNER_CUE =
  /\b(?:their|his|her)\s+(?:own\s+|bipartisan\s+|new\s+)?(?:bill|legislation|resolution|measure)\b/iu
/** A generic word for the bill in a sentence that names none. */
const BILL_WORD = /\b(?:bill|legislation|measure|resolution|act)\b/iu

/** Adds numbered bills and reads sponsors (after refineEntities has typed named bills). */
export function readBills(text: string, sentences: readonly Sentence[], people: PeopleIndex): void {
  const { entities, mentions } = people
  mergeActsWithAcronyms(text, people)
  const billAt: Array<{ start: number; end: number; entity: number }> = []
  for (const m of mentions)
    if (m.kind === 'name' && m.entity !== null && item(entities, m.entity).kind === 'bill')
      billAt.push({ start: m.start, end: m.end, entity: m.entity })
  const byLabel = new Map<string, number>()
  BILL_NUMBER.lastIndex = 0
  for (let g = BILL_NUMBER.exec(text); g !== null; g = BILL_NUMBER.exec(text)) {
    const label = `${(g[1] ?? '').replace(/\s/g, '')} ${g[2]}`
    const start = g.index
    const end = start + g[0].length
    const named = namedBillBeside(text, billAt, start, end)
    let idx = named ?? byLabel.get(label)
    if (idx === undefined) {
      idx = entities.length
      entities.push(newBill(label, start))
    }
    byLabel.set(label, idx)
    const e = item(entities, idx)
    if (e.name !== label) e.aliases.add(label)
    e.mentions++
    e.start = Math.min(e.start, start)
    // the name finder read the chamber label ("H.R.") as an organisation: it is this bill
    for (let k = firstMentionFrom(mentions, start); k < mentions.length; k++) {
      const m = item(mentions, k)
      if (m.start >= end) break
      if (m.end <= end && m.entity !== null && m.entity !== idx) {
        const old = item(entities, m.entity)
        old.mentions = Math.max(0, old.mentions - 1)
        m.entity = idx
      }
    }
    billAt.push({ start, end, entity: idx })
    if (billAt.length >= MAX_BILLS) break
  }
  billAt.sort((a, b) => a.start - b.start)
  if (billAt.length > 0) readSponsors(text, sentences, people, billAt)
}

/** "(CRL) Act": a bracketed acronym right before "Act" or "Bill" (found first: it is rare). */
const ACRONYM_BEFORE_ACT = /\((\p{Lu}[\p{Lu}&]{1,9})\)\s+(Act|Bill)\b/gu
/** The capitalised name words (with "of", "and" …) that end right before the bracket. */
const NAME_BEFORE = /(?<!\p{L})(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|on|to|in)\s+)*){1,12}$/u

/** One bill entity for a name with its acronym inside; the name finder's pieces of it become mentions of it. */
function mergeActsWithAcronyms(text: string, people: PeopleIndex): void {
  const { entities, mentions } = people
  ACRONYM_BEFORE_ACT.lastIndex = 0
  let n = 0
  for (
    let g = ACRONYM_BEFORE_ACT.exec(text);
    g !== null && n++ < MAX_BILLS;
    g = ACRONYM_BEFORE_ACT.exec(text)
  ) {
    const lookback = Math.max(0, g.index - 160)
    const words = NAME_BEFORE.exec(text.slice(lookback, g.index))
    if (!words) continue
    const start = lookback + words.index
    const end = g.index + g[0].length
    const name = `${words[0].trim().replace(/^The\s+/u, '')} ${g[2]}`
    const short = `${g[1]} ${g[2]}`
    let idx = entities.findIndex((e) => e.name === name)
    if (idx === -1) {
      idx = entities.length
      entities.push(newBill(name, start))
    }
    const bill = item(entities, idx)
    const moved = new Set<Entity>()
    bill.aliases.add(short)
    bill.mentions++
    for (const m of mentions) {
      if (m.entity === null || m.entity === idx) continue
      const e = item(entities, m.entity)
      const inside = m.start >= start && m.end <= end
      if (!inside && e.name !== short) continue
      e.mentions = Math.max(0, e.mentions - 1)
      m.entity = idx
      if (!inside) bill.mentions++
      moved.add(e)
    }
    // a piece that also stands alone elsewhere ("Cambodia") keeps the name it has there
    for (const e of moved) {
      if (e === bill || e.mentions === 0) continue
      const rest = mentions.find((m) => m.entity !== null && entities[m.entity] === e && m.kind === 'name')
      if (rest && rest.text !== e.name) {
        e.aliases.delete(rest.text)
        e.name = rest.text
        if (isPlaceName(e.name)) e.kind = 'place'
      }
    }
  }
}

function newBill(name: string, start: number): Entity {
  return {
    name,
    kind: 'bill',
    aliases: new Set(),
    role: null,
    roleSentence: null,
    roleWords: new Set(),
    gender: null,
    start,
    weak: false,
    mentions: 0,
  }
}

/** The named bill given right beside a number: "the Clean Rivers Act (H.R. 12)", "H.R. 12, the Clean Rivers Act". */
function namedBillBeside(
  text: string,
  billAt: ReadonlyArray<{ start: number; end: number; entity: number }>,
  start: number,
  end: number,
): number | undefined {
  for (const b of billAt) {
    if (b.end <= start && /^\s*(?:\(|,\s*)$/.test(text.slice(b.end, start))) return b.entity
    if (b.start >= end && /^,?\s+(?:the\s+)?$/.test(text.slice(end, b.start))) return b.entity
  }
  return undefined
}

function readSponsors(
  text: string,
  sentences: readonly Sentence[],
  people: PeopleIndex,
  billAt: ReadonlyArray<{ start: number; end: number; entity: number }>,
): void {
  const { entities, mentions } = people
  let mi = 0
  let bi = 0
  let lastBill: number | null = null
  sentences.forEach((s, si) => {
    const here: Mention[] = []
    while (mi < mentions.length && item(mentions, mi).start < s.end) {
      const m = item(mentions, mi)
      if (m.start >= s.start && m.sentence === si) here.push(m)
      mi++
    }
    let billHere: number | null = null
    while (bi < billAt.length && (billAt[bi]?.start ?? 0) < s.end) {
      const b = billAt[bi]
      if (b && b.start >= s.start) billHere ??= b.entity
      bi++
    }
    const body = text.slice(s.start, s.end)
    const target = billHere ?? (BILL_WORD.test(body) ? (lastBill ?? billAt[0]?.entity ?? null) : null)
    if (billHere !== null) lastBill = billHere
    if (target === null) return
    const by = BY_CUE.exec(body)
    const verb = by ? null : (VERB_CUE.exec(body) ?? OWNER_CUE.exec(body))
    if (!by && !verb) return
    const cut = s.start + (by ? by.index + by[0].length : (verb?.index ?? 0))
    const sponsors = here.filter((m) => {
      if (m.kind !== 'name' || m.entity === null) return false
      const e = item(entities, m.entity)
      if (e.kind !== 'person' || e.weak) return false
      return by ? m.start >= cut && !/[.;]/.test(text.slice(cut, m.start)) : m.end <= cut
    })
    if (sponsors.length === 0) return
    const bill = item(entities, target)
    const names = bill.sponsors ?? []
    for (const m of sponsors) {
      const name = item(entities, m.entity as number).name
      if (!names.includes(name)) names.push(name)
    }
    bill.sponsors = names
  })
}
