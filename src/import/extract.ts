import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { DomDocument, DomElement } from './dom'
import { readMetadata } from './metadata'
import { blockParagraphs, cleanParagraphs } from './paragraphs'

/** An article read from a page: the fields of `npm run extract`, text as paragraphs split by blank lines. */
export interface ExtractedArticle {
  title: string | null
  date: string | null
  publisher: string | null
  byline: string | null
  url: string | null
  lang: string | null
  text: string
}

/**
 * Reads the article out of a page's HTML: metadata first (readMetadata, from the untouched document),
 * then `@mozilla/readability` over a `linkedom` DOM picks the article's element, and blockParagraphs
 * turns it into paragraphs without captions, bylines and page furniture. Pure: no Worker or Node APIs.
 */
export function extractArticle(html: string, pageUrl: string | null = null): ExtractedArticle {
  const { document } = parseHTML(html)
  const doc = document as unknown as DomDocument
  const meta = readMetadata(doc, pageUrl)
  const parsed = new Readability(document, {
    keepClasses: true,
    serializer: (node: unknown) => node as DomElement,
  }).parse()
  const root = parsed?.content
  const paragraphs = root === undefined || root === null ? [] : blockParagraphs(root)
  const byline = meta.byline ?? (parsed?.byline ? parsed.byline : null)
  const title = meta.title ?? (parsed?.title ? parsed.title : null)
  return {
    ...meta,
    title,
    byline,
    publisher: meta.publisher ?? (parsed?.siteName ? parsed.siteName : null),
    lang: meta.lang ?? (parsed?.lang ? parsed.lang : null),
    text: cleanParagraphs(paragraphs, { title, byline }).join('\n\n'),
  }
}

/** A text/plain page: its blank-line paragraphs, and no metadata but its address. */
export function extractPlainText(text: string, pageUrl: string | null = null): ExtractedArticle {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
  return {
    title: null,
    date: null,
    publisher: null,
    byline: null,
    url: pageUrl,
    lang: null,
    text: paragraphs.join('\n\n'),
  }
}
