import { isAsciiAlnum } from '../article/chars'
import type { Sentence } from '../article/types'
import type { QuoteFact } from '../schema'
import {
  type Attribution,
  type AttributionContext,
  attributeAfter,
  attributeBefore,
  isGlossOrName,
  sentenceAt,
  sentenceSubject,
} from './attribution'
import { item } from './item'
import { lowerCase } from './lower'
import type { QuoteSpan } from './quote-marks'
import { speechLemma } from './speech-verbs'

const SCARE_MAX_WORDS = 2
/** How many earlier quotes a repeat of quoted words is looked for in (keeps long inputs linear). */
const REPEAT_LOOKBACK = 24

/** A run of letters, digits and apostrophes starting exactly at lastIndex (sticky). */
const QUOTE_WORD_AT = /[\p{L}\p{N}'’]+/uy

/** What QUOTE_WORD_AT would say of an ASCII char: a letter, digit or apostrophe. */
function isAsciiWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 39
}

/**
 * Lowercase words of a quotation: the runs of letters, digits and apostrophes (/[\p{L}\p{N}'’]+/gu).
 * ASCII is read by char code (much faster than matching the regex over the quote); from a non-ASCII
 * character on, the regex reads the rest of that run.
 */
export function quoteWords(s: string): string[] {
  const lower = lowerCase(s)
  const out: string[] = []
  let start = -1
  let i = 0
  while (i < lower.length) {
    const c = lower.charCodeAt(i)
    if (c < 128 ? isAsciiWordChar(c) : c === 0x2019) {
      if (start === -1) start = i
      i++
      continue
    }
    if (c >= 128) {
      QUOTE_WORD_AT.lastIndex = i
      if (QUOTE_WORD_AT.test(lower)) {
        // the regex's run is maximal: the word ends where it stops
        if (start === -1) start = i
        i = QUOTE_WORD_AT.lastIndex
        out.push(lower.slice(start, i))
        start = -1
        continue
      }
    }
    if (start !== -1) out.push(lower.slice(start, i))
    start = -1
    i++
  }
  if (start !== -1) out.push(lower.slice(start))
  return out
}

function evidence(text: string, s: Sentence): { text: string; start: number; end: number } {
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end }
}

/**
 * Attributes every quotation to a speaker and drops scare quotes: tries the words after the quote,
 * the words before it, a continuation of the paragraph's previous quote, a repeat of earlier quoted
 * words, then the sentence's subject.
 */
/**
 * Whether `text` holds only white space from `from` to `to`: read backwards from `to`, so it stops at
 * the first other character (a quote deep in a long sentence costs one step, not the sentence).
 */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xa0 && !/\s/.test(text.charAt(i))) return false
  }
  return true
}

