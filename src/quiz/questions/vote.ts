/**
 * "By what vote …?" as a blank in the article's sentence: "H.R. 12 passed the House by a vote of
 * _____." The count of a vote is a core civic fact (who was elected, impeached, held in contempt, and
 * by how many); the wrong counts keep the votes cast and the winning side (frames/votes.ts).
 */
import type { Evidence } from '../../schema'
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { type VoteCount, voteCounts, wrongCounts } from '../frames/votes'
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
    const credit = attributionOf(s.text)
    const lead =
      credit && !cloze.includes(credit)
        ? `According to ${credit}, as the article reports: fill in the blank.`
        : 'Fill in the blank from the article:'
    // the count of a vote is what a civics teacher asks first
    const question = voteCountQuestion(ctx, v, `${lead} “${cloze}”`, evidenceAt(ctx, s.start, s.end), 3.5)
    if (question) out.push(question)
  }
  return out
}

/**
 * A number question keyed to a vote's count (one fact per vote: `vote:START`), with wrong counts that
 * keep the votes cast and the winning side, and never another vote's sides in the article; null when
 * three such counts cannot be made. Both the sentence's blank and a group decision's "By what vote …?"
 * (questions/group-decision.ts) ask it.
 */
export function voteCountQuestion(
  ctx: Context,
  v: VoteCount,
  prompt: string,
  evidence: Evidence,
  score: number,
): Candidate | null {
  const votes = voteCounts(ctx)
  const wrong = wrongCounts(v, 3, new Set(votes.flatMap((o) => (o === v ? [] : o.sides))))
  if (!wrong) return null
  return {
    type: 'number',
    factKey: `vote:${v.start}`,
    prompt,
    answer: v.text,
    distractors: wrong,
    explanation: () => `The article gives the vote as ${v.text}: ${quoteEvidence(evidence)}`,
    evidence,
    forbidden: [],
    support: [[v.text]],
    score,
  }
}
