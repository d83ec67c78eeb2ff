/**
 * Groups of people or bodies as one option: "Ann Lee and Bo Tran" for a decision on both or an act
 * both did, and wrong groups of the same size made of others of the article. Pure.
 */
import type { PersonFact } from '../schema'
import { optionName } from './option-kinds'
import { listAnd } from './text'

/** A group as an option: its members' option names in the article's order ("A, B and C"). */
export function groupName(group: PersonFact[]): string {
  return listAnd(group.map(optionName))
}

/**
 * The wrong groups: groups of the same size made of other people of the article only, each person in
 * at most two, none holding a keyed person (a group with one right name would be half right; the same
 * rule as joint-acts.ts wrongPairs). Three groups from enough people; fewer when there are fewer.
 */
export function wrongGroups(keyed: PersonFact[], others: PersonFact[]): PersonFact[][] {
  const n = keyed.length
  // the first six others at most: enough for three groups, and the combinations stay few
  const pool = others.filter((p) => !keyed.includes(p)).slice(0, 6)
  const out: PersonFact[][] = []
  const used = new Map<PersonFact, number>()
  const pick = (from: number, group: PersonFact[]): void => {
    if (out.length >= 3) return
    if (group.length === n) {
      if (group.some((p) => (used.get(p) ?? 0) >= 2)) return
      for (const p of group) used.set(p, (used.get(p) ?? 0) + 1)
      out.push([...group].sort((a, b) => a.start - b.start))
      return
    }
    for (let i = from; i < pool.length; i++) {
      const p = pool[i]
      if (p !== undefined) pick(i + 1, [...group, p])
    }
  }
  pick(0, [])
  return out
}
