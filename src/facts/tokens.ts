import { isAbbreviation } from '../article/abbreviations'

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

/**
 * Splits `text` between `from` and `to` into word tokens. A final period stays only on abbreviations
 * ("Dr.", "U.S."); possessive 's is split off and flagged.
 */
export function tokenize(text: string, from: number, to: number, sentence: number): Token[] {
  const out: Token[] = []
  WORD.lastIndex = from
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let word = m[0]
    const start = m.index
    if (start + word.length > to) word = word.slice(0, to - start)
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
    out.push({
      text: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      cap: startsUpper(word) || (word.includes('-') && PARTICLE_NAME.test(word)),
      possessive,
      sentence,
      quoted: false,
    })
  }
  return out
}
