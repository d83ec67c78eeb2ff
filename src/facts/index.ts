import { joinQuotedSentences, parseArticle } from '../article/index'
import type { ArticleFacts, PersonFact } from '../schema'
import type { AttributionContext } from './attribution'
import { extractDates } from './dates'
import { item } from './item'
import { extractNumbers } from './numbers'
import { buildPeople } from './people'
import { findQuoteSpans } from './quote-marks'
import { extractQuotes } from './quotes'
import { extractSources } from './sources'
import { type Token, tokenize } from './tokens'

export { ArticleDateError, ArticleTextError } from '../article/errors'

/**
 * Reads the facts of an article: quotes with speakers, dates, people and roles, numbers and the
 * outlets it cites. Every offset points into `text` as given.
 */
export function extractFacts(text: string, options: { date?: string } = {}): ArticleFacts {
  const article = parseArticle(text, options)
  const { paragraphs } = article
  const spans = findQuoteSpans(text, paragraphs)
  const sentences = joinQuotedSentences(article.sentences, spans)
  const tokens: Token[] = []
  let qi = 0
  sentences.forEach((s, si) => {
    if (paragraphs[s.paragraph]?.heading) return
    const first = tokens.length
    tokenize(text, s.start, s.end, si, tokens)
    for (let k = first; k < tokens.length; k++) {
      const t = item(tokens, k)
      while (qi < spans.length && (spans[qi]?.close ?? 0) <= t.start) qi++
      const q = spans[qi]
      t.quoted = q !== undefined && t.start >= q.start && t.end <= q.end
    }
  })
  const people = buildPeople(text, sentences, tokens)
  const ctx: AttributionContext = { text, paragraphs, sentences, tokens, people }
  const quotes = extractQuotes(ctx, spans)
  const dates = extractDates(text, sentences, spans, article.date)
  const numbers = extractNumbers(text, sentences, tokens, people, dates)
  const sources = extractSources(ctx)
  const ev = (i: number | null): PersonFact['roleSentence'] => {
    const s = i === null ? undefined : sentences[i]
    return s ? { text: text.slice(s.start, s.end), start: s.start, end: s.end } : null
  }
  const used = new Set(quotes.map((q) => q.speaker).concat(sources.map((s) => s.outlet)))
  const peopleFacts: PersonFact[] = people.entities
    .filter((e) => e.mentions > 0 && (!e.weak || used.has(e.name)))
    .map((e) => ({
      name: e.name,
      kind: e.kind,
      aliases: [...e.aliases],
      ...(e.party ? { party: e.party } : {}),
      ...(e.state ? { state: e.state } : {}),
      ...(e.sponsors ? { sponsors: e.sponsors } : {}),
      role: e.role,
      roleSentence: ev(e.roleSentence),
      start: e.start,
    }))
    .sort((a, b) => a.start - b.start)
  return { date: article.date, quotes, dates, people: peopleFacts, numbers, sources }
}
