import type { Paragraph } from './types'

const FINAL_PUNCTUATION = /[.!?:;,"'”’»)\]…]$/u
const MAX_HEADING_WORDS = 14

/** JavaScript's \s: the characters String.prototype.split(/\s+/) splits on. */
function isWhiteSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** True when `line` has more than `max` words (runs of non-space): counts without splitting. */
function hasMoreWordsThan(line: string, max: number): boolean {
  let n = 0
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const white = isWhiteSpace(line.charCodeAt(i))
    if (!white && !inWord && ++n > max) return true
    inWord = !white
  }
  return false
}

/** A short line that reads as a title: no final punctuation, or mostly capitalised words ending in ?/!. */
export function looksLikeHeading(line: string): boolean {
  // most paragraphs are long: rule them out before splitting them into words
  if (hasMoreWordsThan(line, MAX_HEADING_WORDS)) return false
  const words = line.split(/\s+/).filter((w) => w.length > 0)
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return false
  if (!FINAL_PUNCTUATION.test(line)) return true
  if (!/[?!]$/.test(line) || words.length < 3) return false
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length
  return capitalised / words.length >= 0.6
}

/**
 * Splits the body (from `from`) into paragraphs: every non-blank line is one, trimmed of surrounding
 * whitespace, with offsets into the original text.
 */
export function splitParagraphs(text: string, from = 0): Paragraph[] {
  const out: Paragraph[] = []
  let lineStart = from
  const n = text.length
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = n
    let s = lineStart
    let e = lineEnd
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) out.push({ start: s, end: e, heading: looksLikeHeading(text.slice(s, e)) })
    lineStart = lineEnd + 1
  }
  return out
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029
}
