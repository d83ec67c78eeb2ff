/**
 * "Who introduced the Clean Harbors Act?", "Who ruled that the suspension was unlawful?", "Who will
 * pay $2 million for …?" — the actor of a civic frame (frames/actors.ts), with other people or
 * organisations of the article that act or speak in it as the wrong options.
 */
import type { PersonFact } from '../../schema'
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence, remember } from '../context'
import { actorFrames } from '../frames/actors'
import { doneByAnother, jointActors } from '../frames/joint'
import { articleSentences } from '../frames/sentences'
import { pair, sameActVerbs, wrongPairs } from '../joint-acts'
import { anySameEntity, bodyWord, distinctOptions, optionName } from '../option-kinds'
import { nameWords } from '../people'
import { hasBackReference } from '../references'
import { containsPhrase, contentWords, escapeRegExp } from '../text'
import { fitOptions, quotedSpeakers } from './who-said'

/** Frames a teacher asks first: what a bill is and who brought it, what was decided, who pays. */
const WEIGHT = { bill: 3.6, decision: 3.5, money: 3.4, vote: 3.2 } as const

/**
 * A who-question's words without a gendered pronoun: "Who resigned his seat?" gives the answer away
 * when one option is the only man, so "his" (and a possessive "her") becomes "their"; a prompt that still says "she", "him" or
 * "her" (whose form cannot be made neutral safely) is null and dropped.
 */
