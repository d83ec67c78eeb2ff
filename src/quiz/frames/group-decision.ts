/**
 * A decision on two or more people at once, the central fact of many civic stories: "The House voted
 * 230–198 to hold Secretary Ann Lee and Secretary Bo Tran in contempt of Congress", "the Senate
 * confirmed Judge Ivo Marsh and Judge Lia Moss", "a court sentenced Tom Hale and Ed Hale to life in
 * prison". The people are named one after another right after the act ("A and B", "A, B and C"), each
 * a person of the reader's facts; the rest of the act follows them. Pure.
 */
import type { Evidence, PersonFact } from '../../schema'
import { type Context, remember } from '../context'
import { containsPhrase } from '../text'
import { articleSentences } from './sentences'
import { readWhat } from './what'

export interface GroupDecision {
  /** Who decided, as the sentence names it ("the House", "a court in Eastburg"). */
  body: string
  /** The act in its base form ("hold", "confirm", "sentence"). */
  act: string
  /** The people the decision falls on, in the sentence's order (two or more). */
  people: PersonFact[]
  /** The rest of the act after the people ("in contempt of Congress", "to life in prison"). */
  what: string
  /** True when the body voted on it ("voted … to hold …"): the prompt keeps the vote. */
  voted: boolean
  /** The act as the article reports it ("voted to hold", "sentenced"), for the explanation. */
  reported: string
  /** For a decision in the passive ("A and B were sentenced …"), its auxiliary ("were"); no body then. */
  passive?: string
  evidence: Evidence
}

/** Acts a body or court does to people, base form → the past tense a sentence reports it in. */
const ACTS: Record<string, string> = {
  hold: 'held',
  impeach: 'impeached',
  censure: 'censured',
  expel: 'expelled',
  confirm: 'confirmed',
  remove: 'removed',
  reprimand: 'reprimanded',
  subpoena: 'subpoenaed',
  indict: 'indicted',
  charge: 'charged',
  sentence: 'sentenced',
  convict: 'convicted',
  acquit: 'acquitted',
  sanction: 'sanctioned',
  appoint: 'appointed',
  nominate: 'nominated',
  suspend: 'suspended',
}
const BASE_OF = new Map(Object.entries(ACTS).map(([base, past]) => [past, base]))
const ACT_WORDS = [...Object.keys(ACTS), ...Object.values(ACTS)].join('|')

/**
 * The decider and the act: a body named with capitals ("The House", "the House of Delegates") or
 * a lowercase body word ("the legislature", "a court in Eastburg"), then "voted … to ACT" or the act
 * in the past tense. Group 1 is the body, 2 the verb of a vote's act, 3 the past tense of a plain act.
 */
const DECIDER = new RegExp(
  `\\b((?:[Tt]he|[Aa])\\s+(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}.'’-]*){0,4}|(?:\\p{Ll}+\\s+)?(?:legislature|council|assembly|senate|house|parliament|board|committee|commission|court|jury|tribunal|panel)(?:\\s+(?:in|of)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)?)|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{L}.'’-]*)\\s+(?:has\\s+|had\\s+)?(?:voted\\b[^.;:"“”]{0,40}?\\bto\\s+(${Object.keys(ACTS).join('|')})|(${Object.values(ACTS).join('|')}))\\s+`,
  'gu',
)

