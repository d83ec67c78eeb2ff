/** "Who said: “…”?" — the speaker keyed, other people of the same kind from the article as options. */
import type { Evidence, PersonFact, QuoteFact } from '../../schema'
import type { GenerationCache } from '../cache'
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence, remember, withPreviousSentence } from '../context'
import type { Found } from '../mentions'
import {
  addressedIn,
  bodyWord,
  distinctOptions,
  type EntityKind,
  entityKind,
  fitBody,
  mayAddress,
  ofPastOnly,
  optionName,
  pinnedPast,
  reportedDead,
} from '../option-kinds'
import { anySame, goodOption, mayContain, nameWords, TITLE_WORDS } from '../people'
import { isSpeech } from '../speech'
import { containsPhrase, firstWords, previousSentenceStart, STOPWORDS, squash, words } from '../text'

/** Verbs that make a two-word phrase a notable thing someone said ("labeling him a 'x y'"). */
const LABEL_VERBS =
  /^(?:call|calls|called|calling|label|labels|labeled|labelled|labeling|labelling|dub|dubbed|brand|branded|describe|described|describing)$/i

const PRONOUN = /\b(?:he|she|they|his|her|their|him|them)\b/i

/** The words of a role that name the office ("mayor", "minister"), not its place ("Springfield"). */
export function roleWordsOf(role: string): string[] {
  return (role.match(/[\p{L}]+/gu) ?? [])
    .filter((w) => /^\p{Ll}/u.test(w) || TITLE_WORDS.has(w.toLowerCase()))
    .map((w) => w.toLowerCase())
    .filter((w) => !STOPWORDS.has(w))
}

/**
 * Words right before a quotation that make it the wording of a document, a title or a term, not
 * something a person said: "a bill titled “…”", "the resolution reads “…”", "the phrase “…”".
 */
