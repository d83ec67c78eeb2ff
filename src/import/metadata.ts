import { type DomDocument, squash } from './dom'

/** What a page says about its article, each field read by the order documented on readMetadata. */
export interface PageMetadata {
  title: string | null
  /** The publication day as written on the page (its own time zone), YYYY-MM-DD. */
  date: string | null
  publisher: string | null
  byline: string | null
  url: string | null
  lang: string | null
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle|SocialMediaPosting)$/

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function types(node: JsonObject): string[] {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
}

/** Every object in the page's JSON-LD blocks, @graph and arrays flattened. */
function jsonLdNodes(doc: DomDocument): JsonObject[] {
  const nodes: JsonObject[] = []
  const visit = (value: Json | undefined): void => {
    if (Array.isArray(value)) for (const item of value) visit(item)
    else if (isObject(value)) {
      nodes.push(value)
      visit(value['@graph'])
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')
    try {
      visit(JSON.parse(raw) as Json)
    } catch {
      // A broken block is skipped: the other sources still apply.
    }
  }
  return nodes
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return squash(value) || null
  if (Array.isArray(value)) {
    const names = value.map((v) => text(v)).filter((v): v is string => v !== null)
    return names.length === 0 ? null : names.join(', ')
  }
  if (isObject(value)) return text(value.name)
  return null
}

/** The page's meta values by property, name and itemprop (the first of each), read in one pass. */
type MetaMap = ReadonlyMap<string, string>

function metaMap(doc: DomDocument): MetaMap {
  const map = new Map<string, string>()
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const value = squash(el.getAttribute('content'))
    if (value === '') continue
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)
      if (key !== null && !map.has(`${attr}:${key}`)) map.set(`${attr}:${key}`, value)
    }
  }
  return map
}

/** The first of the keys that the page's meta elements give, looked up as property, name, then itemprop. */
function meta(metas: MetaMap, ...keys: string[]): string | null {
  for (const key of keys)
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = metas.get(`${attr}:${key}`)
      if (value !== undefined) return value
    }
  return null
}

/**
 * A date as the day it names, YYYY-MM-DD: the leading calendar day of an ISO 8601 text is kept as
 * written (the day in the publisher's own zone); other forms go through Date.parse (in UTC).
 */
export function toDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const iso = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(value)
  const day = iso === null ? null : `${iso[1]}-${iso[2]}-${iso[3]}`
  if (day !== null && !Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return day
  // Other forms ("Fri Mar 13 21:30:09 EST 2015"): the day as written, without its time and zone.
  const dayOnly = value.replace(
    /\b\d{1,2}:\d{2}(:\d{2})?(\.\d+)?\s*([AP]M)?\s*([A-Z]{2,5}|[+-]\d{2}:?\d{2}|Z)?\b/i,
    ' ',
  )
  const parsed = Date.parse(`${dayOnly.trim()} UTC`)
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10)
}

const TITLE_SEPARATORS = /\s+[|\-–—:·»]\s+/

/** A `<title>` without a trailing " - Outlet" or " | Outlet" part, when that part is the outlet. */
function stripOutlet(title: string, publisher: string | null): string {
  if (publisher === null) return title
  const parts = title.split(TITLE_SEPARATORS)
  const last = parts.at(-1)
  return parts.length > 1 && last !== undefined && sameName(last, publisher)
    ? title.slice(0, title.length - last.length).replace(/\s+[|\-–—:·»]\s*$/, '')
    : title
}

/** Names compared without case, accents, a leading "the" or a top-level domain ("Le Monde.fr"). */
export function sameName(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\.(com|org|net|fr|co\.uk|es|de)$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '')
  return fold(a) === fold(b)
}

/** The outlet named as the last part of a `<title>` ("Headline - Feb. 1, 2016 - Outlet"), or null. */
function titleOutlet(title: string): string | null {
  const parts = title.split(TITLE_SEPARATORS)
  const last = parts.at(-1)
  return parts.length > 2 || (parts.length === 2 && last !== undefined && last.split(' ').length <= 4)
    ? (last ?? null)
    : null
}

