/**
 * "By what vote …?" as a blank in the article's sentence: "H.R. 12 passed the House by a vote of
 * _____." The count of a vote is a core civic fact (who was elected, impeached, held in contempt, and
 * by how many); the wrong counts keep the votes cast and the winning side (frames/votes.ts).
 */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { voteCounts, wrongCounts } from '../frames/votes'
import { insideQuote, squash } from '../text'
import { attributionOf, balanceQuotes } from './number'
import { clearStatement } from './true-false'

const BLANK = '_____'

export function voteCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  for (const v of voteCounts(ctx)) {
    const s = v.evidence
    const rel = v.start - s.start
    if (insideQuote(s.text, rel)) continue
    const sentence = squash(s.text)
    // "The legislation passed by 243-186" of several bills: which legislation?
    if (!clearStatement(ctx, sentence)) continue
    const cloze = balanceQuotes(squash(`${s.text.slice(0, rel)}${BLANK}${s.text.slice(rel + v.text.length)}`))
    if (cloze.split(' ').length > 45) continue
    const others = new Set(voteCounts(ctx).flatMap((o) => (o === v ? [] : o.sides)))
    const wrong = wrongCounts(v, 3, others)
    if (!wrong) continue
    const credit = attributionOf(s.text)
    const lead =
      credit && !cloze.includes(credit)
        ? `According to ${credit}, as the article reports: fill in the blank.`
        : 'Fill in the blank from the article:'
    const evidence = evidenceAt(ctx, s.start, s.end)
    out.push({
      type: 'number',
      factKey: `vote:${v.start}`,
      prompt: `${lead} “${cloze}”`,
      answer: v.text,
      distractors: wrong,
      explanation: () => `The article gives the vote as ${v.text}: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: [],
      support: [[v.text]],
      // the count of a vote is what a civics teacher asks first
      score: 3.5,
    })
  }
  return out
}
