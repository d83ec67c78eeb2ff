import { abbreviationEndsSentence, isAbbreviation } from './abbreviations'
import type { Paragraph, Sentence } from './types'

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']'])
const TERMINALS = new Set(['.', '!', '?', '…'])

/** Whether the UTF-16 code `c` is one of TERMINALS (. ! ? …), without making a one-character string. */
function isTerminalCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026
}

function isSpaceChar(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0'
}

/** Whether a sentence may start at `ch`: an uppercase letter, a digit, an opening mark or bracket. */
function canStartSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"'“‘«([]/u.test(ch)
}

/** The word (letters, digits, dots) that ends at `end` (exclusive), e.g. "Dr." or "U.S.". */
function wordBefore(text: string, end: number, floor: number): string {
  let s = end
  const stop = Math.max(floor, end - 24)
  while (s > stop && isWordChar(text, s - 1)) s--
  return text.slice(s, end)
}

/** The letters that start at `from` (up to `end`), e.g. "The" in "The bill". */
function wordAt(text: string, from: number, end: number): string {
  let e = from
  while (e < end && e - from < 16 && /\p{L}/u.test(text.charAt(e))) e++
  return text.slice(from, e)
}

const WORD_CHAR = /[\p{L}\p{N}.]/u

/** WORD_CHAR.test(text.charAt(i)), by char code for ASCII. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46
  return WORD_CHAR.test(text.charAt(i))
}

/**
 * Splits one paragraph into sentences. A sentence ends at . ! ? or … (with any closing quote marks
 * or brackets that follow), when a space and a capital, digit or opening mark come next, and the
 * word before a period is not an abbreviation or an initial.
 */
export function splitSentences(text: string, para: Paragraph, paragraphIndex: number): Sentence[] {
  const out: Sentence[] = []
  let start = para.start
  let i = para.start
  const end = para.end
  while (i < end) {
    if (!isTerminalCode(text.charCodeAt(i))) {
      i++
      continue
    }
    const ch = text.charAt(i)
    let j = i + 1
    while (j < end && (TERMINALS.has(text.charAt(j)) || CLOSERS.has(text.charAt(j)))) j++
    if (j >= end) break
    if (!isSpaceChar(text.charAt(j))) {
      i = j
      continue
    }
    let k = j
    while (k < end && isSpaceChar(text.charAt(k))) k++
    const next = text.charAt(k)
    const before = ch === '.' && j === i + 1 ? wordBefore(text, i + 1, start) : ''
    // "… in the U.S. The bill …": an abbreviation that can close a sentence, before a sentence opener
    const isAbbrev =
      before !== '' && isAbbreviation(before) && !abbreviationEndsSentence(before, wordAt(text, k, end))
    if (k < end && canStartSentence(next) && !isAbbrev) {
      out.push({ start, end: j, paragraph: paragraphIndex })
      start = k
    }
    i = k
  }
  if (end > start) out.push({ start, end, paragraph: paragraphIndex })
  return out
}

/**
 * Joins sentences whose boundary falls inside a closed quotation, so that a sentence inside a
 * quotation stays with its quotation ('… working together... I'm ready, and …'). `quotes` are
 * the quoted words' spans in text order; quotations that run on past their paragraph are not
 * closed and split as usual.
 */
export function joinQuotedSentences(
  sentences: readonly Sentence[],
  quotes: readonly { start: number; end: number; openEnded: boolean }[],
): Sentence[] {
  const out: Sentence[] = []
  let qi = 0
  for (const s of sentences) {
    const prev = out[out.length - 1]
    if (prev && prev.paragraph === s.paragraph) {
      while (qi < quotes.length && (quotes[qi]?.end ?? 0) <= prev.end) qi++
      const q = quotes[qi]
      if (q && !q.openEnded && q.start < prev.end && s.start < q.end) {
        out[out.length - 1] = { ...prev, end: s.end }
        continue
      }
    }
    out.push(s)
  }
  return out
}
