/**
 * "True or false: According to the article, the Clean Harbors Act would extend the grant programme by
 * five years" — what a bill does, true as the article says it, or false with the verb that means the
 * opposite ("shorten"), which keeps the sentence's grammar and makes a believable mistake.
 */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { billPurposes, OPPOSITE } from '../frames/bill'
import { fnv1a } from '../random'
import { hasBackReference } from '../references'

export function billPurposeCandidates(ctx: Context, seed: string): Candidate[] {
  const out: Candidate[] = []
  for (const b of billPurposes(ctx)) {
    const opposite = OPPOSITE[b.verb]
    if (!opposite) continue
    // "would raise that cap": the object is in an earlier sentence
    if (hasBackReference(b.rest) || /^(?:that|those)\s/i.test(b.rest)) continue
    const say = (verb: string) =>
      `According to the article, ${b.bill} ${b.modal ? `${b.modal} ` : ''}${verb} ${b.rest}`
    const evidence = evidenceAt(ctx, b.evidence.start, b.evidence.end)
    const factKey = `bill-purpose:${b.evidence.start}:${b.verb}`
    const preferred = fnv1a(`${seed}|tf|${factKey}`) % 2 === 0
    for (const truth of [true, false])
      out.push({
        type: 'true-false',
        factKey,
        prompt: `True or false: ${say(truth ? b.verb : opposite)}`,
        answer: truth ? 'True' : 'False',
        distractors: [truth ? 'False' : 'True'],
        explanation: () =>
          truth
            ? `True. The article says: ${quoteEvidence(evidence)}`
            : `False: it ${b.modal ? `${b.modal} ` : ''}${b.verb} ${b.rest}, not ${opposite}. ${quoteEvidence(evidence)}`,
        evidence,
        forbidden: [],
        support: [[b.rest.split(' ').slice(0, 4).join(' ')]],
        // what a bill does is what a teacher asks first
        score: 3.3 + (truth === preferred ? 0.05 : 0),
      })
  }
  return out
}
