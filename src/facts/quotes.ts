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
import type { Entity } from './people'
import type { QuoteSpan } from './quote-marks'

const SCARE_MAX_WORDS = 2

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w.length > 0)
}

function evidence(text: string, s: Sentence): { text: string; start: number; end: number } {
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end }
}

/**
 * Attributes every quotation to a speaker and drops scare quotes: tries the words after the quote,
 * the words before it, a continuation of the paragraph's previous quote, a repeat of earlier quoted
 * words, then the sentence's subject.
 */
export function extractQuotes(ctx: AttributionContext, spans: readonly QuoteSpan[]): QuoteFact[] {
  const { text, sentences } = ctx
  const out: QuoteFact[] = []
  const attributed: Array<{ span: QuoteSpan; att: Attribution | null; words: string[] }> = []
  spans.forEach((q, qi) => {
    const si = sentenceAt(sentences, q.open)
    const s = sentences[si] as Sentence
    const ci = sentenceAt(sentences, Math.max(q.open, q.close - 1))
    const cs = sentences[ci] as Sentence
    const prev = spans[qi - 1]
    const next = spans[qi + 1]
    const beforeFrom = prev && prev.close > s.start && prev.close <= q.open ? prev.close : s.start
    const afterTo = next && next.open < cs.end && next.open >= q.close ? next.open : cs.end
    const inner = text.slice(q.start, q.end)
    const qWords = words(inner)
    const startsSentence = text.slice(s.start, q.open).trim() === ''
    const endsLikeSaid = /[,!?—–-]\s*$/.test(inner) || /^\s*[,—–-]/.test(text.slice(q.close, q.close + 2))
    let att: Attribution | null = null
    const tryAfter = (): Attribution | null => (q.openEnded ? null : attributeAfter(ctx, q.close, afterTo))
    const tryBefore = (): Attribution | null => attributeBefore(ctx, s, beforeFrom, q.open)
    if (startsSentence || endsLikeSaid) att = tryAfter() ?? tryBefore()
    else att = tryBefore() ?? tryAfter()
    if (att?.pattern === 'coordinated') {
      const sameSentence = attributed.findLast((x) => sentenceAt(sentences, x.span.open) === si && x.att)
      att = sameSentence?.att ? { ...sameSentence.att, pattern: 'coordinated' } : { ...att }
    }
    if (att === null) {
      const last = attributed[attributed.length - 1]
      const samePara = last && last.span.paragraph === q.paragraph && last.att?.entity != null
      const runsOn =
        last?.span.openEnded && last.span.paragraph === q.paragraph - 1 && q.open === paragraphStart(ctx, q)
      if (last?.att && (samePara || runsOn) && qWords.length > SCARE_MAX_WORDS)
        att = { ...last.att, pattern: 'continuation' }
    }
    if (att === null && qWords.length >= 2) {
      const joined = qWords.join(' ')
      const earlier = attributed.find(
        (x) => x.att?.entity != null && ` ${x.words.join(' ')} `.includes(` ${joined} `),
      )
      if (earlier?.att) att = { ...earlier.att, pattern: 'repeat', verb: null }
    }
    if (att === null && qWords.length > SCARE_MAX_WORDS && !isGlossOrName(ctx, q)) {
      const subj = sentenceSubject(ctx, s, q.open)
      if (subj && subj.entity !== null && (ctx.people.entities[subj.entity] as Entity).kind === 'person')
        att = { entity: subj.entity, pattern: 'subject', verb: null, resolved: subj.kind !== 'name' }
    }
    if (att === null && (qWords.length <= SCARE_MAX_WORDS || isGlossOrName(ctx, q))) return
    attributed.push({ span: q, att, words: qWords })
    const entity = att?.entity ?? null
    out.push({
      text: inner,
      start: q.start,
      end: q.end,
      speaker: entity === null ? null : (ctx.people.entities[entity] as Entity).name,
      attribution: att ? { pattern: att.pattern, verb: att.verb, resolved: att.resolved } : null,
      sentence: evidence(text, s),
    })
  })
  return out
}

function paragraphStart(ctx: AttributionContext, q: QuoteSpan): number {
  const s = ctx.sentences.find((x) => x.paragraph === q.paragraph)
  return s ? s.start : -1
}
