/** "True or false: …" — a sentence of the article, or the same sentence with one element swapped. */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence, remember } from '../context'
import { dateAnswerText, dateFormat, falseDates, yearCycle } from '../dates'
import { billNames } from '../frames/bill'
import { dateTiedToEvent, MINOR_SCORE, minorFigure } from '../minor-details'
import { isIdentifier } from '../number-bounds'
import { type NumberFit, type NumberShape, numberOptions, numberShape } from '../numbers'
import { optionName } from '../option-kinds'
import { fnv1a } from '../random'
import { hasBackReference, hasUnresolvedPronoun } from '../references'
import { contentWords, insideQuote, squash, stripFinal, wordCount } from '../text'
import { FRAGMENT_START, isLabel, numberFit, numberKey, numberWeight, seatsAtMost } from './number'
import { officeOf, roleFacts } from './role'
import {
  attributionEvidence,
  fitSpeaker,
  runsOnFromAnother,
  shownQuote,
  usableQuotes,
  wholeSaying,
  wrongSpeakers,
} from './who-said'

/** Words that make a number a bound rather than a value ("at least", "more than", "nearly"…). */
const BOUND =
  /\b(?:at least|at most|more than|less than|fewer than|over|under|up to|nearly|almost|about|around|roughly|approximately|some|as (?:many|much|high|low) as|no more than|no fewer than|upwards of)\s+(?:\$|£|€)?$/i

/** Third-person words: a quote with one may name the person a false statement puts in the speaker's place. */
const THIRD_PERSON = /\b(?:he|she|him|her|his|hers)\b/i

const PRONOUN_START = /^(?:he|she|they|it|this|that|these|those|his|her|their|its)\b/i

