/** What every question builder reads: the article, its facts and who is who. */
import type { ArticleFacts, Evidence } from '../schema'
import { GenerationCache } from './cache'
import { PeopleIndex } from './people'
import { secondNamePairs } from './second-names'
import { previousSentenceStart, squash } from './text'

export interface Context {
  article: string
  facts: ArticleFacts
  people: PeopleIndex
  /** True when the article reports a death, so ages are asked without "is". */
  reportsDeath: boolean
  /** The generation's one cache: tokens, joined words, date formats and shared derived work. */
  cache: GenerationCache
}

/**
 * The value under `key` in the context's cache, computed by `make` the first time. Each key has one
 * maker, so the value's type is the maker's.
 */
export function remember<T>(ctx: Context, key: string, make: () => T): T {
  if (ctx.cache.derived.has(key)) return ctx.cache.derived.get(key) as T
  const value = make()
  ctx.cache.derived.set(key, value)
  return value
}

export function makeContext(article: string, facts: ArticleFacts): Context {
  const cache = new GenerationCache()
  const people = new PeopleIndex(facts, cache)
  // two names of one person the reader kept apart ("X, whose real name was Y"): one person here
  for (const [a, b] of secondNamePairs(people, article)) people.join(a, b)
  return {
    article,
    facts,
    people,
    reportsDeath: /\b(?:died|dies|dead|killed|death of)\b/i.test(article),
    cache,
  }
}

/** An evidence span from `start` to `end`, exactly as the article has it. */
export function span(article: string, start: number, end: number): Evidence {
  return { text: article.slice(start, end), start, end }
}

/**
 * The evidence from `start` to `end` of the context's article, made once per quiz: candidates on one
 * sentence share the string, so the cache finds its tokens by the same string (whose hash V8 keeps).
 */
export function evidenceAt(ctx: Context, start: number, end: number): Evidence {
  return remember(ctx, `span:${start}:${end}`, () => span(ctx.article, start, end))
}

/** Evidence widened to take in the sentence before it (for attributions through a pronoun). */
export function withPreviousSentence(article: string, e: Evidence): Evidence {
  return span(article, previousSentenceStart(article, e.start), e.end)
}

/** The evidence sentence quoted for an explanation. */
export function quoteEvidence(e: Evidence): string {
  return `“${squash(e.text)}”`
}
