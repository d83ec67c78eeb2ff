import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/article/index'
import { findQuoteSpans } from '../../src/facts/quote-marks'

const quoted = (text: string): string[] =>
  findQuoteSpans(text, parseArticle(text).paragraphs).map((q) => text.slice(q.start, q.end))

describe('findQuoteSpans', () => {
  it('pairs straight and curly double quotes', () => {
    expect(quoted('She said "we will rebuild" and he said “not yet”.')).toEqual([
      'we will rebuild',
      'not yet',
    ])
  })

  it('pairs single quotes and keeps apostrophes inside them', () => {
    expect(quoted("The minister said 'we'll see what it's worth' on Monday.")).toEqual([
      "we'll see what it's worth",
    ])
  })

  it('keeps a plural possessive apostrophe inside single-quoted speech', () => {
    expect(quoted("She said 'we will defend the workers' pensions to the end', to applause.")).toEqual([
      "we will defend the workers' pensions to the end",
    ])
  })

  it("does not treat rock 'n' roll or clipped words as quotation marks", () => {
    expect(
      quoted("He said 'this town was built on rock 'n' roll and 'em old songs' before leaving."),
    ).toEqual(["this town was built on rock 'n' roll and 'em old songs"])
  })

  it('treats a possessive after a word ending in s outside any quote as an apostrophe', () => {
    expect(quoted("The teachers' union met. She called it 'a good start'.")).toEqual(['a good start'])
  })

  it('keeps a nested single quote inside its double quote', () => {
    expect(quoted('He said, "People told me, \'Do not give up.\' So I did not."')).toEqual([
      "People told me, 'Do not give up.' So I did not.",
    ])
  })

  it('closes a curly opening quote with a straight closing one', () => {
    expect(quoted('“It is done," said the chair.')).toEqual(['It is done,'])
  })

  it('runs an unclosed double quote to the end of its paragraph', () => {
    expect(quoted('"The plan is sound and we will see it through\n\nNext paragraph.')).toEqual([
      'The plan is sound and we will see it through',
    ])
  })

  it('ignores a stray opening apostrophe that would swallow later quotes', () => {
    expect(quoted("Fans of the ’90s band said 'it was magic' and 'we want more'.")).toEqual([
      'it was magic',
      'we want more',
    ])
  })
})
