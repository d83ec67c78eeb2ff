/**
 * "True or false: According to the article, the Clean Harbors Act was referred to the House Committee
 * on Transportation" — where a bill stands (frames/bill-status.ts); the false statement names a stage
 * the article rules out ("has already been signed into law" for a bill just referred to committee,
 * "was rejected by the Senate" for one the Senate passed).
 */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { billStatuses } from '../frames/bill-status'
import { fnv1a } from '../random'

export function billStatusCandidates(ctx: Context, seed: string): Candidate[] {
  const out: Candidate[] = []
  for (const b of billStatuses(ctx)) {
    const evidence = evidenceAt(ctx, b.evidence.start, b.evidence.end)
    const factKey = `bill-status:${b.evidence.start}`
    const preferred = fnv1a(`${seed}|tf|${factKey}`) % 2 === 0
    for (const truth of [true, false])
      out.push({
        type: 'true-false',
        factKey,
        prompt: `True or false: According to the article, ${b.bill} ${truth ? b.stage : b.falseStage}`,
        answer: truth ? 'True' : 'False',
        distractors: [truth ? 'False' : 'True'],
        explanation: () =>
          truth
            ? `True. The article says: ${quoteEvidence(evidence)}`
            : `False: ${b.bill} ${b.stage}. ${quoteEvidence(evidence)}`,
        evidence,
        forbidden: [],
        support: [[b.stage.split(' ').slice(-3).join(' ')]],
        // where a bill stands is asked with what it does
        score: 3.2 + (truth === preferred ? 0.05 : 0),
      })
  }
  return out
}
