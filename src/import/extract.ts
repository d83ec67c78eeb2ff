import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { DomDocument, DomElement } from './dom'
import { dropInertBlocks } from './inert'
import { type PageMetadata, readMetadata } from './metadata'
import { blockParagraphs, cleanParagraphs } from './paragraphs'

/**
 * Elements taken out of the page before Readability scores it: those that never hold article text
 * (media, frames, form controls, navigation, asides, footers; blockParagraphs drops them from the text
 * anyway) and those no reader sees (`hidden`, `aria-hidden="true"`, which Readability removes as it walks).
 * Readability copies the whole body's HTML before it scores, and parses that copy again when a first pass
 * finds too little text, so each node left out here is parsed and walked fewer times. Not `form` (some sites
 * wrap the whole page in one) and not `figure` (kept for Readability's own caption and image rules).
 */
const NEVER_ARTICLE =
  'svg, picture, source, img, video, audio, iframe, noscript, template, button, select, input, textarea, nav, aside, footer, [hidden], [aria-hidden="true"]'

/** An article read from a page: the fields of `npm run extract`, text as paragraphs split by blank lines. */
export interface ExtractedArticle extends PageMetadata {
  text: string
}

/**
 * Reads the article out of a page's HTML: its scripts (JSON-LD kept), styles and comments dropped
 * unparsed (dropInertBlocks), metadata first (readMetadata, from the whole document), then the elements
 * that are never article text taken out (NEVER_ARTICLE), `@mozilla/readability` over the `linkedom` DOM
 * picks the article's element, and blockParagraphs turns it into paragraphs without captions, bylines
 * and page furniture. Pure: no Worker or Node APIs.
 */
export function extractArticle(html: string, pageUrl: string | null = null): ExtractedArticle {
  const { document } = parseHTML(dropInertBlocks(html))
  const doc = document as unknown as DomDocument
  const meta = readMetadata(doc, pageUrl)
  for (const el of Array.from(doc.querySelectorAll(NEVER_ARTICLE))) el.remove()
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
