/**
 * An election's outcome (frames/election.ts): "Who won 365 of the 650 seats?" with the other
 * parties the article names as wrong options, and the count as a blank whose wrong values stay inside
 * the whole and on the winner's side of a majority ("short of a majority" in a 650-seat body keeps
 * every option under 326; a majority keeps every option above it).
 */
import type { Evidence, PersonFact } from '../../schema'
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { type ElectionResult, electionResults } from '../frames/election'
import { articleSentences } from '../frames/sentences'
import { anySameEntity, distinctOptions, optionName } from '../option-kinds'
import { goodOption } from '../people'
import { capitalize, containsPhrase, squash } from '../text'
import { numberKey } from './number'
import { quotedSpeakers } from './who-said'

const BLANK = '_____'
/** A name that is a party or an electoral camp. */
const PARTY =
  /\b(?:Party|Alliance|Front|League|Movement|Coalition|Democrats|Republicans|Conservatives|Liberals|Greens|Union|Bloc|camp)\b/
/** Uneven factors for a wrong count: never a half or a double a student spots. */
const FACTORS = [0.82, 1.17, 0.66, 1.31, 0.74, 1.24, 0.58]

/** Wrong counts for a result: inside the whole, on the winner's side of a majority, written like the count. */
export function wrongResultCounts(r: ElectionResult): string[] | null {
  const percent = /%|percent/.test(r.count)
  const whole = percent ? 100 : r.total
  const half = whole !== null ? whole / 2 : null
  const out: string[] = []
  for (const f of FACTORS) {
    let v = Math.round(r.value * f)
    if (v <= 0 || v === r.value) continue
    if (whole !== null && v >= whole) continue
    if (half !== null && r.majority === true && v <= half) continue
    if (half !== null && r.majority === false && v >= half) continue
    if (!percent && r.value >= 1000) v = Math.round(v / 100) * 100
    const text = percent
      ? r.count.replace(/^[\d.,]+/, String(v))
      : /,/.test(r.count) || v >= 10_000
        ? v.toLocaleString('en-US')
        : String(v)
    if (text !== r.count && !out.includes(text)) out.push(text)
    if (out.length === 3) return out
  }
  return null
}

