/** Ages, ordinals, amounts and counts: the true value among near values written the same way. */
import type { NumberFact, PersonFact } from '../../schema'
import { type Candidate, OPTION_COUNT, once } from '../candidate'
import { type Context, evidenceAt, quoteEvidence, remember } from '../context'
import { familyAge, MINOR_SCORE, minorFigure, mostSeats } from '../minor-details'
import { elapsedYearsMax, isIdentifier, majorityLine, partAfter, sideOf, totalBefore } from '../number-bounds'
import { type NumberFit, numberOptions, numberShape, renderNumber } from '../numbers'
import { nameWords } from '../people'
import { containsPhrase, insideQuote, squash, words } from '../text'

const BLANK = '_____'

/** The person an age belongs to: named by `about`, or the one person the sentence names besides its subject. */
function ageOwner(ctx: Context, n: NumberFact): PersonFact | null {
  if (n.about) {
    const direct = ctx.people.find(n.about)
    if (direct?.kind === 'person') return direct
    const aboutWords = new Set(words(n.about, ctx.cache))
    const byRole = ctx.people.people.filter(
      (p) =>
        p.kind === 'person' &&
        (nameWords(p.name, ctx.cache).some((w) => aboutWords.has(w)) ||
          (p.role !== null && words(p.role, ctx.cache).some((w) => aboutWords.has(w) && w.length > 3))),
    )
    if (
      byRole.length === 1 &&
      byRole[0] &&
      ctx.people
        .namesOf(byRole[0])
        .some((a) => containsPhrase(n.sentence.text, a, ctx.cache) || a === n.about)
    ) {
      return byRole[0]
    }
  }
  // "X, 47, has …": the name right before the number
  const before = ctx.article.slice(n.sentence.start, n.start)
  const named = ctx.people
    .mentionedIn(before, 'person')
    .map((p) => ({ p, at: Math.max(...ctx.people.namesOf(p).map((a) => before.lastIndexOf(a))) }))
    .sort((a, b) => a.at - b.at)
  if (/,\s*$/.test(before) && named.length > 0) {
    const last = named[named.length - 1]
    if (last && /^\s*,/.test(ctx.article.slice(n.end)) && before.slice(last.at).split(',').length === 2)
      return last.p
  }
  // "… met the 61-year-old former judge": the one person named besides the subject
  if (/\bthe\s*$/i.test(before) && named.length === 2) return named[1]?.p ?? null
  return null
}

/** True for one bound of a range ("16–17 percent", "between $5 and $7 billion"). */
function partOfRange(article: string, n: NumberFact): boolean {
  const before = article.slice(Math.max(0, n.start - 12), n.start)
  const after = article.slice(n.end, n.end + 12)
  return (
    /\d\s*(?:[–-]|to|and)\s*\$?$/.test(before) ||
    /^\s*(?:[–-]|to|and)\s*\$?\d/.test(after) ||
    /between\s*\$?$/.test(before)
  )
}

/**
 * Words before a number that make it a label, not a quantity: "Section 5", "H.R. 3460", "No. 7",
 * "Article 50", "Amendment 2", "District 40". A label is never asked as a number.
 */
const LABEL_BEFORE =
  /\b(?:section|sec\.|h\.\s?r\.|s\.|h\.\s?res\.|s\.\s?res\.|res\.|no\.|nos\.|number|article|art\.|title|chapter|amendment|resolution|rule|district|route|highway|interstate|case|docket|public law|p\.l\.|bill|act|flight|room|suite|page|paragraph|clause|item|phase|level|grade|category|class|division|ward|precinct|box|form|code)\s*$/i
/** Words after an ordinal or number that make it a label: "40th District", "14th Amendment". */
const LABEL_AFTER =
  /^\s*(?:district|amendment|congress|parliament|session|precinct|ward|circuit|division|street|avenue|floor|anniversary)\b/i

/** True when the number names something (a section, a bill, a district) rather than counts it. */
export function isLabel(article: string, n: Pick<NumberFact, 'start' | 'end'>): boolean {
  const before = article.slice(Math.max(0, n.start - 16), n.start)
  return LABEL_BEFORE.test(before) || LABEL_AFTER.test(article.slice(n.end, n.end + 16))
}

/**
 * Who the sentence credits with its claim, when it credits anyone: "according to state media",
 * "… , officials said", "The ministry reported that …". A question keeps the credit in its prompt.
 */
