/** "Which state does Jane Roe represent?" from a party-state tag ("Rep. Jane Roe (D-OR)"). */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { delegates, STATES } from '../frames/delegation'
import { MINOR_SCORE, namedAsCosponsor } from '../minor-details'
import { optionName } from '../option-kinds'
import { fnv1a } from '../random'
import { quotedSpeakers } from './who-said'

export function delegationCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  const all = delegates(ctx)
  const named = [...new Set(all.map((d) => d.state))]
  const names = Object.values(STATES)
  // the home states of a list of cosponsors are minor details: when a sentence tags three or more
  // delegates ("Rep. Ann Lee (D-OR), joined by Rep. Bo Tran (R-TX), Rep. … and …"), only the first
  // named (the lead sponsor) is asked and the others never are; a pair ("A and B introduced") are
  // both sponsors, and both may be asked
  const perSentence = new Map<number, number>()
  for (const d of all) perSentence.set(d.evidence.start, (perSentence.get(d.evidence.start) ?? 0) + 1)
  const firstOfSentence = new Set<number>()
  const leadDelegate = [...all].sort((a, b) => a.evidence.start - b.evidence.start)[0]
  const speakers = quotedSpeakers(ctx)
  for (const d of all) {
    // wrong states: the article's other delegations first, then states picked by the name's hash
    const wrong = named.filter((s) => s !== d.state)
    for (let k = 0; wrong.length < 3 && k < names.length; k++) {
      const s = names[(fnv1a(`${d.person.name}|${k}`) + k) % names.length] ?? ''
      if (s && s !== d.state && !wrong.includes(s)) wrong.push(s)
    }
    const first = !firstOfSentence.has(d.evidence.start)
    firstOfSentence.add(d.evidence.start)
    if (!first && (perSentence.get(d.evidence.start) ?? 0) > 2) continue
    // a cosponsor listed one to a line or a sentence is as minor: beyond the sentence that names the
    // lead sponsors first, only a delegate the article quotes is asked
    if (d.evidence.start !== leadDelegate?.evidence.start && !speakers.has(d.person.name)) continue
    const who = optionName(d.person)
    const evidence = evidenceAt(ctx, d.evidence.start, d.evidence.end)
    out.push({
      type: 'role',
      factKey: `state:${d.person.name}`,
      prompt: `Which state does ${who} represent, according to the article?`,
      answer: d.state,
      distractors: wrong.slice(0, 3),
      explanation: () =>
        `The article tags ${who} as ${d.party ? `a ${d.party} from` : 'representing'} ${d.state}: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: [d.state],
      support: [ctx.people.namesOf(d.person)],
      // one of a bill's cosponsors ("cosponsored by Rep. Bo Tran (R-TX)"): a minor detail
      score: namedAsCosponsor(d.evidence.text, ctx.people.namesOf(d.person)) ? MINOR_SCORE : 2.7,
    })
  }
  return out
}
