/**
 * Civic frames read from the article's sentences: who did the act a civics teacher asks about first —
 * introduced or sponsored a bill, ruled or decided, passed or rejected, funded or paid — and what the
 * act was, in the sentence's own words. A frame's actor is a person or organisation of the reader's
 * facts, named right before the verb ("Judge Ana Ruiz ruled …", "Senators A and B introduced …").
 */
import type { Evidence, PersonFact } from '../../schema'
import { type Context, remember } from '../context'
import { actor as isActor, mayContain } from '../people'
import { containsPhrase, squash } from '../text'
import { byAgentFrame } from './by-agent'
import { withoutOpeners } from './group-decision'
import { articleSentences } from './sentences'
import { readWhat } from './what'

/** What kind of civic act a frame reports. */
export type FrameKind = 'bill' | 'decision' | 'money' | 'vote'

export interface ActorFrame {
  kind: FrameKind
  /** The actor named nearest the verb: the keyed answer. */
  actor: PersonFact
  /** Everyone named before the verb (co-sponsors, a list of judges): never a wrong option. */
  coActors: PersonFact[]
  /** The verb as the sentence has it ("introduced", "ruled"). */
  verb: string
  /** What the actor did, after the verb, cleaned for a prompt ("the Clean Harbors Act"). */
  what: string
  /** Who the sentence credits with the claim ("according to state media"), if anyone. */
  credit: string | null
  evidence: Evidence
}

const VERBS: Array<[FrameKind, RegExp]> = [
  [
    'bill',
    /^(?:introduced|reintroduced|sponsored|co-?sponsored|authored|unveiled|proposed|filed|introduce|reintroduce|sponsor|propose|file)$/,
  ],
  [
    'decision',
    /^(?:ruled|decided|held|ordered|struck|upheld|blocked|rejected|dismissed|overturned|approved|vetoed|signed|sentenced|convicted|acquitted|suspended|withdrew|announced|reconsidered|reversed|delayed|denied|declined|halted|launched|subpoenaed|impeached|indicted|charged|issued|found|banned|barred|requested|urged|revoked|imposed|wrote|stayed|sued|appointed|nominated|pardoned|repealed|enacted|declared|dissolved|expelled|sanctioned)$/,
  ],
  [
    'money',
    /^(?:funded|funds|fund|awarded|awards|granted|grants|paid|pays|allocated|allocates|provided|provides|pledged|committed)$/,
  ],
  ['vote', /^(?:passed|voted|elected|confirmed|ratified|adopted)$/],
]

/**
 * Decisions reported in the passive, the person they fall on named first: "Lee was sentenced to life
 * in prison", "Ruiz was held in contempt of Congress", "Poe has been charged with fraud". The prompt
 * keeps the auxiliary ("Who was sentenced to life in prison?").
 */
const PASSIVE_VERB =
  /^(?:sentenced|convicted|acquitted|impeached|indicted|charged|arrested|jailed|fined|expelled|ousted|removed|suspended|subpoenaed|elected|re-elected|appointed|nominated|confirmed|held|found)$/
