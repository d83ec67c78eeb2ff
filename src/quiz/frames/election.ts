/**
 * The election-result frame: who won and by how much — "The Harbor Party won 365 of the 650 seats",
 * "the Civic Alliance won 41 seats in the 120-seat assembly, short of a majority", "pro-reform
 * candidates took control of 17 of the 18 councils", "Ana Ruiz won 58% of the vote". Read from the
 * article's sentences outside quotations. A civics teacher asks an election's outcome and its count
 * before anything said about it.
 */
import type { Evidence, PersonFact } from '../../schema'
import { type Context, remember } from '../context'
import { articleSentences } from './sentences'

export interface ElectionResult {
  /** The winner as a party, a person or a camp the reader found ("Harbor Party"), or null. */
  winner: PersonFact | null
  /** The count as the article writes it ("365", "58%"). */
  count: string
  /** Its value. */
  value: number
  /** Offset of `count` in the article. */
  start: number
  /** What is counted ("seats", "councils", "the vote"). */
  unit: string
  /** The whole it is counted out of (650 seats), when the sentence gives it. */
  total: number | null
  /** True when the sentence says a majority was won; false for "short of a majority"; null unknown. */
  majority: boolean | null
  /** The act as written after the winner ("won 365 of the 650 seats"). */
  act: string
  evidence: Evidence
}

/**
 * "won 365 of the 650 seats", "won 41 seats in the 120-seat assembly", "took control of 17 of the 18
 * councils", "won 58% of the vote", "won over 80% of the 452 seats". Groups: verb phrase, count (with
 * a percent sign or word), total (either form), unit.
 */
const RESULT =
  /\b((?:won|wins|win|took|secured|captured|gained|took control of|won control of)\s+(?:(?:over|more than|nearly|about|almost|just)\s+)?)(\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?%|\s+percent)?)\s+(?:(?:of|out of)\s+(?:the\s+|its\s+)?(\d{1,3}(?:,\d{3})*)\s+)?(seats|councils|districts|constituencies|states|wards|electoral votes|votes|of the (?:popular )?vote|of the seats)\b(?:\s+in\s+the\s+(\d{1,3}(?:,\d{3})*)-(?:seat|member)(?:\s+\p{Ll}[\p{L}-]*)?)?/giu

function toNumber(text: string): number {
  return Number(text.replace(/[,%\s]|percent/g, ''))
}

/** Election results of the article's sentences, once per generation. */
export function electionResults(ctx: Context): ElectionResult[] {
  return remember(ctx, 'frames:election', () => {
    const out: ElectionResult[] = []
    const parties = ctx.people.people.filter((p) => p.kind === 'person' || p.kind === 'organization')
    for (const s of articleSentences(ctx)) {
      if (!/\b(?:won|wins|win|took|secured|captured|gained)\b/.test(s.text)) continue
      for (const m of s.text.matchAll(RESULT)) {
        const at = m.index ?? 0
        // quoted words are someone's speech, not the article's report of the result
        if ((s.text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1) continue
        const count = (m[2] ?? '').trim()
        const countAt = s.text.indexOf(count, at)
        const value = toNumber(count)
        const total = m[3] ? toNumber(m[3]) : m[5] ? toNumber(m[5]) : null
        if (total !== null && value >= total) continue
        if (/%|percent/.test(count) && value > 100) continue
        const rest = s.text.slice(at)
        const majority = /\bshort of (?:a|an|the)\b[^.]{0,30}\bmajority\b/i.test(rest)
          ? false
          : /\b(?:a|an|its|their|the)\s+(?:\w+\s+)?majority\b/i.test(s.text) &&
              !/\bno\b[^.]{0,20}majority/i.test(s.text)
            ? true
            : null
        // the winner: the party or person named nearest before the verb, in the same clause
        const before = s.text.slice(0, at)
        const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(', and') + 1, 0))
        let winner: { p: PersonFact; end: number } | null = null
        for (const p of parties)
          for (const n of ctx.people.namesOf(p)) {
            const i = clause.lastIndexOf(n)
            if (i < 0) continue
            if (!winner || i + n.length > winner.end) winner = { p, end: i + n.length }
          }
        const act = (m[0] ?? '').trim()
        out.push({
          winner:
            winner && /^\s*(?:\([^()]*\)\s*)?(?:has\s+|have\s+|had\s+)?$/.test(clause.slice(winner.end))
              ? winner.p
              : null,
          count,
          value,
          start: s.start + countAt,
          unit: (m[4] ?? '').toLowerCase(),
          total,
          majority,
          act,
          evidence: s,
        })
      }
    }
    return out
  })
}
