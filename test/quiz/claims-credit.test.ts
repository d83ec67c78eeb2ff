/**
 * A claim stated after "According to X, " keeps the capital of its first word only when that word is
 * a name: one the article also writes in the middle of a sentence. The article's capitalised words
 * after a lowercase letter or comma are indexed once per generation (claims.ts
 * capitalisedMidSentence); a lookup must answer what a search of the whole article answers.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeContext } from '../../src/quiz/context'
import { capitalisedMidSentence } from '../../src/quiz/questions/claims'
import { factsFor } from './passage'

/** The rule as a search of the whole article. */
const searched = (article: string, first: string): boolean =>
  new RegExp(`[\\p{Ll},] ${first}\\b`, 'u').test(article)

describe('capitalisedMidSentence', () => {
  it('knows the names the article writes mid-sentence, and no sentence openers', () => {
    const article =
      'Nurses in Dalvania are few, said Mayor Ana Ruiz-Lopez. Rural clinics closed. Ruiz, Dalvania’s mayor, O’Hara and Ruizes met.'
    const index = capitalisedMidSentence(makeContext(article, factsFor(article)))
    expect(index.has('Mayor')).toBe(true)
    expect(index.has('Ruiz')).toBe(true)
    expect(index.has('Ruiz-Lopez')).toBe(true)
    expect(index.has('O')).toBe(true)
    expect(index.has('O’Hara')).toBe(true)
    expect(index.has('Ruize')).toBe(false)
    expect(index.has('Rural')).toBe(false)
    expect(index.has('Nurses')).toBe(false)
  })

  it('answers as a search of the whole article does, for any article and word', () => {
    const piece = fc.constantFrom(
      'a',
      'x',
      ',',
      ' ',
      '  ',
      '.',
      'Ab',
      'A',
      'b',
      "'",
      '’',
      '-',
      'é',
      'Ré',
      '1',
    )
    const word = fc.constantFrom('A', 'Ab', 'Abb', 'A-b', "A'b", 'Ré', 'Ab’', 'A-')
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 4 }),
        (parts, firsts) => {
          const article = parts.join('')
          const index = capitalisedMidSentence(makeContext(article, factsFor(article)))
          for (const first of firsts) expect(index.has(first)).toBe(searched(article, first))
        },
      ),
      { numRuns: 3000 },
    )
  })
})