/** The auxiliary right before a passive verb: "was", "were", "has been", "had been". */
const PASSIVE_AUX = /\s(was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?$/u
/** "held" and "found" report a decision only with these words after them ("held in contempt"). */
const PASSIVE_OBJECT: Record<string, RegExp> = {
  held: /^\s+in\s+contempt\b/i,
  found: /^\s+(?:not\s+)?(?:guilty|liable|in\s+contempt)\b/i,
}

/**
 * A body's vote on one person: "The House voted 230–197 to hold Attorney General Ivo Marsh in contempt
 * of Congress", "the Senate voted to confirm Ana Ruiz as judge", "the legislature voted 61–38 to hold …"
 * (a body named in lowercase). Group 1 is the body, group 2 the act.
 */
const VOTE_ON_PERSON =
  /\b(?:[Tt]he\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,4}|legislature|council|assembly|senate|house|parliament|board|committee|commission)\s+(?:has\s+|had\s+)?voted\b[^.;:"“”]{0,40}?\bto\s+(hold|impeach|censure|expel|confirm|remove|reprimand|subpoena)\s+/gu

/** Words between the actor's name and the verb that keep the actor the verb's subject. */
const BRIDGE =
  /^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:the|a|an|who|which)?[^,;:()]{0,70},)?(?:\s+(?:in|of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:\s+(?:on\s+)?(?:today|yesterday|tonight|this\s+(?:morning|week)|last\s+(?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|also|has|have|had|will|would|unanimously|formally|officially|jointly|formerly|previously|recently|then|on\s+\w+\s+\d{1,2}(?:,\s*\d{4})?))*\s+$/iu

/** Words before a name that make it the object of a preposition, not the verb's subject. */
const OBJECT_BEFORE =
  /\b(?:of|for|from|with|to|by|in|at|on|against|about|over|under|between|among)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i

/**
 * "along with" and "together with" join a second subject, not an object: "Senator A along with Senator
 * B introduced …" has both for its subject (issue 11m; the pair is keyed by frames/joint.ts).
 */
const CO_SUBJECT_BEFORE = /\b(?:along|together)\s+with\s+(?:[\w-]+\s+)?$/i

/**
 * A sentence that opens with "Only once before", "Never before", "Not since …", "Rarely …" (an
 * inverted clause) reports an act by comparison with another one it does not name: "Only once before
 * has the House held a Cabinet officer in contempt" is not "the House held a Cabinet officer in
 * contempt", so no frame is read from it.
 */
const DEPENDS_ON_ANOTHER_ACT =
  /^(?:only|never|not\s+(?:since|until|once|before)|rarely|seldom|once\s+before|twice\s+before|no\s+\w+\s+(?:has|had|have)\s+ever)\b/i

/**
 * Frame verbs whose past tense does not end in "-ed": read as acts done, not as base forms that need
 * "will"/"would" ("The council withdrew the plan", "the court struck down", "the chief constable wrote
 * to …"). Without this list every irregular past of the frame verbs was taken for a plan and dropped.
 */
const IRREGULAR_PAST = new Set(['withdrew', 'struck', 'held', 'upheld', 'found', 'wrote', 'paid'])

/**
 * Verbs that are a civic act only with a given object after them: "wrote" only for a letter that asks
 * something of its addressee ("the chief constable wrote to the US Embassy asking it to waive …", "the
 * mayor wrote to the minister urging …"); "wrote that …" or "wrote a book" is no act. The addressee is
 * in the act, so it is never a wrong option (questions/who-did.ts).
 */
const ACTIVE_OBJECT: Record<string, RegExp> = {
  wrote: /^\s+to\s+[^.;:"“”]{2,60}?\s(?:asking|urging|calling\s+on|requesting|demanding)\b/,
  // a finding of a court or a body ("found that …", "found the law unconstitutional", "held him in
  // contempt"), never "police found the car" or "held a meeting"
  found:
    /^\s+(?:that\b|[^.;:,"“”]{1,50}?\s(?:guilty|liable|in\s+contempt|unconstitutional|unlawful|illegal|invalid|void)\b)/,
  held: /^\s+(?:that\b|[^.;:,"“”]{1,50}?\sin\s+contempt\b)/,
  // a court's stay of a decision ("stayed the order", "stayed his execution"), never "stayed home"
  // or "stayed in office"
  stayed:
    /^\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}(?:order|ruling|decision|execution|injunction|judgment|sentence|deportation|extradition|removal|eviction|subpoena|suspension|law|ban|rule|policy|proceedings)\b/u,
  // a declaration of a state of things by one who may make it ("declared a state of emergency",
  // "declared the election void", "declared that …"), never "declared his love"
  declared:
    /^\s+(?:that\b|(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}(?:emergency|disaster|war|winner|election|independence|curfew|law|results?|void|invalid|unconstitutional)\b)/u,
}

/**
 * Two acts by two actors in one sentence, the second in a clause of its own: "Governor Ana Ruiz
 * requested the declaration, and President Leo Marsh approved it" (request and approval, proposal and
 * veto). Between the first act's verb and the second's there is ", and", ", but", "; " or ", while"
 * (a coordinated clause with its own subject); without one, the later verb belongs to the first act's
 * object ("ruled that the agency had suspended …") and is not read.
 */
const SECOND_ACT = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+)?\p{Lu}/u

/** A pronoun object right after the second act's verb: "approved it", "signed them into law". */
const PRONOUN_OBJECT = /^\s+(?:it|them)\b/i

/** A cheap first test: the sentence holds some frame verb at all. */
const ANY_VERB = new RegExp(
  `\\b(?:${[...VERBS.map(([, re]) => re), PASSIVE_VERB].map((re) => re.source.slice(4, -2)).join('|')})\\b`,
)

function verbKind(word: string): FrameKind | null {
  const w = word.toLowerCase()
  for (const [kind, re] of VERBS) if (re.test(w)) return kind
  return null
}

/** Frames of every sentence of the article, worked out once per generation. */
export function actorFrames(ctx: Context): ActorFrame[] {
  return remember(ctx, 'frames:actors', () => readFrames(ctx))
}

/**
 * "Who did the House vote to hold in contempt of Congress?": the person a body voted on, named right
 * after the act (titles before the name allowed), with the body and the rest of the act in the prompt.
 */
function votesOnPeople(ctx: Context, s: Evidence, named: PersonFact[]): ActorFrame | null {
  for (const m of s.text.matchAll(VOTE_ON_PERSON)) {
    // "On Tuesday Congress voted …": the body without the time its capitalised run began with
    const body = withoutOpeners(m[1] ?? '')
    const act = m[2] ?? ''
    if (!body) continue
    const after = s.text.slice((m.index ?? 0) + m[0].length)
    // the person: the first one named in the next few capitalised words ("Attorney General Ivo Marsh")
    const head = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,6}/u.exec(after)?.[0] ?? ''
    let best: { p: PersonFact; end: number } | null = null
    for (const p of named) {
      if (p.kind !== 'person') continue
      for (const n of ctx.people.namesOf(p)) {
        const i = after.indexOf(n)
        if (i < 0 || i > head.length) continue
        if (!best || i < best.end) best = { p, end: i + n.length }
      }
    }
    if (!best) continue
    // the rest of the act: "in contempt of Congress", "as judge", up to the end of its clause
    const what = readWhat(after.slice(best.end), 'decision', act)
    // "to hold X" is a vote on a person only "in contempt"
    if (act === 'hold' && !/^in\s+contempt\b/i.test(what ?? '')) continue
    return {
      kind: 'vote',
      actor: best.p,
      coActors: [],
      // "the House", "the legislature"; a body the article names without "the" keeps it so ("Congress")
      verb: `did ${/^[Tt]he\s/.test(m[0]) || /^\p{Ll}/u.test(body) ? 'the ' : ''}${body} vote to ${act}`,
      what: what ?? '',
      credit: null,
      evidence: s,
    }
  }
  return null
}

function readFrames(ctx: Context): ActorFrame[] {
  const out: ActorFrame[] = []
  const speakers = new Set(ctx.facts.quotes.map((q) => q.speaker ?? ''))
  const actorKind = (p: PersonFact): boolean => p.kind === 'person' || p.kind === 'organization'
  for (const s of articleSentences(ctx)) {
    // quoted words are someone's speech, not the article's report of an act
    if (/^["“‘']/.test(s.text.trim()) || !ANY_VERB.test(s.text)) continue
    const lower = s.text.toLowerCase()
    // only people the sentence may name need the test (PeopleIndex.mayBeNamedIn keeps the index's order)
    const named = ctx.people
      .mayBeNamedIn(s.text)
      .filter(
        (p) =>
          actorKind(p) &&
          ctx.people
            .namesOf(p)
            .some((n) => mayContain(lower, n, ctx.cache) && containsPhrase(s.text, n, ctx.cache)),
      )
    if (named.length === 0) continue
    // "Only once before has the House held …": a comparison with an act the sentence does not name
    if (DEPENDS_ON_ANOTHER_ACT.test(s.text.trim())) continue
    const onPerson = /\bvoted\b/.test(s.text) ? votesOnPeople(ctx, s, named) : null
    if (onPerson) {
      out.push(onPerson)
      continue
    }
    // the sentence's first active act; a second one only in a coordinated clause (see SECOND_ACT)
    let first: { end: number; what: string } | null = null
    for (const m of s.text.matchAll(/\b(\p{Ll}[\p{Ll}-]+)\b/gu)) {
      const verb = m[1] ?? ''
      const at = m.index ?? 0
      if (first && !SECOND_ACT.test(s.text.slice(first.end, at))) continue
      let before = s.text.slice(0, at)
      // the passive: the person named before "was sentenced" is the one the decision falls on
      const aux = PASSIVE_VERB.test(verb) ? PASSIVE_AUX.exec(before) : null
      const kind = aux ? 'decision' : verbKind(verb)
      if (!kind) continue
      if (!aux && ACTIVE_OBJECT[verb] && !ACTIVE_OBJECT[verb].test(s.text.slice(at + verb.length))) continue
      if ((before.match(/["“”]/g) ?? []).length % 2 === 1) continue
      if (aux) {
        const object = PASSIVE_OBJECT[verb]
        if (object && !object.test(s.text.slice(at + verb.length))) continue
        before = before.slice(0, aux.index + 1)
      }
      // the actor: the entity whose mention ends nearest before the verb, bridged only by a tag, an
      // apposition or a date word
      let best: { p: PersonFact; end: number; start: number } | null = null
      for (const p of named)
        for (const n of ctx.people.namesOf(p)) {
          const i = before.lastIndexOf(n)
          if (i < 0 || /\p{L}/u.test(before.charAt(i + n.length))) continue
          // "the member states of the AU have signed": a name after a preposition is not the subject
          const lead = before.slice(Math.max(0, i - 30), i)
          if (OBJECT_BEFORE.test(lead) && !CO_SUBJECT_BEFORE.test(lead)) continue
          const end = i + n.length
          // of two names ending at one place, the longer is the one written: "Adam Corvo was
          // acquitted" names Adam Corvo, not Sam Corvo by the surname inside it
          if (!best || end > best.end || (end === best.end && i < best.start)) best = { p, end, start: i }
        }
      if (!best || !BRIDGE.test(`${before.slice(best.end)} `.replace(/\s+$/, ' '))) continue
      const actor = best.p
      if (!isActor(ctx.people, actor, ctx.article, speakers.has(actor.name))) continue
      if (aux) {
        // only a person is sentenced, held in contempt or elected in these frames
        if (actor.kind !== 'person') continue
        const what = readWhat(s.text.slice(at + verb.length), 'decision', verb)
        if (!what) continue
        const coActors = named.filter((p) =>
          ctx.people.namesOf(p).some((n) => containsPhrase(before, n, ctx.cache)),
        )
        const credit = /\baccording to ((?:the\s+)?[^,.;:]{2,60}?)(?=[,.;:]|$)/i.exec(s.text)?.[1] ?? null
        const verbWords = `${squash(aux[1] ?? 'was')} ${verb}`
        out.push({ kind: 'decision', actor, coActors, verb: verbWords, what, credit, evidence: s })
        break
      }
      // a base form is a plan only after "will"/"would" ("Sen. Roe will introduce a companion bill"),
      // and the prompt keeps the modal: "Who will introduce …?"
      const modal = /\b(will|would)\s+(?:\p{L}+ly\s+)?$/u.exec(before)?.[1]
      const base = !/(?:ed|s)$/.test(verb) && !IRREGULAR_PAST.has(verb)
      if (base && !modal) continue
      const rest = s.text.slice(at + verb.length)
      // "…, and President Y approved it": the pronoun stands for the first act's object
      let what: string | null = first && PRONOUN_OBJECT.test(rest) ? first.what : readWhat(rest, kind, verb)
      // a letter's request that speaks of someone by a pronoun ("asking to waive her immunity") would
      // read as the writer's own once made neutral: the act is the letter and its addressee alone
      if (what && ACTIVE_OBJECT[verb] && /\b(?:his|her|hers|him|their)\b/.test(what))
        what = what.replace(/\s(?:asking|urging|calling\s+on|requesting|demanding)\b.*$/, '')
      if (!what) continue
      const coActors = named.filter((p) =>
        ctx.people.namesOf(p).some((n) => containsPhrase(before, n, ctx.cache)),
      )
      const credit = /\baccording to ((?:the\s+)?[^,.;:]{2,60}?)(?=[,.;:]|$)/i.exec(s.text)?.[1] ?? null
      out.push({ kind, actor, coActors, verb: base ? `${modal} ${verb}` : verb, what, credit, evidence: s })
      if (first) break
      first = { end: at + verb.length, what }
    }
    // the act in the passive with its actor after "by" (a second act of the sentence, or its only one)
    if (/\sby\s/.test(s.text)) {
      const byAgent = byAgentFrame(ctx, s, named)
      if (byAgent && isActor(ctx.people, byAgent.actor, ctx.article, speakers.has(byAgent.actor.name)))
        out.push(byAgent)
    }
  }
  return out
}
