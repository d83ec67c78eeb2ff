import { describe, expect, it } from 'vitest'
import { decodePage } from '../../src/import/charset'
import { ImportError } from '../../src/import/errors'
import { extractArticle, extractPlainText } from '../../src/import/extract'
import { checkArticle } from '../../src/import/import-article'
import {
  AMP_PAGE,
  COUNCIL_PARAGRAPHS,
  FRENCH_PAGE,
  JSON_LD_ONLY_PAGE,
  LIVE_BLOG_PAGE,
  LIVE_BLOG_UPDATES,
  NESTED_QUOTES_BLOCKQUOTE,
  NESTED_QUOTES_PAGE,
  NESTED_QUOTES_PARAGRAPHS,
  NEWS_PAGE,
  NO_METADATA_PAGE,
  PAYWALL_PAGE,
  toWindows1252,
  WINDOWS_1252_PARAGRAPHS,
  windows1252Page,
} from '../fixtures/pages'

const paragraphs = (text: string) => text.split('\n\n')

describe('extractArticle', () => {
  it('keeps the paragraphs of a news page and drops byline, caption, advert, share, "Read more" and related links', () => {
    const article = extractArticle(NEWS_PAGE, 'https://courier.example.com/x')
    expect(paragraphs(article.text)).toEqual(COUNCIL_PARAGRAPHS)
    expect(article).toMatchObject({
      title: 'Council approves $4.5m bridge repairs',
      date: '2026-03-10',
      publisher: 'The Riverton Courier',
      byline: 'Mara Quinn',
      url: 'https://courier.example.com/news/2026/03/10/bridge',
      lang: 'en',
    })
  })

  it('keeps only the teaser of a paywalled page, which is then refused as too short for a quiz', () => {
    const article = extractArticle(PAYWALL_PAGE, 'https://courier.example.com/deal')
    expect(paragraphs(article.text)).toEqual(COUNCIL_PARAGRAPHS.slice(0, 2))
    expect(article.title).toBe('Bridge deal reached')
    expect(() => checkArticle({ ...article, url: 'https://courier.example.com/deal' })).toThrow(
      expect.objectContaining({ reason: 'no-article', message: expect.stringMatching(/paywall/) }),
    )
  })

  it('reads an AMP page: amp-img and amp-ad dropped, the canonical address kept', () => {
    const article = extractArticle(AMP_PAGE, 'https://courier.example.com/amp/bridge')
    expect(paragraphs(article.text)).toEqual(COUNCIL_PARAGRAPHS)
    expect(article).toMatchObject({
      url: 'https://courier.example.com/news/bridge',
      date: '2026-03-10',
      publisher: 'The Riverton Courier',
      title: 'Council approves bridge repairs',
    })
  })

  it('takes headline, date, authors, outlet, address and language from JSON-LD before a generic <title>', () => {
    const article = extractArticle(JSON_LD_ONLY_PAGE, null)
    expect(article).toEqual({
      title: 'Riverton council backs bridge plan',
      date: '2026-03-11',
      publisher: 'Riverton Courier',
      byline: 'Mara Quinn, Ed Park',
      url: 'https://courier.example.com/story/42',
      lang: 'en-AU',
      text: COUNCIL_PARAGRAPHS.join('\n\n'),
    })
  })

  it('falls back to the <h1> for the headline and leaves unknown fields null on a page without metadata', () => {
    const article = extractArticle(NO_METADATA_PAGE, 'https://example.org/plain')
    expect(article).toEqual({
      title: 'Bridge repairs approved',
      date: null,
      publisher: null,
      byline: null,
      url: 'https://example.org/plain',
      lang: null,
      text: COUNCIL_PARAGRAPHS.join('\n\n'),
    })
  })

  it('keeps every update of a live blog in page order, without times and share buttons', () => {
    const article = extractArticle(LIVE_BLOG_PAGE, 'https://courier.example.com/live')
    expect(paragraphs(article.text)).toEqual(LIVE_BLOG_UPDATES.flat())
    expect(article.date).toBe('2026-03-10')
  })

  it('keeps quotations within quotations intact and a blockquote as its own paragraph; drops the pull quote', () => {
    const article = extractArticle(NESTED_QUOTES_PAGE, null)
    expect(paragraphs(article.text)).toEqual([
      ...NESTED_QUOTES_PARAGRAPHS.slice(0, 2),
      NESTED_QUOTES_BLOCKQUOTE,
      ...NESTED_QUOTES_PARAGRAPHS.slice(2),
    ])
  })
})

describe('decodePage', () => {
  it.each([
    ['<meta charset>', 'meta', ''],
    ['<meta http-equiv> ISO-8859-1', 'http-equiv', ''],
    ['the Content-Type header', 'none', 'text/html; charset=windows-1252'],
  ] as const)('reads a windows-1252 page declared by %s', (_, declaration, header) => {
    const bytes = toWindows1252(windows1252Page(declaration))
    const { text, charset } = decodePage(bytes, header)
    expect(charset).toBe('windows-1252')
    expect(paragraphs(extractArticle(text).text)).toEqual(WINDOWS_1252_PARAGRAPHS)
    expect(extractArticle(text).title).toBe('Café owners fear bridge closure')
  })

  it('lets the header win over the page, and a byte-order mark over both', () => {
    const utf8 = new TextEncoder().encode('<meta charset="windows-1252"><p>“café”</p>')
    expect(decodePage(utf8, 'text/html; charset=utf-8').text).toContain('“café”')
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
    expect(decodePage(bom, 'text/html; charset=iso-8859-1').charset).toBe('utf-8')
  })

  it('reads UTF-8 when nothing is declared, and when the declared label is unknown', () => {
    const utf8 = new TextEncoder().encode('<p>“café”</p>')
    expect(decodePage(utf8).text).toBe('<p>“café”</p>')
    expect(decodePage(utf8, 'text/html; charset=x-no-such-charset').charset).toBe('utf-8')
  })
})

describe('checkArticle', () => {
  it('refuses an article that is not in English with a clear message', () => {
    const article = { ...extractArticle(FRENCH_PAGE), url: 'https://example.fr/pont' }
    expect(() => checkArticle(article)).toThrow(ImportError)
    expect(() => checkArticle(article)).toThrow(
      /Civic Quiz reads English articles for now; this page seems to be in French/,
    )
  })

  it('accepts an English article', () => {
    const article = { ...extractArticle(NEWS_PAGE), url: 'https://courier.example.com/x' }
    expect(checkArticle(article).text).toContain('Elm Street bridge')
  })

  it('splits plain text into paragraphs at blank lines', () => {
    expect(extractPlainText('One line\nwrapped.\n\n\nTwo.', 'https://e.org/a.txt')).toMatchObject({
      text: 'One line wrapped.\n\nTwo.',
      url: 'https://e.org/a.txt',
      title: null,
    })
  })
})
