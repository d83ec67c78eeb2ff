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

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu
const CAPITAL = /^\p{Lu}/u
const PARTICLE_NAME = /^(?:el|al|bin|ben|ibn|de|da|di|van|von|le|la|du)-\p{Lu}/u

/**
 * Splits `text` between `from` and `to` into word tokens. A final period stays only on abbreviations
 * ("Dr.", "U.S."); possessive 's is split off and flagged.
 */
export function tokenize(text: string, from: number, to: number, sentence: number): Token[] {
  const out: Token[] = []
  WORD.lastIndex = 0
  const slice = text.slice(from, to)
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    let word = m[0]
    const start = from + m.index
    if (word.endsWith('.') && !isAbbreviation(word)) word = word.slice(0, -1)
    let possessive = false
    if (/['’]s$/i.test(word) && word.length > 2) {
      word = word.slice(0, -2)
      possessive = true
    } else if (/s$/.test(word) && /['’]/.test(text.charAt(start + word.length))) {
      const after = text.charAt(start + word.length + 1)
      if (after === ' ' && CAPITAL.test(word)) possessive = true
    }
    out.push({
      text: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      cap: CAPITAL.test(word) || PARTICLE_NAME.test(word),
      possessive,
      sentence,
      quoted: false,
    })
  }
  return out
}
