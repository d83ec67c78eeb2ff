import { readDateLine } from './date-line'
import { ArticleTextError } from './errors'
import { splitParagraphs } from './paragraphs'
import { splitSentences } from './sentences'
import type { ParsedArticle, Sentence } from './types'

export { isAbbreviation } from './abbreviations'
export { isRealDay, readDateLine } from './date-line'
export { ArticleDateError, ArticleTextError } from './errors'
export { looksLikeHeading, splitParagraphs } from './paragraphs'
export { joinQuotedSentences, splitSentences } from './sentences'
export type { Paragraph, ParsedArticle, Sentence, Span } from './types'

const MAX_CONTROL_SHARE = 0.01

/** Throws ArticleTextError when the input is not readable text (not a string, or binary-looking). */
export function assertReadableText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new ArticleTextError('an article must be text')
  if (text.includes('\u0000'))
    throw new ArticleTextError('the text holds NUL bytes: it looks like a binary file')
  const controls = countControls(text)
  if (controls > Math.max(2, text.length * MAX_CONTROL_SHARE))
    throw new ArticleTextError('the text holds many control characters: it looks like a binary file')
  const replacement = countOf(text, '\uFFFD')
  if (replacement > Math.max(4, text.length * 0.05))
    throw new ArticleTextError('the text is not valid UTF-8: it looks like a binary file')
}

/**
 * Reads plain article text: publication date, paragraphs (one per non-blank line), headings and
 * sentences, all with offsets into `text` exactly as given.
 */
export function parseArticle(text: string, options: { date?: string } = {}): ParsedArticle {
  assertReadableText(text)
  const { date, bodyStart } = readDateLine(text, options.date)
  const paragraphs = splitParagraphs(text, bodyStart)
  const sentences: Sentence[] = []
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(text, p, i)) sentences.push(s)
  })
  return { text, date, bodyStart, paragraphs, sentences }
}

/** How many times `ch` occurs in `text` (without splitting it). */
function countOf(text: string, ch: string): number {
  let n = 0
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++
  return n
}

/** Control characters other than tab, newline, vertical tab, form feed and carriage return. */
function countControls(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) n++
  }
  return n
}
