import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { type GroupDecision, groupDecisions } from '../frames/group-decision'
import { voteCounts } from '../frames/votes'
import { groupName, wrongGroups } from '../groups'
import { anySameEntity } from '../option-kinds'
import { goodOption, nameWords } from '../people'
import { hasBackReference } from '../references'
import { containsPhrase } from '../text'
import { voteCountQuestion } from './vote'
import { neutral } from './who-did'
import { quotedSpeakers } from './who-said'

/** Groups of two or three (an option naming four or more is too long to read). */
const COUNT_WORD = ['', '', 'two', 'three']

/** A decision a teacher asks first: above a "who said", with the other civic frames. */
const WEIGHT = 3.5

function prompt(d: GroupDecision): string | null {
  const act = d.voted ? `vote to ${d.act}` : d.act
  const what = d.what ? ` ${d.what}` : ''
  // "Which two people were sentenced to life in prison?"
  if (d.passive) {
    const count = COUNT_WORD[d.people.length]
    return count ? `Which ${count} people ${d.reported}${what}?` : null
  }
  // one person a decider without a name decided on: "Whom did a court in Eastburg sentence …?"
  if (d.people.length === 1) return `Whom did ${d.body} ${act}${what}?`
  const count = COUNT_WORD[d.people.length]
  if (!count) return null
  return `Which ${count} people did ${d.body} ${act}${what}?`
}

export function groupDecisionCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  const speakers = quotedSpeakers(ctx)
  for (const d of groupDecisions(ctx)) {
    const asked = prompt(d)
    if (asked === null || hasBackReference(d.what)) continue
    const text = neutral(asked)
    if (text === null) continue
    const keyedNames = d.people.flatMap((p) => ctx.people.namesOf(p))
    const others = ctx.people.people
      .filter((p) => p.kind === 'person' && !d.people.includes(p))
      .filter((p) => !anySameEntity(ctx.people.namesOf(p), keyedNames, ctx.cache))
      // someone the prompt names (the judge who sentenced them) is ruled out by it
      .filter((p) => !ctx.people.namesOf(p).some((n) => containsPhrase(text, n, ctx.cache)))
      .filter((p) => goodOption(ctx.people, p, speakers, ctx.article))
      .sort((a, b) => Number(!!b.role) - Number(!!a.role) || a.start - b.start)
    const wrong =
      d.people.length === 1
        ? others.slice(0, 3).map((p) => groupName([p]))
        : wrongGroups(d.people, others).map(groupName)
    if (wrong.length < 2) continue
    const answer = groupName(d.people)
    const evidence = evidenceAt(ctx, d.evidence.start, d.evidence.end)
    out.push({
      type: 'who-did',
      factKey: `group:${d.evidence.start}`,
      prompt: text,
      answer,
      distractors: wrong,
      explanation: () =>
        `The article says ${d.body} ${d.reported} ${answer}${d.what ? ` ${d.what}` : ''}: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: keyedNames.flatMap((n) => nameWords(n, ctx.cache)),
      support: d.people.map((p) => ctx.people.namesOf(p)),
      score: WEIGHT,
    })
    const vote = voteQuestion(ctx, d)
    if (vote) out.push(vote)
  }
  return out
}

/**
 * The count of a body's vote on a group of people, asked without naming them: "By what vote did the
 * House decide to hold two people in contempt of Congress?" (the sentence's own blank would name the
 * people, giving the group's question away). The same fact as the sentence's vote blank
 * (questions/vote.ts), so a quiz asks one of them; wrong counts keep the votes cast and the winning side.
 */
function voteQuestion(ctx: Context, d: GroupDecision): Candidate | null {
  if (!d.voted) return null
  const v = voteCounts(ctx).find((x) => x.evidence.start === d.evidence.start)
  if (!v) return null
  const count = COUNT_WORD[d.people.length] ?? ''
  const what = d.what ? ` ${d.what}` : ''
  return voteCountQuestion(
    ctx,
    v,
    `By what vote did ${d.body} decide to ${d.act} ${count} people${what}?`,
    evidenceAt(ctx, d.evidence.start, d.evidence.end),
    // above the sentence's own blank of the vote (3.5), which names the people and so gives the
    // group's question away
    3.6,
  )
}