export function extractQuotes(ctx: AttributionContext, spans: readonly QuoteSpan[]): QuoteFact[] {
  const { text, sentences } = ctx
  const out: QuoteFact[] = []
  const outSpans: QuoteSpan[] = []
  const attributed: Array<{ span: QuoteSpan; att: Attribution | null; words: string[]; joined: string }> = []
  const lastInSentence = new Map<number, { att: Attribution | null }>()
  spans.forEach((q, qi) => {
    const si = sentenceAt(sentences, q.open)
    const s = item(sentences, si)
    const ci = sentenceAt(sentences, Math.max(q.open, q.close - 1))
    const cs = item(sentences, ci)
    const prev = spans[qi - 1]
    const next = spans[qi + 1]
    const beforeFrom = prev && prev.close > s.start && prev.close <= q.open ? prev.close : s.start
    const afterTo = next && next.open < cs.end && next.open >= q.close ? next.open : cs.end
    const inner = text.slice(q.start, q.end)
    const qWords = quoteWords(inner)
    const startsSentence = onlySpaceBetween(text, s.start, q.open)
    const endsLikeSaid = /[,!?—–-]\s*$/.test(inner) || /^\s*[,—–-]/.test(text.slice(q.close, q.close + 2))
    const joined = ` ${qWords.join(' ')} `
    let att: Attribution | null = repeatOf(attributed, qWords, joined)
    const tryAfter = (): Attribution | null => (q.openEnded ? null : attributeAfter(ctx, q.close, afterTo))
    const tryBefore = (): Attribution | null => attributeBefore(ctx, s, beforeFrom, q.open)
    if (att === null)
      att = startsSentence || endsLikeSaid ? (tryAfter() ?? tryBefore()) : (tryBefore() ?? tryAfter())
    // `"We will not raise taxes." Ortiz said.`: a quote closed with a period, its speaker in a short
    // sentence of its own right after it
    if (att === null && !q.openEnded) att = attributionSentenceAfter(ctx, q, ci)
    if (att?.pattern === 'coordinated') {
      const sameSentence = lastInSentence.get(si)
      att = sameSentence?.att ? { ...sameSentence.att, pattern: 'coordinated' } : { ...att }
    }
    // "Smith added:" closing the paragraph before, the quote opening this one.
    const para = ctx.paragraphs[q.paragraph]
    const prevPara = ctx.paragraphs[q.paragraph - 1]
    if (
      att === null &&
      para &&
      prevPara &&
      q.open === para.start &&
      /:\s*$/.test(text.slice(prevPara.end - 2, prevPara.end))
    ) {
      const ps = item(sentences, sentenceAt(sentences, prevPara.end - 1))
      att = attributeBefore(ctx, ps, ps.start, prevPara.end)
      if (att?.pattern === 'coordinated') att = null
    }
    // "Their statement also read '…'": a statement owned by a pronoun is the previous speaker's (that
    // pronoun's referent), when the quote before, in this paragraph or the one before, has a speaker
    if (
      att?.pattern === 'reported' &&
      att.entity === null &&
      OWNED_STATEMENT.test(text.slice(s.start, q.open))
    ) {
      const last = attributed[attributed.length - 1]
      if (last?.att?.entity != null && q.paragraph - last.span.paragraph <= 1)
        att = { ...last.att, pattern: 'continuation' }
    }
    if (att === null) {
      const last = attributed[attributed.length - 1]
      // (an unnamed source's quote, "… an official said.", goes on too: its next quote is the same source's)
      const samePara =
        last &&
        last.span.paragraph === q.paragraph &&
        (last.att?.entity != null || last.att?.pattern === 'unnamed-source')
      // A paragraph that opens with an unattributed quote goes on with the previous paragraph's speaker.
      const runsOn = last?.span.paragraph === q.paragraph - 1 && q.open === ctx.paragraphs[q.paragraph]?.start
      // a short quote that is a whole sentence of its own ("They work.") is speech, not a scare quote
      const ownSentence =
        /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner.trim()) && text.slice(s.start, q.open).trim() === ''
      if (last?.att && (samePara || runsOn) && (qWords.length > SCARE_MAX_WORDS || ownSentence))
        att = { ...last.att, pattern: 'continuation' }
    }
    // `Senator Ida Moor rose. She was angry. "This bill is a disgrace."`: a quote that is a whole
    // sentence of its own, unattributed, right after one or two sentences of its paragraph about a person
    if (
      att === null &&
      startsSentence &&
      !q.openEnded &&
      qWords.length > SCARE_MAX_WORDS &&
      text.slice(q.close, cs.end).trim() === '' &&
      !isGlossOrName(ctx, q)
    )
      att = nearbySubject(ctx, si)
    if (att === null && qWords.length > SCARE_MAX_WORDS && !isGlossOrName(ctx, q)) {
      const subj = sentenceSubject(ctx, s, q.open)
      if (subj && subj.entity !== null && item(ctx.people.entities, subj.entity).kind === 'person')
        att = { entity: subj.entity, pattern: 'subject', verb: null, resolved: subj.kind !== 'name' }
    }
    if (att === null && (qWords.length <= SCARE_MAX_WORDS || isGlossOrName(ctx, q))) return
    if (isWorkTitle(text, q) || /\bso[- ]called\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open)))
      return
    // "Officers have been asked to model a 'community-run' option": a passive verb names no speaker
    if (
      att !== null &&
      att.entity === null &&
      att.verb &&
      qWords.length <= SCARE_MAX_WORDS &&
      new RegExp(`\\b(?:been|being|be|was|were|is|are)\\s+${att.verb}\\b`, 'i').test(
        text.slice(s.start, q.open),
      )
    )
      return
    // `Robert "Bob" Smith`: a nickname inside a name is part of the name, not a quotation
    if (isNickname(text, q, qWords.length)) return
    const prevOut = out[out.length - 1]
    const prevSpan = outSpans[outSpans.length - 1]
    const kind =
      isTermQuote(text, s.start, q) ||
      // `charged with "A" and "B"`: a quote listed right after a term is a term too
      (prevOut?.kind === 'term' &&
        prevSpan !== undefined &&
        /^\s*(?:,|and|or|, and|, or)\s*$/.test(text.slice(prevSpan.close, q.open)))
        ? 'term'
        : 'speech'
    if (kind === 'term') att = null
    attributed.push({ span: q, att, words: qWords, joined })
    if (att) lastInSentence.set(si, { att })
    const entity = att?.entity ?? null
    outSpans.push(q)
    out.push({
      text: inner,
      start: q.start,
      end: q.end,
      speaker: entity === null ? null : item(ctx.people.entities, entity).name,
      attribution: att ? { pattern: att.pattern, verb: att.verb, resolved: att.resolved } : null,
      sentence: evidence(text, s),
      kind,
    })
  })
  // A quotation that runs on over paragraphs, attributed only at its end: each open part is the
  // speaker's whose words close it ("'… like it.¶'But … who we are,' Achebe said.")
  for (let k = out.length - 2; k >= 0; k--) {
    const q = item(out, k)
    const span = item(outSpans, k)
    const next = item(out, k + 1)
    const nextSpan = item(outSpans, k + 1)
    if (
      q.speaker === null &&
      span.openEnded &&
      next.speaker !== null &&
      nextSpan.paragraph === span.paragraph + 1 &&
      nextSpan.open === ctx.paragraphs[nextSpan.paragraph]?.start
    )
      out[k] = {
        ...q,
        speaker: next.speaker,
        attribution: next.attribution ? { ...next.attribution, pattern: 'continuation' } : null,
      }
  }
  return out
}

