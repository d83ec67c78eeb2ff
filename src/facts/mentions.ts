import { item } from './item'
/** The cast of an article and where the text mentions it. */

export interface Entity {
  name: string
  /** 'bill', 'document', 'place' and 'other' (a fragment of a compound) never speak. */
  kind: 'person' | 'organization' | 'outlet' | 'place' | 'bill' | 'document' | 'other'
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
  /** From a lawmaker's tag: "Democratic", "Republican", "Independent". */
  party?: string
  /** From a lawmaker's tag, the full state name ("(D-CA)" → "California"). */
  state?: string
  /** A bill's sponsors, canonical names, when the text says who introduced it. */
  sponsors?: string[]
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
  /** Sorted by start. */
  mentions: Mention[]
}

/** Index of the first mention starting at or after `at` (binary search). */
export function firstMentionFrom(mentions: readonly Mention[], at: number): number {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (item(mentions, mid).start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Mentions lying inside [from, to). */
export function mentionsIn(people: PeopleIndex, from: number, to: number): Mention[] {
  const out: Mention[] = []
  for (let i = firstMentionFrom(people.mentions, from); i < people.mentions.length; i++) {
    const m = item(people.mentions, i)
    if (m.start >= to) break
    if (m.end <= to) out.push(m)
  }
  return out
}

/** The mention that ends at most `gap` characters before `at`, if any. */
export function mentionJustBefore(people: PeopleIndex, at: number, gap: number): Mention | undefined {
  const i = firstMentionFrom(people.mentions, at) - 1
  const m = people.mentions[i]
  return m && m.end <= at && at - m.end <= gap ? m : undefined
}
