/**
 * "Fill in the blank: the Senate needs a _____ majority to convict." — the majority a rule sets
 * (frames/thresholds.ts), the other kinds of majority as the wrong options. Asked once per kind.
 */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { MAJORITIES, thresholds } from '../frames/thresholds'
import { capitalize } from '../text'

/** The shares of a body a rule may set ("_____ of the states"), as the wrong options of a share. */
const SHARES = ['one-half', 'three-fifths', 'two-thirds', 'three-quarters'] as const

/** A rule's threshold ranks with the civic frames, above any figure. */
const WEIGHT = 3.1

export function thresholdCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  const asked = new Set<string>()
  for (const t of thresholds(ctx)) {
    if (asked.has(t.kind)) continue
    asked.add(t.kind)
    const evidence = evidenceAt(ctx, t.evidence.start, t.evidence.end)
    const at = t.start - t.evidence.start
    const sentence = t.evidence.text
    const blanked = `${sentence.slice(0, at)}_____${sentence.slice(at + t.text.length)}`.trim()
    // a short sentence is asked whole: a long one would lose the rule's subject when cut
    if (blanked.length > 220) continue
    out.push({
      type: 'number',
      factKey: `threshold:${t.kind}`,
      prompt: `Fill in the blank from the article: “${blanked}”`,
      answer: t.text,
      distractors:
        t.form === 'share'
          ? // a share the same rule sets for another body ("… and three-quarters of the states") is
            // in the prompt already: offered too, it reads as a second right answer
            // written as the answer is: "Two-thirds" at the head of a sentence takes "Three-fifths"
            SHARES.filter((k) => k !== t.kind && !blanked.toLowerCase().includes(k)).map((k) =>
              /^\p{Lu}/u.test(t.text) ? capitalize(k) : k,
            )
          : MAJORITIES.filter((k) => k !== t.kind).map((k) => k),
      explanation: () =>
        t.form === 'share'
          ? `The article says ${t.text}: ${quoteEvidence(evidence)}`
          : `The article says a ${t.text} majority: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: [],
      support: [[t.text]],
      score: WEIGHT,
    })
  }
  return out
}
