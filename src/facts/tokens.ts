import { isAbbreviation } from '../article/abbreviations'
import { isAsciiAlnum, isAsciiDigit } from '../article/chars'
import { lowerCase } from './lower'

/** A word of the article with its offsets. */
export interface Token {
  text: string
  lower: string
  start: number
  end: number
  /** Starts with an uppercase letter (or is a particle-hyphen name such as el-Sisi). */
  cap: boolean
  /** Followed by 's / ’s (the possessive is not part of `text`). */
  possessive: boolean
  /** Index of the sentence that holds it. */
  sentence: number
  /** Inside a quotation. */
  quoted: boolean
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+|\u2013\p{Lu}\p{L}*|,\d{3}(?!\d))*\.?/gu
const CAPITAL = /^\p{Lu}/u
const PARTICLE_NAME = /^(?:el|al|bin|ben|ibn|de|da|di|van|von|le|la|du)-\p{Lu}/u

/** CAPITAL.test(word), without the regex for ASCII first letters (most words). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return CAPITAL.test(word)
}

/** WORD at exactly one offset (sticky), for words the ASCII scanner below hands back to the regex. */
const WORD_AT = new RegExp(WORD.source, 'uy')

/** Typographic marks common in news text that are neither letters nor digits (so never in a word's letters). */
function isMark(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2026
  )
}

/**
 * Where the WORD match starting at `start` (an ASCII letter or digit) ends. Plain ASCII words are
 * scanned by char code, which is what WORD would match; at the first non-ASCII character that could
 * belong to the word (a letter, ’, –) the regex itself takes over from `start`.
 */
function wordEnd(text: string, start: number): number {
  let e = start
  // [\p{L}\p{N}]+ (again after each [-'’.] of the group below)
  let c = text.charCodeAt(e)
  while (isAsciiAlnum(c)) c = text.charCodeAt(++e)
  for (;;) {
    // ’ and – may go on the word (’s, el–Sisi); other marks end it; other non-ASCII may be letters
    if (c >= 128 && (c === 0x2019 || c === 0x2013 || !isMark(c))) return regexWordEnd(text, start)
    // (?:[-'’.][\p{L}\p{N}]+ | \u2013\p{Lu}\p{L}* | ,\d{3}(?!\d))*
    if (c === 45 || c === 39 || c === 46) {
      const d = text.charCodeAt(e + 1)
      if (d >= 128) return regexWordEnd(text, start)
      if (isAsciiAlnum(d)) {
        e++
        c = d
        while (isAsciiAlnum(c)) c = text.charCodeAt(++e)
        continue
      }
    } else if (
      c === 44 &&
      isAsciiDigit(text.charCodeAt(e + 1)) &&
      isAsciiDigit(text.charCodeAt(e + 2)) &&
      isAsciiDigit(text.charCodeAt(e + 3)) &&
      !isAsciiDigit(text.charCodeAt(e + 4))
    ) {
      e += 4
      c = text.charCodeAt(e)
      continue
    }
    // \.?
    return c === 46 ? e + 1 : e
  }
}

function regexWordEnd(text: string, start: number): number {
  WORD_AT.lastIndex = start
  const m = WORD_AT.exec(text)
  return start + (m === null ? 0 : m[0].length)
}

/**
 * Splits `text` between `from` and `to` into word tokens. A final period stays only on abbreviations
 * ("Dr.", "U.S."); possessive 's is split off and flagged. The tokens are appended to `out`, which is
 * returned.
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  sentence: number,
  out: Token[] = [],
): Token[] {
  let i = from
  while (i < to) {
    // find the next word as WORD would: ASCII by char code, anything else by the regex
    let start: number
    let matchEnd: number
    const c = text.charCodeAt(i)
    if (c < 128 || isMark(c)) {
      if (!isAsciiAlnum(c)) {
        i++
        continue
      }
      start = i
      matchEnd = wordEnd(text, i)
    } else {
      WORD.lastIndex = i
      const m = WORD.exec(text)
      if (m === null || m.index >= to) break
      start = m.index
      matchEnd = start + m[0].length
    }
    i = matchEnd
    out.push(makeToken(text, start, Math.min(matchEnd, to), sentence))
  }
  return out
}

/** The token for the word text[start, end): abbreviation period, possessive and capital settled. */
function makeToken(text: string, start: number, end: number, sentence: number): Token {
  let word = text.slice(start, end)
  if (word.endsWith('.') && !isAbbreviation(word)) word = word.slice(0, -1)
  let possessive = false
  const n = word.length
  const apos = n > 2 ? word.charCodeAt(n - 2) : 0
  if ((apos === 39 || apos === 0x2019) && (word.charCodeAt(n - 1) | 32) === 115) {
    word = word.slice(0, -2)
    possessive = true
  } else if (word.charCodeAt(n - 1) === 115) {
    const next = text.charCodeAt(start + n)
    if ((next === 39 || next === 0x2019) && text.charCodeAt(start + n + 1) === 32 && startsUpper(word))
      possessive = true
  }
  return {
    text: word,
    lower: lowerCase(word),
    start,
    end: start + word.length,
    cap: startsUpper(word) || (word.includes('-') && PARTICLE_NAME.test(word)),
    possessive,
    sentence,
    quoted: false,
  }
}