/** Capitalised words that open a sentence before its subject: a time or a preposition, no name. */
const OPENER =
  /^(?:On|In|At|By|For|After|Before|During|Since|Last|This|Earlier|Later|Today|Yesterday|Then|Now|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s+/

/** A capitalised run without the times and prepositions it began with ("On Tuesday Congress" → "Congress"). */
export function withoutOpeners(run: string): string {
  let out = run
  while (OPENER.test(out)) out = out.replace(OPENER, '')
  return out
}

/**
 * The decider as a prompt names it: without the time or preposition the capitalised run began with
 * ("On Tuesday Congress" → "Congress"), "The"/"A" lowercased, and a word capitalised only because it
 * opens the sentence ("Prosecutors") lowercased unless the article knows it as a name ("Congress").
 * Empty when nothing is left.
 */
function deciderName(ctx: Context, raw: string, opensSentence: boolean): string {
  let body = withoutOpeners(raw)
  const led = body !== raw
  body = body.replace(/^The\b/, 'the').replace(/^A\b/, 'a')
  if ((opensSentence && !led && /^\p{Lu}\p{Ll}+$/u.test(body) && !ctx.people.find(body)) || body === '') {
    return body.toLowerCase()
  }
  return body
}

/**
 * A decider with no name, a common noun of a court or body right before an act: "a court in Eastburg
 * sentenced …", "the appeals court acquitted …", "the jury convicted …" (issue 11m: the decision
 * was unasked, as no who-did question can key a decider without a name).
 */
const UNNAMED_DECIDER = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he)\\s+(?:\\p{Ll}+\\s+)?(?:court|jury|tribunal|panel|legislature|council|assembly|senate|house|parliament|board|committee|commission)(?:\\s+(?:in|of)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)?\\s+(?:has\\s+|had\\s+)?(?:${Object.values(ACTS).join('|')})\\b`,
  'u',
)

/** Title words that may stand before each name in the list ("Secretary Ann Lee and Secretary Bo Tran"). */
const LEAD = /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,4}/u
/** What may stand between two names of the list. */
const JOIN = /^(?:,\s*(?:and\s+)?|\s+and\s+)/

/**
 * The people named one after another at the start of `text`, each by one of its names (titles before
 * it allowed), and where the list ends; null when fewer than `least`.
 */
function nameList(
  ctx: Context,
  text: string,
  candidates: PersonFact[],
  least = 2,
): { people: PersonFact[]; end: number } | null {
  const people: PersonFact[] = []
  let at = 0
  for (;;) {
    const rest = text.slice(at)
    const lead = LEAD.exec(rest)?.[0] ?? ''
    let best: { p: PersonFact; end: number } | null = null
    for (const p of candidates) {
      if (people.includes(p)) continue
      for (const n of ctx.people.namesOf(p)) {
        // the name right at the start, or after the title words before it
        for (const i of [0, lead.length]) {
          if (!rest.startsWith(n, i) || /\p{L}/u.test(rest.charAt(i + n.length))) continue
          const end = i + n.length
          if (!best || end > best.end) best = { p, end }
        }
      }
    }
    if (!best) break
    people.push(best.p)
    at += best.end
    const join = JOIN.exec(text.slice(at))
    if (!join) break
    at += join[0].length
  }
  if (people.length < least) return null
  // the list ended on a join ("A, B and the mayor"): the act may fall on someone not named as a person
  if (/(?:,|\band)\s*$/.test(text.slice(0, at))) return null
  return { people, end: at }
}

/** Decisions on two or more people in the article's sentences, read once per generation. */
export function groupDecisions(ctx: Context): GroupDecision[] {
  return remember(ctx, 'frames:group-decisions', () => {
    const out: GroupDecision[] = []
    // cheap tests first: an act word with a list after it ("… and …"), then the decider; only then
    // the people the sentence names
    const quick = new RegExp(`\\b(?:${ACT_WORDS})\\s[^.;:]*?(?:\\sand\\s|,)`)
    for (const s of articleSentences(ctx)) {
      if (/^["“‘']/.test(s.text.trim())) continue
      const unnamed = UNNAMED_DECIDER.test(s.text)
      const passive = PASSIVE.test(s.text)
      if (!unnamed && !passive && !quick.test(s.text)) continue
      let people: PersonFact[] | null = null
      for (const m of unnamed || quick.test(s.text) ? s.text.matchAll(DECIDER) : []) {
        people ??= ctx.people.mentionedIn(s.text, 'person')
        if (people.length < 1) break
        const before = s.text.slice(0, m.index ?? 0)
        // inside a quotation: someone's speech, not the article's report
        if ((before.match(/["“”]/g) ?? []).length % 2 === 1) continue
        const act = m[2] ?? BASE_OF.get(m[3] ?? '') ?? ''
        if (!act) continue
        const body = deciderName(ctx, m[1] ?? '', /^\s*$/.test(before))
        if (!body) continue
        const after = s.text.slice((m.index ?? 0) + m[0].length)
        // one person alone only when the decider has no name ("a court in Eastburg sentenced Tom Hale
        // …"): a named one is asked "Who sentenced Tom Hale …?" (questions/who-did.ts), and a body's
        // vote on one person "Who did the House vote to hold …?" (frames/actors.ts)
        const alone = m[2] === undefined && /^(?:a|an|the)\s+\p{Ll}/u.test(body)
        const list = nameList(ctx, after, people, alone ? 1 : 2)
        if (!list) continue
        // the decider is never one of the people it decides on
        if (list.people.some((p) => ctx.people.namesOf(p).some((n) => containsPhrase(body, n, ctx.cache))))
          continue
        const what = readWhat(after.slice(list.end), 'decision', act) ?? ''
        // "hold" is a decision on people only "in contempt"; a sentence, a charge or an office needs
        // its object ("to life in prison", "with fraud", "as judges"); the others stand alone
        if (act === 'hold' && !/^in\s+contempt\b/i.test(what)) continue
        if (/^(?:sentence|charge|appoint|nominate)$/.test(act) && !what) continue
        const voted = m[2] !== undefined
        const reported = voted ? `voted to ${act}` : (m[3] ?? act)
        out.push({ body, act, people: list.people, what, voted, reported, evidence: s })
        break
      }
      if (passive && out[out.length - 1]?.evidence !== s) {
        people ??= ctx.people.mentionedIn(s.text, 'person')
        const group = passiveGroup(ctx, s, people)
        if (group) out.push(group)
      }
    }
    return out
  })
}

/** "were sentenced", "have been charged": the auxiliary and the act's past tense. */
const PASSIVE = new RegExp(`\\s(were|have\\s+been|had\\s+been)\\s+(${Object.values(ACTS).join('|')})\\b`)

/**
 * A decision in the passive on two or three people named as the clause's subject: "Tom Hale and Ed Hale
 * were sentenced to life in prison" (issue 11m: keyed to one of them, "Who was sentenced …?" has two
 * right answers, so it was not asked at all). The list ends right before the auxiliary and opens the
 * clause (the sentence's start, or after a comma).
 */
function passiveGroup(ctx: Context, s: Evidence, people: PersonFact[]): GroupDecision | null {
  if (people.length < 2) return null
  const m = PASSIVE.exec(s.text)
  if (!m) return null
  const before = s.text.slice(0, m.index)
  if ((before.match(/["“”]/g) ?? []).length % 2 === 1) return null
  // the list's start: where the clause begins, after any opening words up to a comma
  const clauseStart = Math.max(0, before.lastIndexOf(',') + 1)
  const head = before.slice(clauseStart).replace(/^\s+/, '')
  const list = nameList(ctx, head, people, 2)
  if (!list || head.slice(list.end).trim() !== '') return null
  const past = m[2] ?? ''
  const act = BASE_OF.get(past) ?? ''
  const what = readWhat(s.text.slice(m.index + m[0].length), 'decision', act) ?? ''
  if (!act || (act === 'hold' && !/^in\s+contempt\b/i.test(what))) return null
  if (/^(?:sentence|charge|appoint|nominate)$/.test(act) && !what) return null
  const aux = (m[1] ?? 'were').replace(/\s+/g, ' ')
  return {
    body: '',
    act,
    people: list.people,
    what,
    voted: false,
    reported: `${aux} ${past}`,
    passive: aux,
    evidence: s,
  }
}