const DOCUMENT_WORDING =
  /\b(?:titled|entitled|named|known as|reads|reading|worded|provides|providing|phrase|term|slogan|motto|label|language|wording|provisions?|clause|section|act|bill|resolution|amendment|law|statute|headline|banner|sign)\s*[,:]?\s*["'“‘]?$/i

/** Characters DOCUMENT_WORDING may end on after its word: spaces, a comma or colon, an opening quote. */
const WORDING_END = /[\s,:"'“‘]/

/**
 * The end of `before` that DOCUMENT_WORDING can match: the run of WORDING_END characters at its end
 * and the 24 characters before it. A match ends in that run, so its word (at most 10 letters) and the
 * character before the word (for \b) lie inside the tail: the test is the same as on the whole text,
 * and costs the same however long the sentence before the quotation is.
 */
function wordingTail(before: string): string {
  let p = before.length
  while (p > 0 && WORDING_END.test(before.charAt(p - 1))) p--
  return p > 24 ? before.slice(p - 24) : before
}

/** True when the quotation is a document's or a title's wording (nobody "said" it). */
export function documentWording(q: QuoteFact): boolean {
  const before = q.sentence.text.slice(0, Math.max(0, q.start - q.sentence.start))
  if (!DOCUMENT_WORDING.test(wordingTail(before))) return false
  // "called the bill “a good start”": the speaker's own label for the document
  const lead = before.split(/\s+/).slice(-5, -1)
  return !lead.some((w) => LABEL_VERBS.test(w))
}

/** True when the quote names its own speaker ("I thank Senator Vance…" keyed to Vance): a misattribution. */
export function namesItsSpeaker(q: QuoteFact, cache?: GenerationCache): boolean {
  if (!q.speaker) return false
  const own = nameWords(q.speaker, cache)
  const last = own[own.length - 1]
  if (!last) return false
  return words(q.text, cache).includes(last)
}

/**
 * Quotes fit to ask about: attributed, long enough, not a scare quote, not a repeat of an earlier one.
 * With the generation's cache, each quote's words are read once however many quotes it is tested against.
 */
export function usableQuote(q: QuoteFact, all: QuoteFact[] = [], cache?: GenerationCache): boolean {
  if (!q.speaker || !q.attribution) return false
  // who-said is for speech only: never a quoted charge, term or wording, nor a court's finding
  if (!isSpeech(q) || documentWording(q) || namesItsSpeaker(q, cache)) return false
  if (
    sameSpeaker(q, all, cache).some(
      (o) => o !== q && o.start < q.start && o.speaker === q.speaker && containsPhrase(o.text, q.text, cache),
    )
  )
    return false
  const n = words(q.text, cache).length
  if (n >= 3) return true
  return n === 2 && !q.attribution.resolved && LABEL_VERBS.test(q.attribution.verb ?? '')
}

/**
 * The quotes of `all` by q's speaker, in order: with the cache, `all` is grouped by speaker once, so
 * testing every quote against the earlier ones costs the quotes of each speaker, not all quotes.
 */
function sameSpeaker(q: QuoteFact, all: readonly QuoteFact[], cache?: GenerationCache): readonly QuoteFact[] {
  if (!cache) return all
  let bySpeaker = cache.quotesBySpeaker.get(all)
  if (bySpeaker === undefined) {
    bySpeaker = new Map()
    for (const o of all) {
      const list = bySpeaker.get(o.speaker)
      if (list) list.push(o)
      else bySpeaker.set(o.speaker, [o])
    }
    cache.quotesBySpeaker.set(all, bySpeaker)
  }
  return bySpeaker.get(q.speaker) ?? []
}

/** "I", "I'm", "me", "my", "myself": words one person says of themself. */
const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|ll|d)|me|my|myself|mine)(?![\p{L}'’])/u

/**
 * True when a quote keyed to an organisation speaks as one person ("I am shocked", "my office"): the
 * words are a person's (a cardinal's, a minister's), and the body they serve is no fair key for them.
 */
export function personWordsKeyedToBody(q: QuoteFact, kind: PersonFact['kind'] | undefined): boolean {
  return kind !== undefined && kind !== 'person' && FIRST_PERSON_SINGULAR.test(q.text)
}

/** The quotes fit to ask about, in article order, worked out once per quiz. */
export function usableQuotes(ctx: Context): QuoteFact[] {
  // a newspaper is never the speaker of its editor's words: quotes keyed to an outlet are left out;
  // nor is a body the speaker of words one person says of themself
  return remember(ctx, 'usable-quotes', () =>
    ctx.facts.quotes.filter((q) => {
      if (!usableQuote(q, ctx.facts.quotes, ctx.cache)) return false
      const kind = ctx.people.find(q.speaker ?? '')?.kind
      return kind !== 'outlet' && !personWordsKeyedToBody(q, kind)
    }),
  )
}

/** The quote as shown in a prompt: whole when short, else its first words. */
export function shownQuote(text: string, max = 30): string {
  const t = squash(text)
    .replace(/\[\.\]$/, '')
    .replace(/^[\s,;:.…-]+|[\s,;:.-]+$/g, '')
  return firstWords(t, max)
}

/**
 * The evidence for an attribution: the quote's sentence when it names the speaker; the sentence before
 * it too when the speaker was found through a pronoun and that is unambiguous; otherwise null.
 */
export function attributionEvidence(
  ctx: Context,
  q: QuoteFact,
  speaker: PersonFact | undefined,
): Evidence | null {
  return remember(ctx, `evidence:${q.start}`, () => findAttributionEvidence(ctx, q, speaker))
}

function findAttributionEvidence(
  ctx: Context,
  q: QuoteFact,
  speaker: PersonFact | undefined,
): Evidence | null {
  const names = speaker ? ctx.people.namesOf(speaker) : [q.speaker ?? '']
  const inSentence = names.some((n) => containsPhrase(q.sentence.text, n, ctx.cache))
  if (!q.attribution?.resolved) return inSentence ? q.sentence : null
  const prev = previousSentenceStart(ctx.article, q.sentence.start)
  const before = ctx.article.slice(q.sentence.start, q.start)
  const pron = PRONOUN.exec(before)
  const window = ctx.article.slice(prev, q.sentence.start) + (pron ? before.slice(0, pron.index) : before)
  const kind = speaker?.kind ?? 'person'
  const mentioned = ctx.people.mentionedIn(window, kind)
  const others = mentioned.filter((p) => !anySame(ctx.people.namesOf(p), names, ctx.cache))
  const speakerThere = names.some((n) => containsPhrase(window, n, ctx.cache))
  if (!speakerThere || others.length > 0) return null
  return inSentence ? q.sentence : withPreviousSentence(ctx.article, q.sentence)
}

/** People the article quotes by name (not only through a pronoun). */
export function quotedSpeakers(ctx: Context): Set<string> {
  return remember(
    ctx,
    'speakers',
    () =>
      new Set(
        ctx.facts.quotes.filter((q) => q.attribution && !q.attribution.resolved).map((q) => q.speaker ?? ''),
      ),
  )
}

/** Wrong people for a speaker: same kind, from the article, never another name of the speaker. */
export function otherPeople(
  ctx: Context,
  speakerNames: string[],
  kind: PersonFact['kind'],
  avoid: string,
): PersonFact[] {
  const lowerAvoid = avoid.normalize('NFC').toLowerCase()
  // only people the text may name need the test (PeopleIndex.mayBeNamedIn)
  const named = ctx.people.mayBeNamedSet(avoid)
  return remember(ctx, `others:${kind}:${speakerNames.join('|')}`, () =>
    findOtherPeople(ctx, speakerNames, kind),
  ).filter(
    (p) =>
      !named.has(p) ||
      !ctx.people
        .namesOf(p)
        .some(
          (n) =>
            (mayContain(lowerAvoid, n, ctx.cache) && containsPhrase(avoid, n, ctx.cache)) ||
            namedBySurname(avoid, n, ctx),
        ),
  )
}

/**
 * True when the text names the person by surname alone ("… Ranking Member Conyers …"): a quote that
 * names someone is not theirs, so offering them as its speaker gives the answer away.
 */
function namedBySurname(text: string, name: string, ctx: Context): boolean {
  const own = nameWords(name, ctx.cache)
  const last = own[own.length - 1]
  return own.length >= 2 && last !== undefined && last.length > 2 && words(text, ctx.cache).includes(last)
}

/**
 * otherPeople for a quote's speaker, avoiding anyone the quote names, anyone its sentence addresses
 * ("In a letter to Secretary Ann Lee, Bo Tran wrote …": Ann Lee is no writer of it), and people of
 * another era: a quote its sentence pins to a past time ("In 1868, President Amos Ward said …") takes
 * only people of the past as wrong speakers, a quote of today none of them. Worked out once per quote.
 */
export function wrongSpeakers(
  ctx: Context,
  q: QuoteFact,
  speakerNames: string[],
  kind: PersonFact['kind'],
): PersonFact[] {
  return remember(ctx, `wrong-speakers:${q.start}`, () => {
    const past = pinnedPast(q.sentence.text.slice(0, Math.max(0, q.start - q.sentence.start)), ctx.facts.date)
    const addressing = mayAddress(q.sentence.text)
    return otherPeople(ctx, speakerNames, kind, q.text).filter(
      (p) =>
        !(addressing && addressedIn(q.sentence.text, ctx.people.namesOf(p))) &&
        (past !== null) === pastOnly(ctx, p) &&
        !(past === null && deceased(ctx, p)),
    )
  })
}

/**
 * A person whose death the article reports ("X died on Friday", "the death of X") is never offered
 * as the speaker of words said today: in an obituary the tributes are about the dead, and offering
 * them as the speaker of a tribute to themselves is absurd. Their own earlier words still key to them.
 */
export function deceased(ctx: Context, p: PersonFact): boolean {
  return remember(ctx, `deceased:${p.start}:${p.name}`, () =>
    reportedDead(ctx.article, ctx.people.namesOf(p), foundOf(ctx, p)),
  )
}

/** True when the person acts only in the story's past (option-kinds.ts ofPastOnly), worked out once. */
export function pastOnly(ctx: Context, p: PersonFact): boolean {
  let hit = ctx.cache.pastOnly.get(p)
  if (hit === undefined) {
    hit = ofPastOnly(ctx.article, foundOf(ctx, p), ctx.facts.date)
    ctx.cache.pastOnly.set(p, hit)
  }
  return hit
}

/**
 * True when a quote may be keyed to its speaker: a person with a personal name or a body (never a
 * title without a name, "Republican Senate Majority Leader", nor a group), and, for a body, no person
 * named in the attribution beside it ("Cardinal Tom Roe, head of the Holy Office's commission, said
 * …": the words are the cardinal's, not the office's).
 */
export function fitSpeaker(
  ctx: Context,
  q: QuoteFact,
  speaker: PersonFact | undefined,
  metonym = false,
): boolean {
  if (!speaker) return true
  // "Downing Street said …": a seat of government the reader read as a body speaks for it; fair in a
  // statement ("Downing Street said: …"), never as an option beside people or bodies
  const seat = metonym && speaker.kind === 'organization' && kindOf(ctx, speaker) === 'place'
  if (!seat && !keyable(ctx, speaker)) return false
  if (speaker.kind === 'person') return true
  const outside = q.sentence.text.replace(/“[^”]*”|"[^"]*"/g, '""')
  const addressing = mayAddress(outside)
  return !ctx.people
    .mentionedIn(outside, 'person')
    .some((p) => !(addressing && addressedIn(outside, ctx.people.namesOf(p))) && keyable(ctx, p))
}

/** The entity kind of a person of the index (option-kinds.ts entityKind), worked out once. */
function kindOf(ctx: Context, p: PersonFact): EntityKind {
  let hit = ctx.cache.entityKinds.get(p)
  if (hit === undefined) {
    hit = entityKind(p, ctx.article, ctx.people.namesOf(p), foundOf(ctx, p), ctx.people.runsOf(ctx.article))
    ctx.cache.entityKinds.set(p, hit)
  }
  return hit
}

/** Where a person of the index is named in the article (option-kinds.ts findMentions), found once. */
function foundOf(ctx: Context, p: PersonFact): Found {
  return ctx.people.foundOf(p, ctx.article)
}

/** fitKey (option-kinds.ts) for a person of the index: a person or a body, worked out once. */
function keyable(ctx: Context, p: PersonFact): boolean {
  const kind = kindOf(ctx, p)
  return kind === 'person' || kind === 'organisation'
}

/** Everyone who could be a wrong option for this speaker, best first (people the article quotes first). */
function findOtherPeople(ctx: Context, speakerNames: string[], kind: PersonFact['kind']): PersonFact[] {
  // a body's statement (a ministry, a court, a government): other such bodies the article names are
  // fair wrong options though they only are mentioned; never people
  const bodies = kind !== 'person' && bodyWord(speakerNames[0] ?? '') !== null
  // only people who may be the speaker under another name need anySame's test
  const maySame = ctx.people.maySameAs(speakerNames)
  return optionPool(ctx, kind, bodies).filter(
    (p) => (maySame !== null && !maySame.has(p)) || !anySame(ctx.people.namesOf(p), speakerNames, ctx.cache),
  )
}

/**
 * The people of a kind fit to be a wrong option of a who-said or who-did question, in the index's
 * order: good options, and when the key is a body (`bodies`), any body of the article too, each body's
 * mentions read from the article's index (PeopleIndex.foundOf). The same for every quote and frame, so
 * worked out once per kind.
 */
export function fitOptions(ctx: Context, kind: PersonFact['kind'], bodies: boolean): PersonFact[] {
  return remember(ctx, `fit-options:${kind}:${bodies}`, () => {
    const speakers = quotedSpeakers(ctx)
    return ctx.people.people.filter(
      (p) =>
        p.kind === kind &&
        (goodOption(ctx.people, p, speakers, ctx.article) ||
          (bodies &&
            fitBody(p, ctx.article, ctx.people.namesOf(p), foundOf(ctx, p), ctx.people.runsOf(ctx.article)))),
    )
  })
}

/**
 * The people of a kind fit to be a speaker's wrong options (with other bodies, for a body's
 * statement), best first: the same for every speaker, so worked out once per kind.
 */
function optionPool(ctx: Context, kind: PersonFact['kind'], bodies: boolean): PersonFact[] {
  return remember(ctx, `option-pool:${kind}:${bodies}`, () => {
    const speakers = quotedSpeakers(ctx)
    return fitOptions(ctx, kind, bodies)
      .filter((p) => nameWords(p.name, ctx.cache).length > 0)
      .sort((a, b) => Number(speakers.has(b.name)) - Number(speakers.has(a.name)) || a.start - b.start)
  })
}

/**
 * True when the quote is a fragment that runs on from another person named just before it — "Ruiz
 * said Berg 'would like to talk to us'" — so "who said it?" would puzzle a careful reader.
 */
export function runsOnFromAnother(ctx: Context, q: QuoteFact, names: string[]): boolean {
  if (!/^\p{Ll}/u.test(q.text.trimStart())) return false
  const lead = ctx.article
    .slice(Math.max(q.sentence.start, q.start - 80), q.start)
    .replace(/[\s'"‘’“”«»,:]+$/u, '')
  // a name ends in a capitalised word: most quotes follow "said" or "that" and stop here
  if (!/(?:^|[^\p{L}])\p{Lu}[\p{L}.'’-]*$/u.test(lead)) return false
  return ctx.people.people.some(
    (p) =>
      !anySame(ctx.people.namesOf(p), names, ctx.cache) &&
      ctx.people
        .namesOf(p)
        .some((n) => lead.endsWith(n) && !/\p{L}/u.test(lead.charAt(lead.length - n.length - 1))),
  )
}

/**
 * Whole sentences someone said make the best "who said" questions: a short fragment ("a good start")
 * ranks lower, and a clause cut from reported speech ("that although…", "whenever…") lower still.
 */
function fragmentPenalty(text: string, wordCount: number): number {
  const start = text.trimStart().replace(/^[.…\s]+/, '')
  if (/^(?:that|whenever|wherever|which|who|because|although|if|and|but)\b/i.test(start)) return 1
  // a lowercase start that is not a subject ("we'll find a way" has one; "a good start" not)
  const subject = /^(?:i|we|you|they|he|she|it|there|this|these|those)(?:['’]\w+)?\b/i.test(start)
  return /^\p{Ll}/u.test(start) && !subject && wordCount < 6 ? 0.5 : 0
}

/** Words that open a clause cut from reported speech, not a saying of its own. */
const CLAUSE_OPENER =
  /^(?:that|whenever|wherever|which|who|because|although|though|if|and|but|or|so|as|while|when)\b/i
/** A subject a lowercase saying may open with ("we'll find a way through this"). */
const SUBJECT_OPENER = /^(?:i|we|you|they|he|she|it|there|this|these|those)(?:['’]\w+)?\b/i

/**
 * True when a quotation reads as something said on its own, fit for "who said" and its true/false
 * twin: at least four words; not a clause cut from reported speech ("whenever the council meets …",
 * "Whenever the council meets again" with no main clause after it); and, when it opens in
 * lowercase without a subject, a long stretch of speech rather than a phrase lifted from a sentence
 * ("costs the region $5 billion", "an attack on our democracy", "pushing so many out of the city").
 */
export function wholeSaying(text: string, wordCount: number): boolean {
  const start = text.trimStart().replace(/^[.…\s'"‘“]+/, '')
  if (wordCount < 4 || !CLAUSE_OPENER.test(start)) {
    if (wordCount < 4) return false
  } else if (/^\p{Ll}/u.test(start) || !/,\s*\S/.test(text) || wordCount < 8) return false
  // "As we look to …, I am proud …": an opening clause with its main clause after the comma is whole
  else return true
  if (!/^\p{Ll}/u.test(start) || SUBJECT_OPENER.test(start)) return true
  // a lowercase phrase without a subject: only a long stretch of speech, never a participle's phrase
  return wordCount >= 10 && !/^\p{L}+ing\b/u.test(start)
}

export function whoSaidCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  for (const q of usableQuotes(ctx)) {
    if (!q.speaker || !wholeSaying(q.text, words(q.text, ctx.cache).length)) continue
    const speaker = ctx.people.find(q.speaker)
    if (!fitSpeaker(ctx, q, speaker)) continue
    const names = speaker ? ctx.people.namesOf(speaker) : [q.speaker]
    const evidence = attributionEvidence(ctx, q, speaker)
    if (!evidence) continue
    const quote = shownQuote(q.text)
    const prompt = `Who said: “${quote}”?`
    const roleWords = speaker?.role ? roleWordsOf(speaker.role) : []
    const nameTokens = names.flatMap((n) => nameWords(n, ctx.cache))
    const promptWords = new Set(words(prompt, ctx.cache))
    if ([...nameTokens, ...roleWords].some((w) => promptWords.has(w))) continue
    const kind = speaker?.kind ?? 'person'
    const pool = wrongSpeakers(ctx, q, names, kind)
    const wrong = (speaker ? distinctOptions(speaker, pool, 3, ctx.cache) : pool.slice(0, 3)).map(optionName)
    if (wrong.length < 2) continue
    const display = speaker ? optionName(speaker) : q.speaker
    const n = words(q.text, ctx.cache).length
    out.push({
      type: 'who-said',
      factKey: `quote:${q.start}`,
      prompt,
      answer: display,
      distractors: wrong.slice(0, 3),
      explanation: () => `${display} said it. The article says: ${quoteEvidence(evidence)}`,
      evidence: evidenceAt(ctx, evidence.start, evidence.end),
      forbidden: [...nameTokens, ...roleWords],
      support: [names, [words(q.text, ctx.cache).slice(0, 6).join(' ')]],
      score:
        3 +
        (n >= 5 && n <= 30 ? 0.5 : 0) -
        (q.attribution?.resolved ? 0.4 : 0) +
        (speaker?.role ? 0.2 : 0) -
        (runsOnFromAnother(ctx, q, names) ? 1 : 0) -
        fragmentPenalty(q.text, n),
    })
  }
  return out
}
