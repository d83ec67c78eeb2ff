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
  const pool = others.filter((p) => !keyed.includes(p))
  const out: PersonFact[][] = []
  const used = new Map<PersonFact, number>()
  const seen = new Set<string>()
  // groups of n taken in turn from the pool, shifted by one each time, so each person is in few
  for (let start = 0; start < pool.length && out.length < 3; start++) {
    const group: PersonFact[] = []
    for (let k = 0; k < pool.length && group.length < n; k++) {
      const p = pool[(start * n + k) % pool.length]
      if (p !== undefined && !group.includes(p) && (used.get(p) ?? 0) < 2) group.push(p)
    }
    if (group.length < n) break
    group.sort((a, b) => a.start - b.start)
    const key = group.map(optionName).join('|')
    if (seen.has(key)) continue
    seen.add(key)
    for (const p of group) used.set(p, (used.get(p) ?? 0) + 1)
    out.push(group)
  }
  return out
}
