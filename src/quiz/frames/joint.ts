/**
 * Who else did a frame's act: the people joined with its actor as one subject ("Ann Lee and Bo Tran
 * proposed …"), and whether another person of the article did the same act to the same effect. Used
 * by questions/who-did.ts so a "who did it?" never has a second right answer (joint-acts.ts).
 */
import type { PersonFact } from '../../schema'
import { type Context, remember } from '../context'
import { jointWith, sameActVerbs } from '../joint-acts'
import { contentWords, escapeRegExp } from '../text'
import type { ActorFrame } from './actors'
import { articleSentences } from './sentences'

/** The people named as one subject with the frame's actor, before its verb. */
export function jointActors(ctx: Context, f: ActorFrame): PersonFact[] {
  const others = f.coActors.filter((p) => p !== f.actor)
  if (others.length === 0) return []
  const text = f.evidence.text
  const verb = f.verb.split(/\s+/).pop() ?? ''
  const verbAt = new RegExp(`\\b${escapeRegExp(verb)}\\b`).exec(text)?.index ?? text.length
  let actorAt = -1
  for (const n of ctx.people.namesOf(f.actor)) {
    const i = text.lastIndexOf(n, verbAt)
    if (i >= 0 && i + n.length <= verbAt && i > actorAt) actorAt = i
  }
  if (actorAt < 0) return []
  return jointWith(
    text,
    actorAt,
    others.map((p) => ({ who: p, names: ctx.people.namesOf(p) })),
  )
}

/** Verbs done to a person in the passive ("was convicted"): asked of one person only when no one else was. */
const DONE_TO = /^(?:was|were|has been|have been|had been)\s/

/**
 * True when a person other than the frame's actor is named in another sentence with the same act
 * done to them and every telling word of what was done ("Bo Tran was also convicted of fraud" beside
 * "Who was convicted of fraud?").
 */
export function doneByAnother(ctx: Context, f: ActorFrame): boolean {
  if (!DONE_TO.test(f.verb) || f.actor.kind !== 'person') return false
  const telling = contentWords(f.what, ctx.cache).filter((w) => w.length > 3)
  const verbs = sameActVerbs(f.verb)
  const sentences = remember(ctx, `joint:done:${verbs.join('|')}`, () => {
    const re = new RegExp(`\\b(?:${verbs.map(escapeRegExp).join('|')})\\b`)
    return articleSentences(ctx).filter((s) => re.test(s.text))
  })
  const actorNames = new Set(ctx.people.namesOf(f.actor))
  for (const s of sentences) {
    if (s.start === f.evidence.start) continue
    const words = new Set(contentWords(s.text, ctx.cache))
    if (!telling.every((w) => words.has(w))) continue
    const people = ctx.people.mentionedIn(s.text, 'person')
    if (people.some((p) => p !== f.actor && !ctx.people.namesOf(p).some((n) => actorNames.has(n))))
      return true
  }
  return false
}