export function neutral(what: string): string | null {
  const out = what
    .replace(/\bhis\b/g, 'their')
    .replace(/\bHis\b/g, 'Their')
    // "her government" (a possessive before its noun), never "her to" or "told her that" (an object)
    .replace(
      /\bher(?= (?!(?:to|that|the|a|an|and|or|in|on|at|with|for|from|of|as|by|about|into|after|before|up|down|out|off|over|back|away|again|if|whether|not)\b)\p{Ll})/gu,
      'their',
    )
  return /\b(?:he|she|him|her|hers|himself|herself)\b/i.test(out.replace(/“[^”]*”|"[^"]*"/g, '""'))
    ? null
    : out
}

/** Office words too common to point at one person ("member", "leader"). */
const COMMON_OFFICE =
  /^(?:member|members|leader|official|officials|head|chief|former|state|national|public)$/i

/**
 * True when the prompt names the answer's own title ("Who appointed Secretary of State … as envoy?"
 * when the answer is the Secretary of State): every telling word of the answer's role in the prompt
 * points at the answer among the options.
 */
export function titleGivesAway(role: string | null, what: string): boolean {
  if (!role) return false
  const telling = contentWords(role).filter((w) => w.length > 3 && !COMMON_OFFICE.test(w))
  if (telling.length === 0) return false
  const mine = new Set(contentWords(what))
  return telling.every((w) => mine.has(w))
}

export function whoDidCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  const frames = actorFrames(ctx)
  const speakers = quotedSpeakers(ctx)
  for (const f of frames) {
    const names = [...ctx.people.namesOf(f.actor)]
    const everyone = [...f.coActors, f.actor].flatMap((p) => ctx.people.namesOf(p))
    if (everyone.some((n) => containsPhrase(f.what, n, ctx.cache))) continue
    // anyone who did the same act elsewhere could be a second right answer: an act of the same kind
    // with the same verb, or on the same thing (a word of its object: "halted the order" beside
    // "stayed the order"); an act of another verb on another thing ("the union sued the port" beside
    // "the office suspended the permit") rules no one out, so its actor stays a fair wrong option
    const objectWords = new Set(contentWords(f.what, ctx.cache).filter((w) => w.length > 3))
    const sameKind = frames
      .filter(
        (o) =>
          o.kind === f.kind &&
          o !== f &&
          (o.verb === f.verb || contentWords(o.what, ctx.cache).some((w) => objectWords.has(w))),
      )
      .map((o) => o.actor)
    // anyone named in another sentence with the same verb ("Both he and Commissioner Mold urged …"),
    // even where no frame was read, may have done the act too (or one naming the same act: someone
    // sentenced was convicted)
    for (const v of sameActVerbs(f.verb)) sameKind.push(...sameVerbPeople(ctx, v, f.evidence.start))
    // "Who was convicted of fraud?" when the article says another was convicted of fraud too: two
    // right answers, one of them not shown, so the question is not asked (joint-acts.ts)
    if (doneByAnother(ctx, f)) continue
    // a court, legislature or government keyed: other such bodies the article names are fair wrong
    // options though they only are mentioned (bodies of that kind, the key's own kind first)
    const body = f.actor.kind === 'person' ? null : bodyWord(f.actor.name)
    // only people who may share a name with them, or whom the prompt may name, need those tests
    const maySame = ctx.people.maySameAs(everyone)
    const mayBeNamed = ctx.people.mayBeNamedSet(f.what)
    const taken = new Set(sameKind)
    const wrong = fitOptions(ctx, f.actor.kind, body !== null)
      .filter((p) => !taken.has(p))
      .filter(
        (p) =>
          (maySame !== null && !maySame.has(p)) || !anySameEntity(ctx.people.namesOf(p), everyone, ctx.cache),
      )
      // someone the prompt itself names ("Who approved Governor Lee's request?") is ruled out by it, as
      // is the one the act falls on ("… the suspension of the Parliament of Xland?" never offers it)
      .filter(
        (p) => !mayBeNamed.has(p) || !ctx.people.namesOf(p).some((n) => containsPhrase(f.what, n, ctx.cache)),
      )
      .sort(
        (a, b) =>
          Number(body !== null && bodyWord(b.name) === body) -
            Number(body !== null && bodyWord(a.name) === body) ||
          Number(speakers.has(b.name) || !!b.role) - Number(speakers.has(a.name) || !!a.role) ||
          a.start - b.start,
      )
    let wrongOptions = distinctOptions(f.actor, wrong, 3, ctx.cache).map(optionName)
    if (wrongOptions.length < 2) continue
    let answer = optionName(f.actor)
    // "Ann Lee and Bo Tran proposed the act": the pair is the key, and the wrong options are pairs
    // (one of two co-proposers alone would be half the answer); three or more together are not asked
    const joint = jointActors(ctx, f)
    if (joint.length > 1) continue
    const partner = joint[0]
    if (partner) {
      wrongOptions = wrongPairs(wrongOptions)
      if (wrongOptions.length < 2) continue
      answer = pair(optionName(partner), answer)
      names.push(...ctx.people.namesOf(partner))
    }
    const lead = f.credit ? `According to ${f.credit}, who` : 'Who'
    // "Who rejected this argument?": a prompt that points back to an earlier sentence asks nothing
    if (hasBackReference(f.what)) continue
    const what = neutral(f.what)
    if (what === null || titleGivesAway(f.actor.role, what)) continue
    const evidence = evidenceAt(ctx, f.evidence.start, f.evidence.end)
    out.push({
      type: 'who-did',
      factKey: `frame:${f.evidence.start}:${f.verb}`,
      prompt: `${lead} ${f.verb} ${what}?`,
      answer,
      distractors: wrongOptions,
      explanation: () => `The article says ${answer} ${f.verb} ${f.what}: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: names.flatMap((n) => nameWords(n, ctx.cache)),
      support: partner ? [ctx.people.namesOf(f.actor), ctx.people.namesOf(partner)] : [names],
      // a plan ("Who will introduce …?") ranks below an act done: it is not the story's central fact
      score: WEIGHT[f.kind] - (/^(?:will|would)\s/.test(f.verb) ? 0.3 : 0),
    })
  }
  return out
}

/**
 * People named in the article's other sentences that use the frame's verb (its last word). Worked out
 * once per verb and generation (the verbs are a fixed list), so the cost stays linear in the article.
 */
function sameVerbPeople(ctx: Context, verb: string, except: number): PersonFact[] {
  const last = verb.split(' ').pop() ?? ''
  if (!/^\p{Ll}{3,}$/u.test(last)) return []
  const bySentence = remember(ctx, `who-did:verb:${last}`, () => {
    const re = new RegExp(`\\b${escapeRegExp(last)}\\b`)
    return articleSentences(ctx)
      .filter((s) => re.test(s.text))
      .map((s) => ({ start: s.start, people: ctx.people.mentionedIn(s.text) }))
  })
  return bySentence.filter((s) => s.start !== except).flatMap((s) => s.people)
}