/** A day in the link's path (`/2017/01/13/`, `/2019/jan/03/`), the last place a page states its date. */
function urlDay(url: string | null): string | null {
  if (url === null) return null
  const months = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ')
  const match = /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3})\/(\d{1,2})\//i.exec(url)
  if (match === null) return null
  const month = /^\d+$/.test(match[2] ?? '')
    ? Number(match[2])
    : months.indexOf((match[2] ?? '').toLowerCase()) + 1
  if (month < 1 || month > 12) return null
  return toDay(`${match[1]}-${String(month).padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`)
}

/**
 * Reads a page's metadata. Each field takes the first source that has it, in this order:
 * 1. JSON-LD: the first NewsArticle-like node's headline, datePublished, publisher, author, url,
 *    inLanguage (a standalone Organization node gives the publisher when the article names none);
 * 2. Open Graph and article meta: og:title, article:published_time (and the common date metas),
 *    og:site_name / application-name, author metas, og:url, og:locale;
 * 3. the first `<time datetime>` (the date only);
 * 4. the document: `<title>` (less a trailing outlet name), the first `<h1>`, the outlet named at the
 *    end of `<title>`, `<link rel="canonical">`, `<html lang>`, and last a day in the page's address.
 */
export function readMetadata(doc: DomDocument, pageUrl: string | null = null): PageMetadata {
  const ld = jsonLdNodes(doc)
  const metas = metaMap(doc)
  const article = ld.find((node) => types(node).some((t) => ARTICLE_TYPES.test(t)))
  const organization = ld.find((node) =>
    types(node).some((t) => /^(Organization|NewsMediaOrganization)$/.test(t)),
  )
  const ldText = (key: string) => (article === undefined ? null : text(article[key]))

  const publisher =
    ldText('publisher') ??
    (organization === undefined ? null : text(organization.name)) ??
    meta(metas, 'og:site_name', 'application-name', 'article:publisher') ??
    null
  const rawTitle = squash(doc.querySelector('title')?.textContent)
  const outlet = publisher?.startsWith('http') === false ? publisher : (titleOutlet(rawTitle) ?? null)

  const headline =
    ldText('headline') ??
    ldText('name') ??
    meta(metas, 'og:title', 'twitter:title') ??
    (rawTitle === '' ? null : rawTitle) ??
    (squash(doc.querySelector('h1')?.textContent) || null)
  const title = headline === null ? null : stripOutlet(headline, outlet)

  const canonical =
    (article === undefined ? null : typeof article.url === 'string' ? article.url : null) ??
    (squash(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) || null)
  const url =
    absolute(canonical, pageUrl) ?? absolute(meta(metas, 'og:url'), pageUrl) ?? absolute(pageUrl, null)

  const date =
    toDay(ldText('datePublished')) ??
    toDay(ldText('dateCreated')) ??
    toDay(
      meta(
        metas,
        'article:published_time',
        'og:article:published_time',
        'article:published',
        'article:publicationdate',
        'datePublished',
        'date',
        'pubdate',
        'publishdate',
        'DC.date.issued',
        'dcterms.created',
        'parsely-pub-date',
        'sailthru.date',
      ),
    ) ??
    toDay(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    urlDay(url)

  const authorMeta = meta(metas, 'author', 'article:author', 'og:article:author', 'byl')
  const byline = ldText('author') ?? (authorMeta?.startsWith('http') === false ? authorMeta : null)

  const lang =
    squash(doc.documentElement?.getAttribute('lang')) ||
    squash(doc.documentElement?.getAttribute('xml:lang')) ||
    ldText('inLanguage') ||
    meta(metas, 'og:locale')?.replace('_', '-') ||
    null

  return {
    title: title === '' ? null : title,
    date,
    publisher: outlet,
    byline,
    url,
    lang,
  }
}

/** An http(s) address resolved against the page's, or null. */
function absolute(link: string | null, base: string | null): string | null {
  if (link === null || link === '') return null
  try {
    const url = base === null ? new URL(link) : new URL(link, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