/** A sentence fit to be a statement: short, complete, not opening with a pronoun. */
function statementFrom(sentence: string): string | null {
  const s = squash(sentence)
  if (PRONOUN_START.test(s) || FRAGMENT_START.test(s)) return null
  const n = wordCount(s)
  if (n > 40 || n < 6) return null
  if (!/[.!]["'”’)\]]*$/.test(s) || /^["'“‘]/.test(s)) return null
  const straight = (s.match(/"/g) ?? []).length
  const curly = (s.match(/“/g) ?? []).length - (s.match(/”/g) ?? []).length
  if (straight % 2 !== 0 || curly !== 0) return null
  return s
}

/**
 * True when another person's role is of the same line of work as the office (they share an office
 * word: "Interior Minister" and "Prime Minister"), so putting them in the holder's place is a
 * believable mistake, not an absurd one (a president as a city's mayor-elect).
 */
function sameLine(role: string | null, office: string): boolean {
  if (!role) return false
  const mine = new Set(contentWords(office).flatMap((w) => w.split('-')))
  return contentWords(role)
    .flatMap((w) => w.split('-'))
    .some((w) => mine.has(w) && w.length > 3)
}

/** Replaces the one occurrence of `from` in `s` (starting at its offset) with `to`. */
function swapAt(s: string, at: number, from: string, to: string): string {
  return s.slice(0, at) + to + s.slice(at + from.length)
}

function once(hay: string, needle: string): boolean {
  const i = hay.indexOf(needle)
  return i >= 0 && hay.indexOf(needle, i + 1) < 0
}

/** Words of a key civic event: a date in such a sentence is one a teacher asks about. */
const CIVIC_EVENT =
  /\b(?:elect(?:ed|ion|ions)?|vot(?:e|ed|es|ing)|pass(?:ed|es)|sign(?:ed|s)|rul(?:ed|ing)|decision|verdict|sentenc(?:ed|e)|convicted|acquitted|impeach(?:ed|ment)|introduced|enacted|ratifi(?:ed|cation)|approved|sworn|inaugurat(?:ed|ion)|appointed|resign(?:ed|ation)|founded|established|constitution|independence|coup|referendum|treaty|law|act|bill|court|parliament|congress|legislat(?:ure|ion|ive)|took office|royal|throne|crown|monarch(?:y)?|abdicat(?:ed|ion))\b/i

/**
 * Words that make a statement's truth depend on when it is read: a future plan ("will", "is expected
 * to") or a standing that changes ("the current leader", "the leading candidate for the next
 * election"). Such a statement is never asked as true or false.
 */
const TIME_BOUND =
  /\b(?:will|shall|current(?:ly)?|leading|next|upcoming|front-?runners?|presumptive|(?:is|are) (?:expected|set|scheduled|due|slated|poised|likely) to|plans? to|soon)\b/i

/** True when a statement (outside its quotations) says something only true at one time (see TIME_BOUND). */
export function timeBound(statement: string): boolean {
  return TIME_BOUND.test(statement.replace(/“[^”]*”|"[^"]*"/g, '""'))
}

/** Words opening a subordinate clause: a date in one dates the background, not the sentence's news. */
const SUBORDINATE =
  /^(?:who|whom|whose|which|that|since|after|before|when|while|whilst|following|as|because|although|though|once|until|where|first|previously|formerly|originally|earlier)\b/i

/**
 * True when a date sits in a subordinate clause, a parenthesis or a participle clause of its
 * sentence ("Roe, who was elected in 2010, said on 4 May …"; "The act, passed in 1965, …"): it dates
 * the background, and shifting it asks a minor detail, not the sentence's news.
 */
export function backgroundDate(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at)
  if (/\([^()]*$/.test(before)) return true
  const parts = before.split(/,|;|:|—|–| - /)
  const clause = (parts[parts.length - 1] ?? '').trim()
  if (parts.length > 1 && /^\p{Ll}+(?:ed|en)\b/u.test(clause)) return true
  return SUBORDINATE.test(clause) || /\b(?:who|which|since|after|before|when|while)\b/i.test(clause)
}

/** A generic name for a bill as a statement's subject: clear only when the article has one bill. */
const GENERIC_BILL = /^(?:the|this) (?:legislation|bill|measure|resolution)\b/i
/** Bill labels: "H.R. 3461", "S. 12", "H. Res. 411". */
const BILL_LABEL = /\b(?:H\.\s?R|S|H\.\s?Res|S\.\s?Res|H\.\s?J\.\s?Res)\.\s?\d+/g

/** True when a statement stands on its own: no back reference, no pronoun without its name. */
export function clearStatement(ctx: Context, statement: string): boolean {
  if (hasBackReference(statement) || hasUnresolvedPronoun(statement)) return false
  if (!GENERIC_BILL.test(statement)) return true
  // the article's bill labels, read once per generation (not once per statement)
  const labels = remember(
    ctx,
    'bill-labels',
    () => new Set((ctx.article.match(BILL_LABEL) ?? []).map((l) => l.replace(/\s/g, ''))),
  )
  return labels.size + billNames(ctx).length <= 1
}

/**
 * A wrong value for a figure, far enough from the true one to be a real mistake (never one unit off:
 * "three years" against "four years" tests nothing), or null.
 */
function falseNumber(n: NumberFit, shape: NumberShape): string | null {
  const opts = [numberOptions(n, shape, 1, 4), numberOptions(n, shape, 0, 4), numberOptions(n, shape, 3, 4)]
  for (const o of opts.flatMap((x) => x ?? [])) {
    const v = numberShape(o)?.value
    if (v === undefined || v === shape.value) continue
    const gap = Math.abs(v - shape.value)
    if (gap >= 2 && gap >= 0.2 * shape.value) return o
  }
  return null
}

export function trueFalseCandidates(ctx: Context, seed: string): Candidate[] {
  const out: Candidate[] = []
  // a sentence holding several figures or dates is made a statement once
  const statements = new Map<string, string | null>()
  const statementOf = (sentence: string): string | null => {
    let st = statements.get(sentence)
    if (st === undefined) {
      st = statementFrom(sentence)
      statements.set(sentence, st)
    }
    return st
  }
  // the seed's choice of variant, when ranking has no reason to prefer one
  const truthOf = (key: string): boolean => fnv1a(`${seed}|tf|${key}`) % 2 === 0
  /**
   * Both statements of a fact, the true one and the false one; ranking keeps at most one (they share
   * the fact) and balances True and False over the quiz.
   */
  const push = (
    factKey: string,
    statements: { true: string; false: string },
    right: string,
    wrong: string,
    e: Candidate['evidence'],
    support: string[] = [right],
    base = 1.9,
  ) => {
    // a statement lifted with "he", "this bill" or "the legislation" (of several) asks nothing clear
    if (!clearStatement(ctx, statements.true)) return
    // a plan or a standing ("will open", "the leading candidate") is true only when it is read
    if (timeBound(statements.true)) return
    const evidence = evidenceAt(ctx, e.start, e.end)
    const preferred = truthOf(factKey)
    for (const truth of [true, false]) {
      const statement = truth ? statements.true : statements.false
      out.push({
        type: 'true-false',
        factKey,
        // the statement without its final full stop: a question, not a copy of the evidence
        prompt: `True or false: ${statement.replace(/\.(?=["'”’)\]]*$)/, '')}`,
        answer: truth ? 'True' : 'False',
        distractors: [truth ? 'False' : 'True'],
        // a false year or figure (a swapped person is shown as an option everywhere, and fairly so)
        ...(truth || !/\d/.test(wrong) ? {} : { falseValue: wrong, trueValue: right }),
        explanation: () =>
          truth
            ? `True. The article says: ${quoteEvidence(evidence)}`
            : `False: the article says ${right}, not ${wrong}. ${quoteEvidence(evidence)}`,
        evidence,
        forbidden: [],
        support: [support],
        score: base + (truth === preferred ? 0.05 : 0),
      })
    }
  }
  for (const n of ctx.facts.numbers) {
    if (n.kind === 'age' || (n.kind === 'count' && n.value < 2)) continue
    const shape = numberShape(n.text.trim())
    const statement = statementOf(n.sentence.text)
    const rel = n.start - n.sentence.start
    if (!shape || !statement || !once(n.sentence.text, n.text) || insideQuote(n.sentence.text, rel)) continue
    if (
      isLabel(ctx.article, n) ||
      isIdentifier(ctx.article, n) ||
      /\([^()]*$/.test(n.sentence.text.slice(0, rel))
    )
      continue
    // "at least 25%" stays true of 20%: a bound is never the element swapped
    if (BOUND.test(n.sentence.text.slice(Math.max(0, rel - 24), rel))) continue
    // only a figure that matters (money, a share, a count of people, votes or seats) is swapped
    if (numberWeight(n) < 2.5) continue
    const key = numberKey(n)
    const wrong = falseNumber(numberFit(ctx, n, n.kind, shape.value), shape)
    if (!wrong || n.sentence.text.includes(wrong)) continue
    const swapped = squash(swapAt(n.sentence.text, rel, n.text, wrong))
    // a population, a body's size, a change in a share, a small party's seats: asked last
    const minor = minorFigure(ctx.article, n, seatsAtMost(ctx))
    push(
      key,
      { true: statement, false: swapped },
      n.text.trim(),
      wrong,
      n.sentence,
      [n.text.trim()],
      minor ? MINOR_SCORE : 1.9,
    )
  }
  for (const d of ctx.facts.dates) {
    const format = dateFormat(d.text, d.iso, ctx.cache)
    const statement = statementOf(d.sentence.text)
    if (!format?.absolute || !statement || !once(d.sentence.text, d.text)) continue
    // only a key civic date is swapped (an election, a vote, a ruling, a law), never a minor one
    if (!CIVIC_EVENT.test(d.sentence.text)) continue
    const key = `date:${d.start}`
    const others = ctx.facts.dates.filter((o) => o !== d)
    const answer = dateAnswerText(d.text)
    const cycle = yearCycle(d.sentence.text, Number(d.iso.slice(0, 4)))
    const wrong = falseDates(d, others, ctx.facts.date, ctx.cache, cycle).find(
      (w) => !d.sentence.text.includes(w),
    )
    const rel = d.start - d.sentence.start + d.text.indexOf(answer)
    if (!wrong || d.sentence.text.includes(wrong) || insideQuote(d.sentence.text, rel)) continue
    // a date given for context ("X, who was elected in 2010, …") is never the one shifted
    if (backgroundDate(d.sentence.text, rel)) continue
    const swapped = squash(swapAt(d.sentence.text, rel, answer, wrong))
    // a date of a side event ("Lee, arrested in 1963, later led the court"): asked last
    const tied = dateTiedToEvent(d, (t) => CIVIC_EVENT.test(t))
    push(
      key,
      { true: statement, false: swapped },
      answer,
      wrong,
      d.sentence,
      [answer],
      tied ? 1.9 : MINOR_SCORE,
    )
  }
  for (const q of usableQuotes(ctx)) {
    const n = wordCount(q.text, ctx.cache)
    if (!q.speaker || n < 5 || !wholeSaying(q.text, n)) continue
    const speaker = ctx.people.find(q.speaker)
    // a title without a name or a group is no one to say "X said" of, true or false
    if (!fitSpeaker(ctx, q, speaker, true)) continue
    const evidence = attributionEvidence(ctx, q, speaker)
    if (!evidence) continue
    const names = speaker ? ctx.people.namesOf(speaker) : [q.speaker]
    if (runsOnFromAnother(ctx, q, names) || THIRD_PERSON.test(q.text)) continue
    const name = speaker ? optionName(speaker) : q.speaker
    const other = wrongSpeakers(ctx, q, names, speaker?.kind ?? 'person')[0]
    if (!other) continue
    const key = `quote:${q.start}`
    const quote = stripFinal(shownQuote(q.text, 25))
    const said = (who: string) => `${who} said: “${quote}”.`
    push(key, { true: said(name), false: said(optionName(other)) }, name, optionName(other), evidence, names)
  }
  for (const f of roleFacts(ctx)) {
    // "X is the mayor of Y": the holder, or someone else from the article in their place
    // the one put in the holder's place holds an office too: a firm's founder as the city's police
    // spokesman is a swap nobody would believe
    const other = officeOf(ctx, f)
    const swap = other?.wrong.find((w) => sameLine(w.role, f.role))
    if (!other || !swap) continue
    const key = `role:${f.person.name}`
    const holds = (who: string) => `${who} is ${other.office}.`
    const [right, wrong] = [optionName(f.person), optionName(swap)]
    push(key, { true: holds(right), false: holds(wrong) }, right, wrong, f.evidence, f.names)
  }
  return out
}