/** "its statement", "their own letter": a speech noun owned by a pronoun, not by a name. */
const OWNED_STATEMENT =
  /\b(?:its|their|his|her)\s+(?:own\s+|latest\s+|written\s+|joint\s+)?(?:statement|letter|release|post|tweet|message|filing|submission|response|reply)\b/i

/** How many sentences back a standalone quote looks for the person the paragraph is about. */
const NEARBY_SENTENCES = 2

/**
 * The person who is the subject (by name, or by a pronoun or role resolved to them) of one of the
 * NEARBY_SENTENCES sentences before sentence `si` in its paragraph, the nearest first; those sentences
 * hold no quotation marks (another speaker's quote would break the chain). Null when none is.
 */
function nearbySubject(ctx: AttributionContext, si: number): Attribution | null {
  const here = ctx.sentences[si]
  if (!here) return null
  for (let k = si - 1; k >= Math.max(0, si - NEARBY_SENTENCES); k--) {
    const s = item(ctx.sentences, k)
    if (s.paragraph !== here.paragraph) return null
    if (/["“”]/.test(ctx.text.slice(s.start, s.end))) return null
    const subj = sentenceSubject(ctx, s, s.end)
    if (subj && subj.entity !== null && item(ctx.people.entities, subj.entity).kind === 'person')
      return { entity: subj.entity, pattern: 'nearby-subject', verb: null, resolved: true }
  }
  return null
}

/**
 * Words right before a quotation that make it a criminal charge, not speech: "charged with", "on
 * charges of", "convicted of", "accused of", "arrested on suspicion of", "the offence of".
 */
const CHARGE_BEFORE =
  /(?:\b(?:charg(?:ed|es|ing)|indict(?:ed|ing)?)\b[^.;:"“”]{0,60}\b(?:with|on|for)|\baccused\s+of|\b(?:convict(?:ed|s|ing)|guilty|acquitt(?:ed|ing)|suspicion)\b[^.;:"“”]{0,60}\bof|\b(?:charges?|counts?|offen[cs]es?|crimes?)\s+(?:of|for|including|under)|\barrested\b[^.;:"“”]{0,40}\b(?:on|for))\s+(?:the\s+)?(?:(?:crime|offen[cs]e|charge)s?\s+of\s+)?$/i
/**
 * Words right before a quotation that make it the wording of a document, a question or a sign: "the
 * form asks,", "the clause reads", "the ballot question", "a banner reading", "under the heading".
 */
const DOCUMENT_BEFORE =
  /\b(?:forms?|laws?|act|bill|clause|amendment|constitution|question|ballot|referendum|wording|phrase|term|slogans?|motto|signs?|banners?|placards?|label|heading|headline|title|caption|section|provision|statute|petition|box|oath|pledge|charter|treaty|rule|order|words)\s*,?\s*(?:(?:that|which)\s+)?(?:reads?|reading|says?|saying|states?|stating|asks?|asking|asked|declares?|declaring|provides?|providing|requires?|requiring|bearing)?\s*[,:]?\s*$/i
/** A label: "they are called 'U.S. nationals'", "what officials termed 'a pause'". */
const LABEL_BEFORE =
  /\b(?:called|termed|labell?ed|branded|dubbed|nicknamed|titled|entitled|known as|so-called)\s*$/i
/** A slogan: words chanted or sung by a crowd, or printed on a sign ("protesters chanted 'No more wars'"). */
const SLOGAN_BEFORE =
  /\b(?:chant(?:s|ed|ing)?|sang|sing(?:s|ing)?|emblazoned with|printed with|reading|with the words)\s*[,:]?\s*$/i

/**
 * A speech verb, then the document the quote goes on to describe, with no reading verb of its own:
 * "Ruiz said the bill 'will protect families'", "she told reporters that the law 'puts children
 * first'", "she said in a statement that the act 'ends the wait'". The quoted words are the speaker's about the document, not its wording.
 */
const SPEECH_ABOUT_DOCUMENT =
  /\b(\p{Ll}+)(?:\s+(?:reporters|journalists|the\s+press|lawmakers|him|her|them|us|me))?(?:\s+that|(?:\s+[\p{Ll}-]+){1,4}?\s+that)?\s+(?:the|this|that|her|his|their|our|its|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:law|laws|act|bill|amendment|rule|order|treaty|charter|provision|clause|statute|constitution|ruling)\s*,?\s*$/u

function speakerOnDocument(before: string): boolean {
  const m = SPEECH_ABOUT_DOCUMENT.exec(before)
  const lemma = m?.[1] === undefined ? undefined : speechLemma(m[1])
  return lemma !== undefined && lemma !== 'call' && lemma !== 'label' && lemma !== 'dub' && lemma !== 'brand'
}

/**
 * Quoted words nobody says in the article: a charge, the wording of a form, law, clause or question,
 * a slogan on a sign or in a chant, or a name/title (isTitleLike through the callers). Read from the
 * words of the sentence right before the opening mark.
 */
export function isTermQuote(text: string, sentenceStart: number, q: QuoteSpan): boolean {
  const before = text.slice(Math.max(sentenceStart, q.open - 80), q.open)
  return (
    CHARGE_BEFORE.test(before) ||
    (DOCUMENT_BEFORE.test(before) && !speakerOnDocument(before)) ||
    SLOGAN_BEFORE.test(before) ||
    LABEL_BEFORE.test(before)
  )
}

/** `Robert "Bob" Smith`: one or two capitalised words in quotation marks between two parts of a name. */
function isNickname(text: string, q: QuoteSpan, words: number): boolean {
  if (words === 0 || words > 2) return false
  const inner = text.slice(q.start, q.end)
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u.test(inner)) return false
  return (
    /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, q.open - 30), q.open)) &&
    /^ \p{Lu}/u.test(text.slice(q.close, q.close + 2))
  )
}

