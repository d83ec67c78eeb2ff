/** What every question builder reads: the article, its facts and who is who. */
import type { ArticleFacts, Evidence } from '../schema'
import { PeopleIndex } from './people'
import { previousSentenceStart, squash } from './text'

export interface Context {
  article: string
  facts: ArticleFacts
  people: PeopleIndex
  /** True when the article reports a death, so ages are asked without "is". */
  reportsDeath: boolean
  /** Work shared by several question builders, computed once per quiz. */
  memo: Map<string, unknown>
}

/** The value under `key` in the context's memo, computed by `make` the first time. */
export function remember<T>(ctx: Context, key: string, make: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T
  const value = make()
  ctx.memo.set(key, value)
  return value
}

export function makeContext(article: string, facts: ArticleFacts): Context {
  return {
    article,
    facts,
    people: new PeopleIndex(facts),
    reportsDeath: /\b(?:died|dies|dead|killed|death of)\b/i.test(article),
    memo: new Map(),
  }
}

/** An evidence span from `start` to `end`, exactly as the article has it. */
export function span(article: string, start: number, end: number): Evidence {
  return { text: article.slice(start, end), start, end }
}

/**
 * The evidence from `start` to `end` of the context's article, made once per quiz: candidates on one
 * sentence share the string, so the text helpers' memos find it without reading it again.
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
