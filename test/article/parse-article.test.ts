import { describe, expect, it } from 'vitest'
import { ArticleDateError, ArticleTextError, parseArticle, splitParagraphs } from '../../src/article/index'

const slices = (text: string, spans: Array<{ start: number; end: number }>): string[] =>
  spans.map((s) => text.slice(s.start, s.end))

describe('parseArticle', () => {
  it('reads a leading "date YYYY-MM-DD" prefix on the first line and starts the body after it', () => {
    const text = ' date 2024-03-05 The council voted on Tuesday. It passed.'
    const a = parseArticle(text)
    expect(a.date).toBe('2024-03-05')
    expect(text.slice(a.bodyStart)).toBe('The council voted on Tuesday. It passed.')
    expect(slices(text, a.sentences)).toEqual(['The council voted on Tuesday.', 'It passed.'])
  })

  it('reads a "date" line of its own', () => {
    const a = parseArticle('date 2023-12-01\nThe bridge reopened.')
    expect(a.date).toBe('2023-12-01')
    expect(slices(a.text, a.paragraphs)).toEqual(['The bridge reopened.'])
  })

  it('uses the date passed in when the text has none, and null when neither has one', () => {
    expect(parseArticle('The bridge reopened.', { date: '2022-02-02' }).date).toBe('2022-02-02')
    expect(parseArticle('The bridge reopened.').date).toBeNull()
  })

  it('rejects a date option that is not a calendar day', () => {
    expect(() => parseArticle('Text.', { date: '2022-02-30' })).toThrow(ArticleDateError)
  })

  it('splits paragraphs on blank lines and on single newlines, with trimmed offsets', () => {
    const text = 'First paragraph here.\n\n  Second one.  \nThird line.'
    expect(slices(text, splitParagraphs(text))).toEqual([
      'First paragraph here.',
      'Second one.',
      'Third line.',
    ])
  })

  it('marks short lines without final punctuation and title-cased questions as headings', () => {
    const text = 'Harbour Plan Faces New Delays\n\nThe plan was delayed again.\n\nWill The Harbour Ever Open?'
    expect(parseArticle(text).paragraphs.map((p) => p.heading)).toEqual([true, false, true])
  })

  it('does not end sentences after titles, initials, months or dotted abbreviations', () => {
    const text =
      'Dr. Amal Haddad met Sen. Rhodes in Jan. to discuss U.S. trade. J. R. Ortiz joined them. They left.'
    expect(slices(text, parseArticle(text).sentences)).toEqual([
      'Dr. Amal Haddad met Sen. Rhodes in Jan. to discuss U.S. trade.',
      'J. R. Ortiz joined them.',
      'They left.',
    ])
  })

  it('keeps a closing quotation mark with its sentence and does not split before a lowercase attribution', () => {
    const text = '"We are ready. We start today!" she said. The work begins.'
    expect(slices(text, parseArticle(text).sentences)).toEqual([
      '"We are ready.',
      'We start today!" she said.',
      'The work begins.',
    ])
  })

  it('keeps offsets into the original text when lines end with CRLF', () => {
    const text = 'date 2021-01-01\r\nOne sentence.\r\n\r\nAnother one.'
    const a = parseArticle(text)
    expect(slices(text, a.sentences)).toEqual(['One sentence.', 'Another one.'])
  })

  it('throws ArticleTextError on binary-looking input', () => {
    expect(() => parseArticle('PK\u0003\u0004\u0000\u0000binary')).toThrow(ArticleTextError)
  })

  it('returns no paragraphs for empty or blank input', () => {
    expect(parseArticle('').paragraphs).toEqual([])
    expect(parseArticle('  \n\n ').sentences).toEqual([])
  })
})
