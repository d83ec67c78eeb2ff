import { isAbbreviation } from './abbreviations'
import type { Paragraph, Sentence } from './types'

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']'])
const TERMINALS = new Set(['.', '!', '?', '…'])

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
  while (s > stop && /[\p{L}\p{N}.]/u.test(text.charAt(s - 1))) s--
  return text.slice(s, end)
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
    const ch = text.charAt(i)
    if (!TERMINALS.has(ch)) {
      i++
      continue
    }
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
    const isAbbrev = ch === '.' && j === i + 1 && isAbbreviation(wordBefore(text, i + 1, start))
    if (k < end && canStartSentence(next) && !isAbbrev) {
      out.push({ start, end: j, paragraph: paragraphIndex })
      start = k
    }
    i = k
  }
  if (end > start) out.push({ start, end, paragraph: paragraphIndex })
  return out
}
