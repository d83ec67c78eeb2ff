/**
 * The threshold frame: the majority a rule needs — "the Senate needs a two-thirds majority to convict",
 * "a three-fifths vote is required to end debate", "passed by a simple majority". A civics teacher asks
 * the rule before any count. Read from the article's sentences as written.
 */
import type { Evidence } from '../../schema'
import { type Context, remember } from '../context'
import { articleSentences } from './sentences'

/** The kinds of majority a rule may set, as articles write them. */
export const MAJORITIES = ['simple', 'two-thirds', 'three-fifths', 'three-quarters'] as const

export interface Threshold {
  /** The majority as the article writes it ("two-thirds"). */
  text: string
  /** Which of MAJORITIES it is. */
  kind: (typeof MAJORITIES)[number]
  /** Offset of `text` in the article. */
  start: number
  /** "majority": "a two-thirds majority"; "share": "two-thirds of Congress" (a share of a body). */
  form: 'majority' | 'share'
  evidence: Evidence
}

/**
 * A rule that sets a share of a body rather than "a … majority" (issue 11m): "ratification requires
 * two-thirds of Congress and three-quarters of the states", "a veto is overridden by two-thirds of
 * both houses", "three-fifths of the senators". The share is asked among the other shares a rule may
 * set (questions/threshold.ts SHARES).
 */
const SHARE =
  /\b(two-thirds|three-fifths|three-quarters)\s+of\s+(?:the\s+|both\s+|all\s+)?(?:(?:members|votes|seats)\s+(?:of|in)\s+(?:the\s+|both\s+)?)?(?:Congress|House|Senate|states|legislatures?|parliament|chambers|houses|assembly|council|voters|members|lawmakers|senators|representatives|delegates|vote)\b/gi

/** "a two-thirds majority", "a three-fifths vote", "a simple majority": written in words, as the options are. */
const THRESHOLD = /\b(simple|two-thirds|three-fifths|three-quarters)\s+(?:majority|vote|supermajority)\b/gi

function kindOf(text: string): Threshold['kind'] | null {
  const t = text.toLowerCase()
  return MAJORITIES.find((k) => k === t) ?? null
}

/** Every stated threshold of the article's sentences (outside quotations), once per generation. */
export function thresholds(ctx: Context): Threshold[] {
  return remember(ctx, 'frames:thresholds', () => {
    const out: Threshold[] = []
    for (const s of articleSentences(ctx)) {
      if (!/majority|vote|thirds|fifths|quarters/i.test(s.text)) continue
      for (const m of s.text.matchAll(THRESHOLD)) {
        const text = m[1] ?? ''
        const kind = kindOf(text)
        const at = m.index ?? 0
        // quoted words are someone's speech; a rule is read from the article's own report
        if ((s.text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1) continue
        if (kind) out.push({ text, kind, start: s.start + at, form: 'majority', evidence: s })
      }
      for (const m of s.text.matchAll(SHARE)) {
        const text = m[1] ?? ''
        const kind = kindOf(text)
        const at = m.index ?? 0
        if ((s.text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1) continue
        // "a two-thirds majority of the Senate" is read once, as a majority
        if (out.some((t) => t.start === s.start + at)) continue
        if (kind) out.push({ text, kind, start: s.start + at, form: 'share', evidence: s })
      }
    }
    return out
  })
}