function whoWon(ctx: Context, r: ElectionResult, winner: PersonFact, speakers: Set<string>): Candidate[] {
  const party = winner.kind === 'organization' && PARTY.test(winner.name)
  const names = ctx.people.namesOf(winner)
  const pool = ctx.people.people
    .filter((p) => p !== winner && p.kind === winner.kind)
    .filter((p) => (party ? PARTY.test(p.name) : goodOption(ctx.people, p, speakers, ctx.article)))
    .filter((p) => !anySameEntity(ctx.people.namesOf(p), names, ctx.cache))
  const wrong = distinctOptions(winner, pool, 3, ctx.cache).map(optionName)
  const evidence = evidenceAt(ctx, r.evidence.start, r.evidence.end)
  const answer = optionName(winner)
  if (wrong.length < 2) return party ? winnerStatements(ctx, r, winner, pool, evidence) : []
  return [
    {
      type: 'who-did',
      factKey: `election-winner:${r.start}`,
      // "Who won …", never "Which party won …": a party's name holds the word, which would point at it
      prompt: `Who ${squash(r.act)}?`,
      answer,
      distractors: wrong,
      explanation: () => `${answer} ${squash(r.act)}: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: names,
      support: [names],
      score: 3.4,
    },
  ]
}

/**
 * Who won, when the article names only one other party (two camps, a two-party race): "True or false:
 * the Green Alliance won over 80% of the 452 seats", the false statement giving the result to the other
 * party (issue 11m: "who won" was unasked, as a choice needs two wrong parties). A party named in the
 * result's own sentence (a partner, "with the Unity Party") is never the false one.
 */
function winnerStatements(
  ctx: Context,
  r: ElectionResult,
  winner: PersonFact,
  pool: PersonFact[],
  evidence: Evidence,
): Candidate[] {
  const other = pool.find(
    (p) => !ctx.people.namesOf(p).some((n) => containsPhrase(r.evidence.text, n, ctx.cache)),
  )
  if (pool.length !== 1 || !other) return []
  const act = squash(r.act)
  const say = (p: PersonFact) => capitalize(`${/^the\s/i.test(p.name) ? '' : 'the '}${optionName(p)} ${act}`)
  const factKey = `election-winner:${r.start}`
  return [true, false].map((truth) => ({
    type: 'true-false' as const,
    factKey,
    prompt: `True or false: ${say(truth ? winner : other)}`,
    answer: truth ? 'True' : 'False',
    distractors: [truth ? 'False' : 'True'],
    explanation: () =>
      truth
        ? `True. The article says: ${quoteEvidence(evidence)}`
        : `False: ${optionName(winner)} ${act}, not ${optionName(other)}. ${quoteEvidence(evidence)}`,
    evidence,
    forbidden: [],
    support: [ctx.people.namesOf(winner)],
    score: 3.3 + (truth ? 0.05 : 0),
  }))
}

function resultCount(ctx: Context, r: ElectionResult): Candidate | null {
  // a count out of a whole the sentence gives ("365 of the 650 seats"); any other count is the number
  // blank's (questions/number.ts), which reads bounds the article states elsewhere
  if (r.total === null) return null
  const s = r.evidence
  const rel = r.start - s.start
  const cloze = squash(`${s.text.slice(0, rel)}${BLANK}${s.text.slice(rel + r.count.length)}`)
  if (cloze.split(' ').length > 45) return null
  const wrong = wrongResultCounts(r)
  if (!wrong) return null
  const evidence = evidenceAt(ctx, s.start, s.end)
  return {
    type: 'number',
    factKey: `election:${r.start}`,
    prompt: `Fill in the blank from the article: “${cloze}”`,
    answer: r.count,
    distractors: wrong,
    explanation: () => `The article gives the result as ${r.count}: ${quoteEvidence(evidence)}`,
    evidence,
    forbidden: [],
    support: [[r.count]],
    score: 3.3,
  }
}

/**
 * "Turnout was 71%", "turnout stood at 64.5 percent, up from 47%": an election's turnout, read outside
 * quotations. Group 1 is the share, 2 its sign ("%" or " percent").
 */
const TURNOUT =
  /\b[Tt]urnout\s+(?:was|is|stood\s+at|reached|hit|rose\s+to|fell\s+to|of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+(?:over|under)\s+)?(\d{1,2}(?:\.\d)?)(\s?%|\s+percent)/g

/**
 * An election's turnout as a choice among shares (issue 11m: "turnout was 71%" was unasked): "What was
 * the turnout, according to the article?" for the article's first stated turnout, the wrong shares
 * inside 0–100, on the stated side of an earlier figure ("up from 47%" keeps every option above 47),
 * and none the sentence states. The same fact as the figure's own blank (questions/number.ts).
 */
function turnoutQuestion(ctx: Context): Candidate | null {
  for (const s of articleSentences(ctx)) {
    if (!/turnout/i.test(s.text)) continue
    for (const m of s.text.matchAll(TURNOUT)) {
      const at = m.index ?? 0
      if ((s.text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1) continue
      const value = Number(m[1])
      const sign = m[2] ?? '%'
      const after = s.text.slice(at + m[0].length)
      const from = /^\s*,?\s*(up|down)\s+from\s+(\d{1,2}(?:\.\d)?)/.exec(after)
      const stated = new Set((s.text.match(/\d{1,2}(?:\.\d)?(?=\s?%|\s+percent)/g) ?? []).map(Number))
      const wrong: string[] = []
      for (const f of FACTORS) {
        const v = Math.round(value * f)
        if (v <= 0 || v >= 100 || v === value || stated.has(v)) continue
        if (from?.[1] === 'up' && v <= Number(from[2])) continue
        if (from?.[1] === 'down' && v >= Number(from[2])) continue
        const text = `${v}${sign}`
        if (!wrong.includes(text)) wrong.push(text)
        if (wrong.length === 3) break
      }
      if (wrong.length < 2) continue
      const answer = `${m[1]}${sign}`
      const valueAt = s.start + at + m[0].length - answer.length
      const fact = ctx.facts.numbers.find((n) => n.start <= valueAt && valueAt < n.end)
      const evidence = evidenceAt(ctx, s.start, s.end)
      return {
        type: 'number',
        factKey: fact ? numberKey(fact) : `turnout:${valueAt}`,
        prompt: 'What was the turnout, according to the article?',
        answer,
        distractors: wrong,
        explanation: () => `The article gives the turnout as ${answer}: ${quoteEvidence(evidence)}`,
        evidence,
        forbidden: [],
        support: [[answer]],
        score: 3.1,
      }
    }
  }
  return null
}

export function electionCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  const speakers = quotedSpeakers(ctx)
  for (const r of electionResults(ctx)) {
    // "Which party won 203 seats?" says nothing without the whole: only a result out of a total
    // (or a share) names the winner of the election
    const whole = r.total !== null || /%|percent/.test(r.count)
    if (r.winner && whole) out.push(...whoWon(ctx, r, r.winner, speakers))
    const count = resultCount(ctx, r)
    if (count) out.push(count)
  }
  const turnout = turnoutQuestion(ctx)
  if (turnout) out.push(turnout)
  return out
}
