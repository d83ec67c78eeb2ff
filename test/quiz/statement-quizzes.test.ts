/**
 * Issue 11p: articles of 250+ words left with no quiz — a member's statement quoted all through by one
 * speaker, a ruling story with a judge and a tweet quoted — on passages written for them (invented
 * names), read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { describeFound } from '../../src/quiz/errors'

describe('the refusal says what the reader found (describeFound)', () => {
  it('counts quotes all by one speaker as found, and says why none fits "who said it?"', () => {
    const said = describeFound({
      attributedQuotes: 0,
      namedQuotes: 4,
      speakers: 1,
      dates: 2,
      numbers: 0,
      roles: 1,
      sources: 0,
    })
    expect(said).not.toMatch(/no attributed quotes/)
    expect(said).toMatch(
      /^found 4 attributed quotes \(all by one speaker, so none fits a "who said it\?" question\)/,
    )
    expect(said).toMatch(/no numbers or cited outlets$/)
  })

  it('counts a judge and a tweet quoted as found, saying how many fit "who said it?"', () => {
    const said = describeFound({
      attributedQuotes: 1,
      namedQuotes: 3,
      speakers: 2,
      dates: 1,
      numbers: 1,
      roles: 0,
      sources: 0,
    })
    expect(said).toMatch(/^found 3 attributed quotes \(1 of them fit a "who said it\?" question;/)
  })

  it('still says "no attributed quotes" when the reader found none', () => {
    expect(
      describeFound({
        attributedQuotes: 0,
        namedQuotes: 0,
        speakers: 0,
        dates: 1,
        numbers: 0,
        roles: 0,
        sources: 0,
      }),
    ).toBe('found 1 date and no attributed quotes, numbers, stated roles or cited outlets')
  })
})
