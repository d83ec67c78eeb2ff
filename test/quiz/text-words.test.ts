/**
 * The generator's tokeniser (src/quiz/text.ts words): plain ASCII text takes a scan without a regex,
 * which must give exactly the tokens of the Unicode regex path — lowercase runs of letters and digits,
 * apostrophes kept inside words as straight ones, a possessive 's dropped.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GenerationCache } from '../../src/quiz/cache'
import { wordCount, words } from '../../src/quiz/text'

/** The definition the scan must agree with: the regex path of words(). */
function reference(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((w) => {
    const out = w.toLowerCase().replace(/’/g, "'")
    return out.endsWith("'s") ? out.slice(0, -2) : out
  })
}

describe('words', () => {
  it("reads a passage's words lowercased, keeping apostrophes inside words and dropping a possessive 's", () => {
    const text =
      "Mayor Ana O’Brien's aide said the Council's 3 votes weren't ‘final’ — O'Neill’S rock'n'roll's end."
    expect(words(text)).toEqual([
      'mayor',
      'ana',
      "o'brien",
      'aide',
      'said',
      'the',
      'council',
      '3',
      'votes',
      "weren't",
      'final',
      "o'neill",
      "rock'n'roll",
      'end',
    ])
    expect(words(text)).toEqual(reference(text))
  })

  it('counts the words of a text with letters beyond ASCII as it reads them', () => {
    const text = "Gdańsk's mayor Paweł Adamowicz, 53, met Zoë O’Neill — the city's “first” café owner."
    expect(words(text)).toEqual(reference(text))
    expect(wordCount(text)).toBe(reference(text).length)
  })

  it('gives the same tokens as the regex definition on any text of ASCII letters, digits and apostrophes', () => {
    const alphabet = fc.constantFrom(..."aAsSzZ09 '’,.-".split(''))
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        expect(words(text)).toEqual(reference(text))
        expect(words(text, new GenerationCache())).toEqual(reference(text))
        expect(wordCount(text)).toBe(reference(text).length)
      }),
      { numRuns: 2000 },
    )
  })
})
