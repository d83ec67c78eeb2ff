/**
 * Civic acts reported in the passive with their actor after "by": "A companion bill was introduced in
 * the Senate by Senator Ana Roe", "The disaster declaration was approved by President Tom Hale", "The
 * airline's permit was suspended by the Federal Aviation Office". The frame keys the actor after "by"
 * and asks the act with its object in front: "Who introduced a companion bill in the Senate?".
 */
import type { Evidence, PersonFact } from '../../schema'
import type { Context } from '../context'
import { squash, words } from '../text'
import type { ActorFrame, FrameKind } from './actors'
import { readWhat } from './what'

/** Verbs whose passive with "by" names who did a civic act, by the kind of act. */
const BY_VERBS: Record<string, FrameKind> = {
  introduced: 'bill',
  reintroduced: 'bill',
  sponsored: 'bill',
  cosponsored: 'bill',
  'co-sponsored': 'bill',
  proposed: 'bill',
  approved: 'decision',
  signed: 'decision',
  ordered: 'decision',
  suspended: 'decision',
  banned: 'decision',
  barred: 'decision',
  requested: 'decision',
  declared: 'decision',
  vetoed: 'decision',
  rejected: 'decision',
  blocked: 'decision',
  overturned: 'decision',
  upheld: 'decision',
  revoked: 'decision',
  imposed: 'decision',
  issued: 'decision',
  impeached: 'decision',
  subpoenaed: 'decision',
  appointed: 'decision',
  nominated: 'decision',
  sentenced: 'decision',
  funded: 'money',
  awarded: 'money',
  granted: 'money',
  passed: 'vote',
  confirmed: 'vote',
  ratified: 'vote',
  adopted: 'vote',
  elected: 'vote',
}

/** "<subject> was/were/has been/had been [adverb] <verb> <middle> by <agent…>". */
const PASSIVE_BY =
  /^(.*?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?(\p{Ll}[\p{Ll}-]+)\b([^;:"“”]{0,80}?)\s+by\s+(?:the\s+)?(.+)$/u

/** Scene-setting before the subject: a dateline, "Today,", "On Friday,", "Last week,". */
const LEAD_IN =
  /^(?:[\p{Lu}., ]+\s+[–—-]\s+)?(?:(?:today|yesterday|on\s+\p{L}+(?:\s+\d{1,2})?(?:,\s*\d{4})?|last\s+\p{L}+|earlier\s+\p{L}+|in\s+\p{L}+(?:\s+\d{4})?)\s*,\s*)?/iu

/** A subject that needs an earlier sentence to be understood: a pronoun, "this …", "the same …". */
const VAGUE_SUBJECT = /^(?:it|he|she|they|this|that|these|those|such|both|its|his|her|their)\b/i

/**
 * The by-agent frame of a sentence, or null. The subject must stand on its own: three words or more,
 * or a name ("a companion bill", "the disaster declaration", "Ana Roe"), never a pronoun; the agent
 * is a person or organisation the reader found, named right after "by" (titles before the name allowed).
 */
export function byAgentFrame(ctx: Context, s: Evidence, named: PersonFact[]): ActorFrame | null {
  // the clause that holds "by": "Tran requested a declaration, and the declaration was approved by …"
  const clauses = squash(s.text)
    .replace(/[.!?]+$/, '')
    .split(/;\s+|,\s+(?:and|but|while|after)\s+/)
  // the lazy pattern runs only on a clause that has a passive auxiliary and "by" at all
  const m = clauses
    .filter((c) => /\s(?:was|were|been)\s/.test(c) && /\sby\s/.test(c))
    .map((c) => PASSIVE_BY.exec(c))
    .find((x) => x !== null)
  if (!m) return null
  const verb = m[2] ?? ''
  const kind = BY_VERBS[verb]
  if (!kind) return null
  const subject = (m[1] ?? '').replace(LEAD_IN, '').trim()
  if (!subject || VAGUE_SUBJECT.test(subject) || /["“”,]/.test(subject)) return null
  const nameInSubject = /\s\p{Lu}/u.test(` ${subject.replace(/^(?:The|A|An)\s/, '')}`)
  if (words(subject).length < 3 && !nameInSubject) return null
  if (words(subject).length > 14) return null
  const after = m[4] ?? ''
  // the agent: the first one named in the next few capitalised words ("President Tom Hale")
  const head = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,6}/u.exec(`${after} `)?.[0] ?? ''
  let best: { p: PersonFact; at: number } | null = null
  for (const p of named)
    for (const n of ctx.people.namesOf(p)) {
      const i = after.indexOf(n)
      if (i < 0 || i > head.length || /\p{L}/u.test(after.charAt(i + n.length))) continue
      if (!best || i < best.at) best = { p, at: i }
    }
  if (!best) return null
  const object = subject.replace(/^(?:The|A|An)\s/, (w) => w.toLowerCase())
  const what = readWhat(`${object}${m[3] ?? ''}`, kind, verb)
  if (!what) return null
  return { kind, actor: best.p, coActors: [], verb, what, credit: null, evidence: s }
}