/** At most this many words before the speech verb of an attribution sentence ("Gov. Ana Cruz, 54, said."). */
const ATTRIBUTION_SENTENCE_WORDS = 10
/** What may follow the verb: "on Tuesday", "in a statement", "to reporters", nothing with a clause. */
const ATTRIBUTION_TAIL =
  /^(?:\s+(?:on|in|at|to|during|after|before|via|through|from|with|of|later|afterwards|then|again)\b[^"“”.!?;:]{0,60}|\s+(?:reporters|journalists|him|her|them))?\s*[.!]?\s*$/u

/**
 * The speaker of a quote that ends its sentence when the next sentence of the paragraph only says
 * who spoke (`"…." Ortiz said.`, `"…." Ortiz, the mayor, said on Tuesday.`), else null.
 */
function attributionSentenceAfter(ctx: AttributionContext, q: QuoteSpan, ci: number): Attribution | null {
  const cs = ctx.sentences[ci]
  const next = ctx.sentences[ci + 1]
  if (!cs || !next || next.paragraph !== cs.paragraph) return null
  if (ctx.text.slice(q.close, cs.end).trim() !== '') return null
  const body = ctx.text.slice(next.start, next.end)
  if (/["“”]/.test(body)) return null
  const att = attributeAfter(ctx, next.start, next.end)
  if (att === null || att.verb === null) return null
  const verb = new RegExp(`\\b${att.verb}\\b`, 'i').exec(body)
  if (!verb) return null
  const before = body.slice(0, verb.index).trim()
  if (before.split(/\s+/).length > ATTRIBUTION_SENTENCE_WORDS) return null
  if (!ATTRIBUTION_TAIL.test(body.slice(verb.index + verb[0].length))) return null
  return { ...att, pattern: 'x-said-next' }
}

const WORK_NOUNS =
  /^["”’']?,?\s+(?:a|an|the)\s+(?:new\s+|recent\s+|landmark\s+)?(?:report|book|study|film|documentary|paper|album|song|play|series|programme|program|survey|review|article|essay|novel|show|white paper|strategy)\b/i

/** A title of a work: every main word capitalised, named as a report, book, film… right after it. */
function isWorkTitle(text: string, q: QuoteSpan): boolean {
  // the naming noun after the quote is rare: test it before splitting the quote into words
  if (!WORK_NOUNS.test(text.slice(q.close - 1, q.close + 40))) return false
  const inner = text.slice(q.start, q.end).trim()
  const ws = inner.split(/\s+/)
  if (ws.length < 2 || ws.length > 10 || /[.!?;:…]$/.test(inner)) return false
  const main = ws.filter((w) => !/^(?:a|an|the|of|and|or|in|on|at|to|for|with|from|by)$/i.test(w))
  return main.every((w) => /^[\p{Lu}\d]/u.test(w))
}

/** Quoted words that repeat part of an earlier attributed quote are that speaker's words. */
function repeatOf(
  earlier: ReadonlyArray<{ att: Attribution | null; words: string[]; joined: string }>,
  qWords: readonly string[],
  /** ` ${qWords.join(' ')} ` */
  joined: string,
): Attribution | null {
  if (qWords.length < 2) return null
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - REPEAT_LOOKBACK); i--) {
    const x = earlier[i]
    if (x?.att?.entity != null && x.words.length > qWords.length && x.joined.includes(joined))
      return { ...x.att, pattern: 'repeat', verb: null }
  }
  return null
}
