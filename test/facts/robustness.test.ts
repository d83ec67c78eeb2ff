import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleDateError, ArticleTextError, extractFacts } from '../../src/facts/index'
import type { ArticleFacts } from '../../src/schema'

const PIECES = [
  'Mayor',
  'Lena',
  'Ortiz',
  'said',
  'told',
  'reporters',
  'he',
  'she',
  'the',
  'mayor',
  'on',
  'Monday',
  '2024',
  '$5',
  'million',
  '34-year-old',
  'first',
  'one',
  'percent',
  "we'll",
  "'",
  '"',
  '“',
  '”',
  '‘',
  '’',
  ',',
  '.',
  '!',
  '?',
  ':',
  ';',
  '\n',
  '\n\n',
  ' ',
  'According',
  'to',
  'The',
  'Guardian',
  'Dr.',
  'U.S.',
  '—',
  '(',
  ')',
  '[',
  ']',
  '…',
  'date',
  '2024-05-15',
  'Москва',
  '東京',
  'يقول',
  '🙂',
  'and',
  'added',
]

/** Every offset points into the text and every fact's text is the slice it claims. */
function checkOffsets(text: string, f: ArticleFacts): void {
  const span = (x: { text: string; start: number; end: number }): void => {
    expect(x.start).toBeLessThanOrEqual(x.end)
    expect(text.slice(x.start, x.end)).toBe(x.text)
  }
  for (const q of f.quotes) {
    span(q)
    span(q.sentence)
  }
  for (const d of f.dates) {
    span(d)
    span(d.sentence)
  }
  for (const n of f.numbers) {
    span(n)
    span(n.sentence)
  }
  for (const s of f.sources) span(s.sentence)
}

function run(text: string): void {
  try {
    checkOffsets(text, extractFacts(text))
  } catch (err) {
    if (err instanceof ArticleTextError || err instanceof ArticleDateError) return
    throw err
  }
}

describe('extractFacts on any input', () => {
  it('returns facts with consistent offsets or a typed error for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => run(s)),
      { numRuns: 150 },
    )
  }, 60_000)

  it('returns facts with consistent offsets for article-like soups of words and marks', () => {
    const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((xs) => xs.join(' '))
    fc.assert(
      fc.property(soup, (s) => run(s)),
      { numRuns: 150 },
    )
  }, 60_000)

  it('handles unbalanced and nested quote marks', () => {
    for (const s of ['"""', "'''", '“‘“‘', 'He said "she said \'yes', '”closing first“', "'a' 'b' 'c"])
      expect(() => run(s)).not.toThrow()
  })

  it('throws ArticleTextError for binary data', () => {
    expect(() => extractFacts('\u0000\u0001\u0002binary\u0000')).toThrow(ArticleTextError)
  })

  it('reads a 1 MB single line without punctuation and a 1 MB line of quotes', () => {
    const noPunct = 'word '.repeat(200_000)
    expect(extractFacts(noPunct).quotes).toEqual([])
    const quotes = 'Ann Lee said "yes" and Bo Kim said \'no\' on Monday. '.repeat(20_000)
    expect(extractFacts(quotes).quotes.length).toBe(40_000)
  }, 60_000)

  it('reads text in other scripts', () => {
    const f = extractFacts('Президент сказал: «Мы готовы работать вместе». 市長は「準備ができた」と述べた。')
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([['Мы готовы работать вместе', null]])
  })
})
