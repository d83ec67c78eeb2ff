/**
 * A quotation that is a document's wording ("a bill titled “…”") is read from the few characters
 * before it only (who-said.ts wordingTail), so a long sentence before the quote costs nothing more:
 * the verdict must be the one a test of the whole text before the quotation gives.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { documentWording } from '../../src/quiz/questions/who-said'
import type { QuoteFact } from '../../src/schema'

/** The rule on the whole text before the quotation (who-said.ts DOCUMENT_WORDING, without the label-verb exception). */
const WHOLE =
  /\b(?:titled|entitled|named|known as|reads|reading|worded|provides|providing|phrase|term|slogan|motto|label|language|wording|provisions?|clause|section|act|bill|resolution|amendment|law|statute|headline|banner|sign)\s*[,:]?\s*["'“‘]?$/i

/** A quotation `quoted` right after `before`, in a sentence of its own. */
function quoteAfter(before: string, quoted = 'no harbor shall close without a vote'): QuoteFact {
  const text = `${before}${quoted}”.`
  return {
    text: quoted,
    start: before.length,
    end: before.length + quoted.length,
    speaker: 'Ana Ruiz',
    attribution: { pattern: 'test', verb: 'said', resolved: false },
    sentence: { text, start: 0, end: text.length },
    kind: 'speech',
  }
}

const LONG_LEAD =
  'After three hearings in the spring, two reports from the harbor board and a long night of amendments in the county hall, the council passed '

describe('documentWording', () => {
  it('finds the wording word right before a quotation after a long sentence', () => {
    expect(documentWording(quoteAfter(`${LONG_LEAD}a bill titled “`))).toBe(true)
    expect(documentWording(quoteAfter(`${LONG_LEAD}a measure known as  “`))).toBe(true)
    expect(documentWording(quoteAfter(`${LONG_LEAD}the provisions, “`))).toBe(true)
    expect(documentWording(quoteAfter(`${LONG_LEAD}a plan that Mayor Ana Ruiz said was “`))).toBe(false)
    // "Playbill" ends in "bill" but is no wording word (\b before it)
    expect(documentWording(quoteAfter(`${LONG_LEAD}a review in the county Playbill: “`))).toBe(false)
  })

  it('agrees with the rule tested on the whole text before the quotation, for any lead', () => {
    const piece = fc.constantFrom(
      'bill',
      'Playbill',
      'known as',
      'known',
      'titled',
      'the',
      'Ruiz',
      'provisions',
      ' ',
      '  ',
      ',',
      ':',
      '“',
      '"',
      "'",
      'a',
      'x',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const before = parts.join('')
        const q = quoteAfter(before)
        // the label-verb exception ("called the bill “…”") only narrows a match; leads here have none
        expect(documentWording(q)).toBe(WHOLE.test(before))
      }),
      { numRuns: 3000 },
    )
  })
})