export function attributionOf(sentence: string): string | null {
  const s = squash(sentence)
  const according = /\baccording to ((?:the\s+)?[^,.;:]{2,60}?)(?=[,.;:]|$)/i.exec(s)
  if (according?.[1]) return according[1].trim()
  const lead =
    /^((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|the\s+)?[\p{L}'’.-]+){0,5}?)\s+(?:reported|reports|claimed|claims|estimated|estimates|alleged|alleges)\s+(?:that\s+)?/u.exec(
      s,
    )
  if (lead?.[1]) return lead[1].trim()
  return null
}

/** Drops a parenthetical right after the blank that holds a number (a conversion or a range gives it away). */
function dropConversion(after: string): string {
  return after.replace(/^(\s*)\([^()]*\d[^()]*\)/, '$1').replace(/^\s+([,.;:])/, '$1')
}

/** A cloze of the number's sentence, cut to about 40 words around the blank. */
/** Characters of the sentence read on each side of a number blank (20 words fit in far fewer). */
const CLOZE_WINDOW = 400

function cloze(ctx: Context, n: NumberFact): string | null {
  const s = n.sentence
  const rel = n.start - s.start
  if (rel < 0 || n.end > s.end) return null
  // a bounded window on each side (the blank shows 20 words of each at most), so a long sentence full
  // of numbers costs each number the same, not the whole sentence
  const relEnd = rel + (n.end - n.start)
  const cutBefore = rel > CLOZE_WINDOW
  const cutAfter = s.text.length - relEnd > CLOZE_WINDOW
  let before = squash(s.text.slice(cutBefore ? rel - CLOZE_WINDOW : 0, rel))
  let after = dropConversion(squash(s.text.slice(relEnd, cutAfter ? relEnd + CLOZE_WINDOW : s.text.length)))
  // leave out the sentence's dates, so the cloze never answers a date question: an ellipsis takes the
  // date's place (with its preposition), and the rest of the sentence, its subject too, stays
  for (const d of ctx.facts.dates) {
    if (d.start < s.start || d.end > s.end) continue
    const t = d.text.trim()
    after = elide(after, t)
    before = elide(before, t)
  }
  const b = before.split(' ')
  const a = after.split(' ')
  const left = b.length > 20 || cutBefore ? cutLeft(b, !cutBefore) : before
  const right = a.length > 20 || cutAfter ? cutRight(a) : after
  if (left === null || right === null) return null
  const text = `${left}${left && !left.endsWith(' ') ? ' ' : ''}${BLANK}${right.startsWith(' ') || /^[,.;:!?)]/.test(right) ? '' : ' '}${right}`
  const out = balanceQuotes(
    squash(text.replace(/ ([,.;:!?])/g, '$1'))
      // a list item's bullet and its "; and" are no part of the sentence; an elided date ends it
      .replace(/^[-–•*]\s+/, '')
      // a scene-setting date elided at the start ("…, Director Ann Lee announced …") leaves nothing
      .replace(/^…\s*,\s*/, '')
      .replace(/\s*;\s*(?:and|or)?$/, '')
      .replace(/…[.,;:]+$/, '…'),
  )
  // a sentence the splitter cut after a label ("H. Res. | 411 maintains …") starts with a bare number
  if (FRAGMENT_START.test(s.text.trim())) return null
  // a cut that left the clause without its subject ("…, and set bail at _____", "…was sentenced to
  // _____"), or a comparison without what it compares with ("25% higher than …"), is dropped
  if (SUBJECTLESS_START.test(out) || /\b(?:than|as)\s*…/i.test(out)) return null
  // a blank needs context: at least six words around it
  return words(out, ctx.cache).length >= 6 ? out : null
}

/** Words that turn a clause around: a cut that drops one makes the prompt say the opposite. */
const NEGATION = /\b(?:not|no|never|neither|nor|without|cannot|\p{L}+n['’]t)\b/iu
/** A word that ends a clause: a cut after it starts the prompt at a clause's beginning. */
const CLAUSE_END = /[,;:]$/

/**
 * The 20 words before a blank, cut where a clause or a name starts ("…, the court set bail at _____",
 * "…Judge Ann Lee set bail at _____"), never in the middle of a phrase; null when the words left out hold a negation ("did not … the minimum
 * sentence of _____" would read as the opposite of the article).
 */
function cutLeft(b: string[], whole: boolean): string | null {
  // the whole clause when a start with its subject lies within 20 words, else within 30 ("…Nevada
  // became the first state … at _____" rather than "…United States to begin … at _____")
  let kept = b.slice(-20)
  let first = clauseStart(kept, b[b.length - kept.length - 1] ?? '')
  if (first < 0 && b.length > 20) {
    const wider = b.slice(-30)
    const at = clauseStart(wider, b[b.length - wider.length - 1] ?? '')
    if (at >= 0 && wider.length - at > 20) {
      kept = wider
      first = at
    }
  }
  if (NEGATION.test(b.slice(0, b.length - kept.length).join(' '))) return null
  // a cut that keeps no clause with its verb is dropped unless the sentence's subject can lead it (below)
  if (first < 0) first = looseStart(kept, b[b.length - kept.length - 1] ?? '')
  if (first < 0) return null
  const rest = kept.slice(first)
  const lead = rest[0] ?? ''
  if ((!/^\p{Ll}/u.test(lead) || DETERMINER.test(lead)) && hasVerb(rest)) return `…${rest.join(' ')}`
  // a start that is a verb's object ("…the District Attorney and his own tax preparer" out of "The
  // President sued the District Attorney …") lost the clause's subject and verb: dropped
  if (!/^\p{Ll}/u.test(lead) || DETERMINER.test(lead)) return null
  // a clause that opens on its verb ("…, set bail at _____") lost its subject: keep the sentence's
  // subject when it is a short name or phrase before the first comma ("Judge Ann Lee … set bail at
  // _____"), else drop the blank
  const comma = b.findIndex((w) => w.endsWith(','))
  const subject =
    whole && comma >= 0 && comma < 8
      ? b
          .slice(0, comma + 1)
          .join(' ')
          .slice(0, -1)
      : ''
  // a scene-setting opener ("On Monday morning,", "After the vote,") is no subject
  if (!/^\p{Lu}/u.test(subject) || SCENE_OPENER.test(subject)) return null
  return `${subject} … ${rest.join(' ')}`
}

/**
 * The earliest start of a clause among the words before a blank (a capitalised run whose first word
 * follows no other capital, or a word after a clause's end) whose words up to the blank hold a verb:
 * a cut there keeps a clause with its subject ("…Judge Ann Lee set bail at _____"); -1 when none.
 */
function clauseStart(kept: string[], cutBefore: string): number {
  for (let i = 0; i <= kept.length - 3; i++) {
    const w = kept[i] ?? ''
    const start =
      i === 0
        ? /^[\p{Lu}–—]/u.test(w) && !/^\p{Lu}/u.test(cutBefore)
        : CLAUSE_END.test(kept[i - 1] ?? '') || (/^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(kept[i - 1] ?? ''))
    if (!start) continue
    const lead = kept.slice(i)
    if (/^\p{Ll}/u.test(w) && !DETERMINER.test(w)) return i
    if (hasVerb(lead)) return i
  }
  return -1
}

/** The earliest start by the old rule alone (a clause opening on its verb, led by the sentence's subject below). */
function looseStart(kept: string[], cutBefore: string): number {
  return kept.findIndex(
    (w, i) =>
      i <= kept.length - 3 &&
      (i === 0
        ? /^[\p{Lu}–—]/u.test(w) && !/^\p{Lu}/u.test(cutBefore)
        : CLAUSE_END.test(kept[i - 1] ?? '') || (/^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(kept[i - 1] ?? ''))),
  )
}

/** A finite verb: a past form, an auxiliary or a common irregular verb. */
const VERB =
  /^(?:\p{Ll}{2,}ed|said|says|told|tells|will|would|has|have|had|is|was|were|are|can|could|should|must|may|might|did|does|set|sets|won|wins|made|makes|became|becomes|began|begins|took|takes|gave|gives|sought|seeks|holds|held|wants|needs|found|finds|met|meets|sent|sends|ran|runs|led|leads|paid|pays|got|gets|saw|sees|went|goes|came|comes|left|lost|kept|spent|brought|bought|sold|wrote|spoke|struck|fell|rose|grew|won't|can't)$/u

/** True when a clause's first 12 words hold a verb (VERB): its subject is then in the kept words. */
function hasVerb(ws: readonly string[]): boolean {
  return ws.slice(0, 12).some((w) => VERB.test(w.replace(/[,;:.!?”"’)]+$/, '')))
}

/** Words that open a scene-setting phrase, not a subject. */
const SCENE_OPENER =
  /^(?:on|in|at|after|before|during|following|since|by|for|with|according|as|while|when|last|this|earlier|later|today|yesterday|…)\b/i

/** Words that may open a clause as (part of) its subject: "the court", "officials", "he". */
const DETERMINER =
  /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|some|many|most|all|each|every|no|both|several|he|she|they|it|we|i|you|officials?|police|voters|residents|lawmakers)$/
/**
 * Words a cut must never end on: a comparison or a preposition whose object the cut leaves out
 * ("some 25% higher than …", "from the …") reads as half a claim, or as another claim.
 */
const DANGLING =
  /^(?:than|as|to|of|from|with|by|for|between|against|over|under|the|a|an|and|or|in|on|at|its|their|his|her)$/i

/**
 * The 20 words after a blank, cut at the end of a clause; null when the rest of that clause is
 * negated, or when the cut would end on a comparison or preposition without its object.
 */
function cutRight(a: string[]): string | null {
  const kept = a.slice(0, 20)
  let last = -1
  for (let i = kept.length - 1; i >= 2 && last < 0; i--) if (CLAUSE_END.test(kept[i] ?? '')) last = i
  if (last < 0) {
    // no boundary in sight: the clause runs on; a negation in its unseen rest turns it around
    const rest = a.slice(20)
    const end = rest.findIndex((w) => CLAUSE_END.test(w))
    if (NEGATION.test(rest.slice(0, end < 0 ? rest.length : end + 1).join(' '))) return null
    // a cut inside a comparison ("… as much…" before "higher than the last vote") loses what it compares
    if (/\b(?:than|as)\b/i.test(rest.slice(0, 3).join(' '))) return null
    // never end on a word whose object is cut off ("… the disease and…"): end before it
    let stop = kept.length
    while (stop > 3 && DANGLING.test(kept[stop - 1] ?? '')) stop--
    if (/^(?:than|as)$/i.test(kept[stop] ?? '')) return null
    return `${kept.slice(0, stop).join(' ')}…`
  }
  return `${kept
    .slice(0, last + 1)
    .join(' ')
    .replace(/[,;:]$/, '')}…`
}

/** A cut prompt that opens on a verb, a conjunction or a relative word: the clause's subject was cut off. */
const SUBJECTLESS_START =
  /^…\s*[,;:]?\s*(?:and|but|or|nor|which|who|whom|whose|that|was|were|is|are|be|been|has|have|had|will|would|could|should|may|might|must|said|says|\p{Ll}+ed)\b/u

/** A sentence that starts with a bare number and a lowercase word is the tail of a cut label. */
export const FRAGMENT_START = /^\d[\d,.]*\s+\p{Ll}/u

/**
 * `text` with `date` (and a preposition before it) replaced by an ellipsis. A year that names a
 * thing ("the 2019 election", "its 2020 census") stays: "the … election" no longer says which
 * (another question's prompt never shows it: the quiz's cross-leak check keeps the two apart).
 */
function elide(text: string, date: string): string {
  const at = text.lastIndexOf(date)
  if (at < 0) return text
  if (
    /\b(?:the|a|an|its|their|his|her|this|that|last|next|\p{L}+['’]s)\s+$/iu.test(text.slice(0, at)) &&
    /^\s+\p{Ll}/u.test(text.slice(at + date.length))
  )
    return text
  const head = text
    .slice(0, at)
    .replace(/(?:^|\s+)(?:on|in|by|since|until|from|of)\s*$/i, '')
    .trimEnd()
  const tail = text.slice(at + date.length)
  return `${head}${head ? ' ' : ''}…${tail}`
}

/** Drops a quotation mark left open or closed by cutting a sentence out of a quote. */
export function balanceQuotes(text: string): string {
  let t = text
  if ((t.match(/"/g) ?? []).length % 2 === 1) t = /"$/.test(t) ? t.slice(0, -1) : t.replace(/^"/, '')
  const open = (t.match(/“/g) ?? []).length
  const close = (t.match(/”/g) ?? []).length
  if (close > open) t = t.replace(/”(?=[^”]*$)/, '')
  if (open > close) t = t.replace(/^“/, '')
  return t
}

/**
 * The fact a number states: its kind, value and what it measures, so an article that repeats a figure
 * ("14 countries" in the first paragraph and the last) is asked about it once.
 */
export function numberKey(n: NumberFact): string {
  return `number:${n.kind}:${n.value}:${n.unit ?? ''}:${n.about ?? ''}`
}

/**
 * Minor counts a civics teacher never asks when the article holds core facts: followers, views,
 * distances, durations in minutes or hours, pages.
 */
const MINOR_COUNT =
  /^(?:followers|likes|views|subscribers|retweets|shares|miles?|kilomet(?:re|er)s?|km|feet|foot|met(?:re|er)s?|yards|minutes|hours|pages|floors|steps|laps)\b/i

/** True for a count of something minor (see MINOR_COUNT), read from its unit or the word after it. */
export function minorCount(ctx: Context, n: NumberFact): boolean {
  if (n.kind !== 'count') return false
  const after = ctx.article.slice(n.end, n.end + 30).replace(/^[\s-]+/, '')
  return MINOR_COUNT.test(n.unit ?? '') || MINOR_COUNT.test(after)
}

/**
 * The most a figure can be when the article bounds it: "230 of the 435 members", "out of 50 states",
 * "the 41-member council" in its sentence, or the stated size of the body it counts members or seats
 * of ("the 650-seat Assembly" anywhere in the article); a count "short of a majority" stays below
 * half of it; one side's votes stay below the other's when they are fewer, and all sides within the
 * votes cast. Undefined when nothing bounds it.
 */
export function upperBound(ctx: Context, n: NumberFact, value: number): number | undefined {
  const after = ctx.article.slice(n.end, Math.min(n.sentence.end, n.end + 40))
  const of = /^\s*(?:[\p{L}-]+\s+)?(?:of|out of)\s+(?:the\s+|its\s+|all\s+)?(\d[\d,]*)\b/u.exec(after)
  const bounds = [of?.[1]]
  for (const m of n.sentence.text.matchAll(/\b(\d[\d,]*)[-\s](?:member|seat|strong)\b/g)) bounds.push(m[1])
  let values = bounds
    .map((b) => Number((b ?? '').replace(/,/g, '')))
    .filter((b) => Number.isFinite(b) && b > value)
  // a count of a body's members or seats: the body's size the article states elsewhere
  if (values.length === 0 && SEATS_AFTER.test(ctx.article.slice(n.end, n.end + 30))) {
    const size = bodySize(ctx, n)
    if (size !== undefined && size > value) values.push(size)
  }
  // "won 140 seats in the 326-seat house, short of a majority": no wrong value may make a majority
  // (half the body at most); "short of the 164 needed" bounds it below the threshold
  if (NO_MAJORITY.test(n.sentence.text)) {
    const needed = /\b(\d[\d,]*)\s+(?:seats?\s+|votes?\s+)?(?:needed|required)\b/.exec(n.sentence.text)
    const threshold = Number((needed?.[1] ?? '').replace(/,/g, ''))
    values = values.map((b) => Math.floor(b / 2)).filter((b) => b >= value)
    if (Number.isFinite(threshold) && threshold > value) values.push(threshold - 1)
    // the majority the article states elsewhere ("A party needs 164 seats to govern alone", "the
    // assembly has 326 seats"): a count short of it never reaches it
    const majority = remember(ctx, 'majority-line', () => majorityLine(ctx.article))
    if (majority !== undefined && majority > value && SEATS_AFTER.test(ctx.article.slice(n.end, n.end + 30)))
      values.push(majority - 1)
  }
  // "Of the 50 members of the committee, _____ voted": a part never above the total before it
  const total = totalBefore(ctx.article.slice(n.sentence.start, n.start))
  if (total !== undefined && total > value) values.push(total)
  // "arrested in 2020 and held for _____ years" in a story of 2022: no more years than have passed
  const rel = n.start - n.sentence.start
  const served = elapsedYearsMax(n.sentence.text, rel, rel + (n.end - n.start), ctx.facts.date)
  if (served !== undefined && served >= value) values.push(served)
  const votes = voteSides(ctx, n)
  if (votes) {
    const more = votes.others.filter((o) => o > value)
    if (more.length > 0) values.push(Math.min(...more) - 1)
    const othersTotal = votes.others.reduce((a, b) => a + b, 0)
    if (votes.cast !== undefined) values.push(votes.cast - othersTotal)
    // the sides of a vote in a body ("Lee received 220 votes, while Tran received 192", "The House
    // has 435 members"): together they are at most the body's members
    const size = bodySize(ctx, n)
    if (size !== undefined) values.push(size - othersTotal)
  }
  values = values.filter((b) => b >= value)
  return values.length > 0 ? Math.min(...values) : undefined
}

/**
 * The least a figure can be when the article bounds it: the larger side of a vote stays above the
 * smaller ("Lee won 230 votes and Tran 198": no wrong value for Lee falls to 198), and the whole of
 * "17 of 18 councils" stays at or above its part. Undefined when nothing bounds it.
 */
export function lowerBound(ctx: Context, n: NumberFact, value: number): number | undefined {
  const values: number[] = []
  const before = ctx.article.slice(Math.max(n.sentence.start, n.start - 30), n.start)
  const part = /(\d[\d,]*)\s+(?:[\p{L}-]+\s+)?(?:of|out of)\s+(?:the\s+|its\s+|all\s+)?$/u.exec(before)
  if (part?.[1]) values.push(Number(part[1].replace(/,/g, '')))
  // "Of the _____ members of the committee, 31 voted": a total never below the part after it
  const counted = partAfter(
    ctx.article.slice(n.sentence.start, n.start),
    ctx.article.slice(n.end, Math.min(n.sentence.end, n.end + 80)),
  )
  if (counted !== undefined) values.push(counted)
  const votes = voteSides(ctx, n)
  if (votes) {
    const fewer = votes.others.filter((o) => o < value)
    if (fewer.length > 0) values.push(Math.max(...fewer) + 1)
  }
  // "of the 435 (votes) cast": the votes cast are at least the sides the sentence counts
  if (
    /^\s*(?:votes?\s+)?(?:were\s+)?cast\b/.test(ctx.article.slice(n.end, n.end + 20)) ||
    (/\bout of\s+(?:the\s+)?$/i.test(ctx.article.slice(Math.max(0, n.start - 12), n.start)) &&
      sideOf(ctx.article, n) === 'seats')
  ) {
    const sides = (votesBySentence(ctx).get(n.sentence.start) ?? []).filter((x) => x !== n)
    if (sides.length > 0) values.push(sides.reduce((a, x) => a + x.value, 0))
  }
  const fit = values.filter((b) => Number.isFinite(b) && b <= value)
  return fit.length > 0 ? Math.max(...fit) : undefined
}

/** Nouns after a count that make it a count of a body's members or seats. */
const SEATS_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?(?:seats?|members?|lawmakers|legislators|deputies|delegates|MPs|representatives|senators|councillors|councilors)\b/u

/**
 * The size of the body a count is of, as the article states it ("the 650-seat Assembly", "a
 * 41-member council"): the stated size whose body the count's sentence names, or the article's one
 * stated size when it states only one.
 */
function bodySize(ctx: Context, n: NumberFact): number | undefined {
  const sizes = remember(ctx, 'body-sizes', () => [
    ...[...ctx.article.matchAll(/\b(\d[\d,]*)[-\s](?:seat|member)\s+(\p{L}+(?:\s+\p{Lu}\p{L}+)*)/gu)].map(
      (m) => ({
        size: Number((m[1] ?? '').replace(/,/g, '')),
        body: (m[2] ?? '').toLowerCase(),
      }),
    ),
    // "The House has 435 members", "the council has 41 seats": a body's size stated as its property
    ...[
      ...ctx.article.matchAll(/\b(\p{Lu}\p{L}+)\s+(?:has|have|had)\s+(\d[\d,]*)\s+(?:seats|members)\b/gu),
    ].map((m) => ({
      size: Number((m[2] ?? '').replace(/,/g, '')),
      body: (m[1] ?? '').toLowerCase(),
    })),
  ])
  const sentence = n.sentence.text.toLowerCase()
  const named = sizes.filter((s) => s.body.length > 2 && sentence.includes(s.body))
  const pick = named.length > 0 ? named : new Set(sizes.map((s) => s.size)).size === 1 ? sizes : []
  const found = pick.map((s) => s.size).filter((x) => Number.isFinite(x))
  return found.length > 0 ? Math.min(...found) : undefined
}

/**
 * The other sides of a vote or of a count of seats a count is one side of, in its sentence ("Lee won
 * 230 votes and Tran received 198 votes of the 435 cast"; "The Crane Party won 48 seats, while the
 * Harbor Party won 31") or, when its sentence counts no other side, in the sentence right before or
 * after it in the same paragraph ("Lee was elected with 230 votes. Tran received 198 votes."), and
 * the votes cast or seats in all when it says; null when the count is no side of one.
 */
function voteSides(ctx: Context, n: NumberFact): { others: number[]; cast?: number } | null {
  const side = sideOf(ctx.article, n)
  if (!side || !isVotes(ctx, n)) return null
  const bySentence = votesBySentence(ctx)
  const same = (x: NumberFact) => x !== n && isVotes(ctx, x) && sideOf(ctx.article, x) === side
  let others = (bySentence.get(n.sentence.start) ?? []).filter(same).map((x) => x.value)
  if (others.length === 0) others = neighbourSides(ctx, n, side).map((x) => x.value)
  const cast =
    /\b(?:of|out of)\s+(?:the\s+)?(\d[\d,]*)\s+(?:votes?\s+)?cast\b|\b(\d[\d,]*)\s+votes?\s+(?:were\s+)?cast\b|\bout of\s+(?:the\s+)?(\d[\d,]*)\s+seats\b/.exec(
      n.sentence.text,
    )
  const total = Number((cast?.[1] ?? cast?.[2] ?? cast?.[3] ?? '').replace(/,/g, ''))
  if (others.length === 0) return null
  return Number.isFinite(total) && total > 0 && total !== n.value ? { others, cast: total } : { others }
}

/**
 * The counts of the same contest in the sentence right before and right after n's, when those are
 * in n's paragraph (nothing but spaces between) and n's sentence counts no other side.
 */
function neighbourSides(ctx: Context, n: NumberFact, side: 'votes' | 'seats'): NumberFact[] {
  // the counts of votes and seats by where their sentence ends, made once: a neighbour is looked up
  // by position, so every count costs the same however many the article holds
  const byEnd = remember(ctx, 'votes-by-sentence-end', () => {
    const out = new Map<number, NumberFact[]>()
    for (const list of votesBySentence(ctx).values())
      for (const x of list) out.set(x.sentence.end, [...(out.get(x.sentence.end) ?? []), x])
    return out
  })
  const byStart = votesBySentence(ctx)
  const out: NumberFact[] = []
  for (let gap = 0; gap <= 3; gap++) {
    const before = byEnd.get(n.sentence.start - gap) ?? []
    const after = byStart.get(n.sentence.end + gap) ?? []
    for (const x of [...before, ...after]) {
      const between =
        x.sentence.start >= n.sentence.end
          ? ctx.article.slice(n.sentence.end, x.sentence.start)
          : ctx.article.slice(x.sentence.end, n.sentence.start)
      if (x.sentence.start !== n.sentence.start && !between.includes('\n') && sideOf(ctx.article, x) === side)
        out.push(x)
    }
  }
  return out
}

/**
 * True when a count is followed by "votes" ("230 votes", "198 valid votes") or "seats", and is no
 * total the sides are counted out of ("out of 91 seats", "of the 326 seats").
 */
function isVotes(ctx: Context, x: NumberFact): boolean {
  return (
    sideOf(ctx.article, x) !== null &&
    !/\b(?:of|out of)\s+(?:the\s+|its\s+|all\s+)?$/i.test(
      ctx.article.slice(Math.max(0, x.start - 16), x.start),
    )
  )
}

/** The article's counts of votes and seats by sentence start, worked out once per quiz. */
function votesBySentence(ctx: Context): Map<number, NumberFact[]> {
  return remember(ctx, 'votes-by-sentence', () => {
    const out = new Map<number, NumberFact[]>()
    for (const x of ctx.facts.numbers) {
      if (!isVotes(ctx, x)) continue
      const list = out.get(x.sentence.start) ?? []
      list.push(x)
      out.set(x.sentence.start, list)
    }
    return out
  })
}

/** The kind of a figure with the bounds the article gives it (upperBound, lowerBound). */
export function numberFit(ctx: Context, n: NumberFact, kind: NumberFact['kind'], value: number): NumberFit {
  const max = upperBound(ctx, n, value)
  const min = lowerBound(ctx, n, value)
  return { kind, ...(max === undefined ? {} : { max }), ...(min === undefined ? {} : { min }) }
}

/** A sentence saying a count falls short of a majority: "not a majority", "short of a majority". */
const NO_MAJORITY =
  /\b(?:not|no|without|short of|shy of|lacks?|lacking|lost|fell short of|falls short of|failed to (?:win|secure|reach))\s+(?:an?\s+|the\s+|its\s+|overall\s+|outright\s+|absolute\s+)*majority\b|\b(?:short of|shy of|below|under)\s+the\s+\d[\d,]*\s+(?:seats?\s+|votes?\s+)?(?:needed|required)\b/i

/**
 * True when a count is followed by the list it counts ("Three residents, Ana Ruiz, Tom Berg and Lee
 * Park, sued"; "two officials, Secretary Ann Lee and Judge Bo Tran"; "two states: Ohio and Utah"):
 * the names right after the blank spell out the answer. A list is two or more capitalised items
 * (small joining words such as "of", "the" allowed inside one: "Secretary of State Ann Lee") joined
 * by commas or "and", after a comma, colon, dash or bracket.
 */
const LIST_ITEM = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|de|la|van|von|for)\s+)*\p{Lu}[\p{L}'’.-]*)*`
const LIST_AFTER = new RegExp(
  String.raw`^[^,:;—–()]{0,40}(?:,|:|\s[—–-]|\()\s*((?:${LIST_ITEM}\s*,\s*)*(?:${LIST_ITEM}\s*,?\s+and\s+)${LIST_ITEM}|(?:${LIST_ITEM}\s*,\s*)+${LIST_ITEM})`,
  'u',
)
export function countsTheListAfter(ctx: Context, n: NumberFact): boolean {
  const after = ctx.article.slice(n.end, Math.min(n.sentence.end, n.end + 200))
  const list = LIST_AFTER.exec(after)
  if (!list?.[1]) return false
  return list[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim()).length >= 2
}

/** A list of named items joined by commas and "and" ("mAb114 and REGN-EB3", "Ohio, Utah and Iowa"). */
const NAMED_LIST =
  /((?:[\p{Lu}\d][\p{L}\d'’.-]*|\p{Ll}+\d[\p{L}\d-]*)(?:\s*,\s*(?:[\p{Lu}\d][\p{L}\d'’.-]*|\p{Ll}+\d[\p{L}\d-]*))*,?\s+and\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*|\p{Ll}+\d[\p{L}\d-]*))/gu

/**
 * True when "the N …" counts a list of N named items earlier in its sentence ("administer mAb114 and
 * REGN-EB3 … research into the two treatments"): the list before the blank spells out the answer.
 */
export function countsTheListBefore(ctx: Context, n: NumberFact): boolean {
  const before = ctx.article.slice(n.sentence.start, n.start)
  if (!/\bthe\s+$/i.test(before) || n.value < 2 || n.value > 9) return false
  for (const m of before.matchAll(NAMED_LIST))
    if ((m[1] ?? '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim()).length === n.value)
      return true
  return false
}

/**
 * Words before a count that make it the standing size of a whole, not news: "the country's 99 state
 * legislatures", "the nation's 50 governors". The words around such a blank
 * give it away (or it is trivia), so it is never asked.
 */
const FIXED_TOTAL_BEFORE =
  /\b(?:the|its|their|our)\s+(?:country|nation|state|city|world|union|bloc|region|continent|province|county|republic|kingdom|federation)['’]s\s+$/i

/** True when a count is the standing size of a whole (FIXED_TOTAL_BEFORE). */
export function fixedTotal(ctx: Context, n: NumberFact): boolean {
  return n.kind === 'count' && FIXED_TOTAL_BEFORE.test(ctx.article.slice(Math.max(0, n.start - 40), n.start))
}

/** Options of a number question where no wrong value is written elsewhere in its own prompt. */
function notInPrompt(
  arrange: (p: number) => string[] | null,
  answer: string,
  prompt: string,
): (p: number) => string[] | null {
  return (p) => {
    const opts = arrange(p)
    return opts?.some((o) => o !== answer && prompt.includes(o)) ? null : opts
  }
}

export function numberCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  for (const n of ctx.facts.numbers) {
    const shape = numberShape(n.text.trim())
    if (!shape || partOfRange(ctx.article, n) || isLabel(ctx.article, n) || isIdentifier(ctx.article, n))
      continue
    // a figure inside a quotation is the speaker's aside ("my son, who is six"), and one inside
    // brackets converts or restates another ("$400 million (£325 million)")
    const rel = n.start - n.sentence.start
    if (insideQuote(n.sentence.text, rel) || /\([^()]*$/.test(n.sentence.text.slice(0, rel))) continue
    if (n.kind === 'count' && shape.value >= 1800 && shape.value <= 2100 && !shape.commas && !n.unit) continue
    if (n.kind === 'count' && shape.value < 2) continue
    if (minorCount(ctx, n) || countsTheListAfter(ctx, n) || countsTheListBefore(ctx, n) || fixedTotal(ctx, n))
      continue
    // "55 years of age or older" is an age, and takes an age's near values
    const kind =
      n.kind === 'count' && /^\s*years?\s+(?:of\s+age|old)\b/i.test(ctx.article.slice(n.end, n.end + 20))
        ? 'age'
        : n.kind
    const fit = numberFit(ctx, n, kind, shape.value)
    const evidence = evidenceAt(ctx, n.sentence.start, n.sentence.end)
    const digits = words(n.text, ctx.cache).filter(
      (w) => /\d/.test(w) || !/^(?:percent|per|cent|million|billion|trillion|year|old)$/.test(w),
    )
    if (n.kind === 'age') {
      const owner = ageOwner(ctx, n)
      const before = ctx.article.slice(Math.max(0, n.start - 12), n.start)
      if (!owner || /\b(?:about|around|nearly|almost|was|were|aged?)\s*$/i.test(before)) continue
      const bare = { ...shape, prefix: '', suffix: '' }
      const prompt = ctx.reportsDeath
        ? `What age does the article give for ${owner.name}?`
        : `How old is ${owner.name}, according to the article?`
      const answer = renderNumber(bare, shape.value)
      if (!answer) continue
      out.push({
        type: 'number',
        factKey: numberKey(n),
        prompt,
        answer,
        distractors: [],
        arrange: once((p) => numberOptions(fit, bare, p, OPTION_COUNT)),
        explanation: () => `The article gives ${owner.name}'s age as ${answer}: ${quoteEvidence(evidence)}`,
        evidence,
        forbidden: [answer],
        support: [[answer], ctx.people.namesOf(owner).concat(['the'])],
        // a family member's age ("his wife, Mia Tran, 27") is a minor detail (minor-details.ts)
        score: familyAge(n.sentence.text, n.start - n.sentence.start, owner) ? MINOR_SCORE : 3,
      })
      continue
    }
    const text = cloze(ctx, n)
    if (!text) continue
    const answer = n.text.trim()
    // a claim the article credits to someone keeps the credit, even when the cloze cuts it off
    const credit = attributionOf(n.sentence.text)
    const credited =
      credit && !/\baccording to\b/i.test(text) && !containsPhrase(text, credit, ctx.cache)
        ? `According to ${credit.replace(/^The\b/, 'the')}, as the article reports`
        : null
    out.push({
      type: 'number',
      factKey: numberKey(n),
      prompt: credited
        ? `${credited}: fill in the blank. “${text}”`
        : `Fill in the blank from the article: “${text}”`,
      answer,
      distractors: [],
      arrange: once(notInPrompt((p) => numberOptions(fit, shape, p, OPTION_COUNT), answer, text)),
      explanation: () => `The article says ${answer}: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: digits.filter((w) => /\d/.test(w) || shape.word !== null),
      support: [[answer]],
      // a population, a change in a share, a small party's seats: asked last (minor-details.ts)
      score: minorFigure(ctx.article, n, seatsAtMost(ctx)) ? MINOR_SCORE : numberWeight(n),
    })
  }
  return out
}

/** The article's largest count of a side's seats (minor-details.ts mostSeats), once per generation. */
export function seatsAtMost(ctx: Context): number {
  return remember(ctx, 'minor:most-seats', () => mostSeats(ctx.article, ctx.facts.numbers))
}

/** What a count measures that a civics teacher asks about: votes, seats, people affected, places. */
const CIVIC_COUNT =
  /\b(?:votes?|seats?|members?|people|residents|citizens|voters|delegates|senators|representatives|lawmakers|legislators|states|countries|nations|patients|deaths|dead|killed|injured|wounded|arrested|arrests|protesters|judges|justices|cases|signatures|jobs|workers|troops|soldiers|officers|children|students|women|men|refugees|migrants|districts|counties)\b/i

/** Words before a background figure: "aged 54", "a population of", "age of". */
const MINOR_BEFORE =
  /\b(?:aged?|age\s+of|population\s+of|populations?\s+(?:is|was|of\s+about|of\s+around)|home\s+to|followers|subscribers)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$/i
/** Words after a background figure: "54 years old", "3 million inhabitants", "12 miles from". */
const MINOR_AFTER =
  /^\s*(?:million\s+|billion\s+|thousand\s+)?(?:-?\s*years?[-\s]old\b|(?:inhabitants|residents|people\s+live)\b|(?:miles|kilometres|kilometers|km)\s+(?:from|away|north|south|east|west|outside)\b|(?:followers|subscribers|views|likes)\b)/i

/**
 * How much a figure matters: money and shares first, then counts of people, votes and places; a bare
 * count of something minor ("for the last 27 years") and an ordinal last.
 */
export function numberWeight(n: NumberFact): number {
  const at = n.start - n.sentence.start
  const before = n.sentence.text.slice(Math.max(0, at - 30), at)
  const around = n.sentence.text.slice(Math.max(0, n.end - n.sentence.start), n.end - n.sentence.start + 40)
  // background figures a civics teacher asks last, if at all: an age, a population, a distance, a
  // count of followers ("aged 54", "a population of 3 million", "12 miles from the capital")
  if (MINOR_BEFORE.test(before) || MINOR_AFTER.test(around)) return 1.5
  if (n.kind === 'money') return 2.7
  if (n.kind === 'percent') return 2.6
  if (n.kind === 'ordinal') return 1.9
  if (CIVIC_COUNT.test(`${n.about ?? ''} ${n.unit ?? ''}`) || CIVIC_COUNT.test(around)) return 2.5
  return 2
}
