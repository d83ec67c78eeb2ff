import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/article/index'

const sentences = (text: string): string[] =>
  parseArticle(text).sentences.map((s) => text.slice(s.start, s.end))

describe('splitSentences at abbreviations and initials', () => {
  it('keeps titles, party tags and dotted country names inside the sentence', () => {
    const text =
      'Rep. Jane Roe (D-OR) and Sen. Tim Hale (R-Texas) asked the U.S. Department of Energy and the U.K. Treasury to act. Gov. Ana Cruz agreed.'
    expect(sentences(text)).toEqual([
      'Rep. Jane Roe (D-OR) and Sen. Tim Hale (R-Texas) asked the U.S. Department of Energy and the U.K. Treasury to act.',
      'Gov. Ana Cruz agreed.',
    ])
  })

  it('keeps courtesy and military titles, saints and numbers with their names', () => {
    const text =
      'Mr. Lee, Mrs. Park, Dr. Omar Haddad and Lt. Gen. Ruth Amos met at St. Luke hospital about Resolution No. 5 on Jan. 9. The meeting was short.'
    expect(sentences(text)).toEqual([
      'Mr. Lee, Mrs. Park, Dr. Omar Haddad and Lt. Gen. Ruth Amos met at St. Luke hospital about Resolution No. 5 on Jan. 9.',
      'The meeting was short.',
    ])
  })

  it('keeps bill numbers, company names and middle initials in one sentence', () => {
    const text =
      'H.R. 1234 and S. 567 were written by staff of Acme Inc. and Delta Corp. for Senator Paul T. Vance. Both bills failed.'
    expect(sentences(text)).toEqual([
      'H.R. 1234 and S. 567 were written by staff of Acme Inc. and Delta Corp. for Senator Paul T. Vance.',
      'Both bills failed.',
    ])
  })

  it('keeps "a.m." and "p.m." inside a sentence that goes on', () => {
    expect(
      sentences('The polls opened at 7 a.m. and closed at 8 p.m. on Tuesday. Turnout was high.'),
    ).toEqual(['The polls opened at 7 a.m. and closed at 8 p.m. on Tuesday.', 'Turnout was high.'])
  })

  it('splits when a dotted form, a company ending or "p.m." really ends the sentence', () => {
    const text =
      'The plant will move to the U.S. The bill would stop that. It was sold to Norvale Inc. But the union objects. The count ended at 9 p.m. He left.'
    expect(sentences(text)).toEqual([
      'The plant will move to the U.S.',
      'The bill would stop that.',
      'It was sold to Norvale Inc.',
      'But the union objects.',
      'The count ended at 9 p.m.',
      'He left.',
    ])
  })

  it('never splits after a title, a month or a label, whatever follows', () => {
    expect(
      sentences('The ruling in Marsh v. The Board of Elections came on Feb. The next day it was appealed.'),
    ).toEqual(['The ruling in Marsh v. The Board of Elections came on Feb. The next day it was appealed.'])
  })
})
