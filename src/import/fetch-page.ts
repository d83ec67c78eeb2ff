import { ImportError } from './errors'
import { checkImportUrl, type UrlRuleOptions } from './url-rule'

/** The user agent of every fetch: names the app, so a site can tell who is reading it. */
export const IMPORT_USER_AGENT =
  'CivicQuiz/1.0 (article import for a classroom quiz; +https://github.com/civic-quiz)'

/** Limits of the fetch; every one has a safe default. */
export interface FetchPageOptions extends UrlRuleOptions {
  /** The fetch to use (the platform's by default). */
  fetch?: (input: Request | string | URL, init?: RequestInit) => Promise<Response>
  /** Bytes of body read at most; a longer page is refused (default 2 MB). */
  maxBytes?: number
  /** The whole fetch, redirects and body included, must end within this (default 10 s). */
  timeoutMs?: number
  /** Redirects followed at most, each checked again (default 5). */
  maxRedirects?: number
}

/** A page as fetched: its final address, its content type header and its bytes. */
export interface FetchedPage {
  url: string
  contentType: string
  bytes: Uint8Array
}

export const MAX_PAGE_BYTES = 2 * 1024 * 1024
export const FETCH_TIMEOUT_MS = 10_000
export const MAX_REDIRECTS = 5
const ACCEPTED_TYPES = new Set(['text/html', 'text/plain'])

/** The media type of a Content-Type header without its parameters, lowercased. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/**
 * Fetches a teacher's link without letting it reach anything but a public web page: the link rule on
 * the link and on every redirect (followed by hand, at most 5), no cookies or credentials sent, a user
 * agent naming the app, text/html or text/plain only, the body read as a stream and refused beyond
 * 2 MB, and 10 s for all of it. Every refusal is an ImportError saying what was wrong.
 */
export async function fetchPage(link: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const doFetch = options.fetch ?? fetch
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new ImportError('timeout', `The page did not arrive within ${timeoutMs / 1000} s.`))
    }, timeoutMs)
  })
  const inTime = <T>(work: Promise<T>): Promise<T> => Promise.race([work, deadline])
  try {
    let url = checkImportUrl(link, options)
    for (let hops = 0; ; hops++) {
      let response: Response
      try {
        response = await inTime(
          doFetch(url.href, {
            method: 'GET',
            redirect: 'manual',
            signal: controller.signal,
            headers: {
              'user-agent': IMPORT_USER_AGENT,
              accept: 'text/html,text/plain;q=0.9',
              'accept-language': 'en',
            },
          }),
        )
      } catch (error) {
        if (error instanceof ImportError) throw error
        throw new ImportError('unreachable', `The site ${url.hostname} could not be reached.`)
      }
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel()
        if (hops + 1 > maxRedirects)
          throw new ImportError(
            'too-many-redirects',
            `The link redirects more than ${maxRedirects} times; give the article's own address.`,
          )
        let next: string
        try {
          next = new URL(location, url).href
        } catch {
          throw new ImportError('bad-url', 'The link redirects to something that is not a web address.')
        }
        url = checkImportUrl(next, options)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new ImportError(
          'upstream-status',
          `The site answered ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`} for this link.`,
        )
      }
      const contentType = response.headers.get('content-type') ?? ''
      const type = mediaType(contentType)
      if (!ACCEPTED_TYPES.has(type)) {
        await response.body?.cancel()
        throw new ImportError(
          'unsupported-type',
          `The link gives ${type === '' ? 'content of no stated type' : type}, not a web page (text/html or text/plain).`,
        )
      }
      const declared = Number(response.headers.get('content-length') ?? Number.NaN)
      if (declared > maxBytes) {
        await response.body?.cancel()
        throw tooLarge(maxBytes)
      }
      const bytes = await inTime(readAtMost(response, maxBytes))
      return { url: url.href, contentType, bytes }
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

function tooLarge(maxBytes: number): ImportError {
  return new ImportError(
    'too-large',
    `The page is larger than ${maxBytes / 1024 / 1024} MB; Civic Quiz reads one news article at a time.`,
  )
}

/** Reads a body as a stream, stopping and refusing as soon as it passes maxBytes. */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader()
  if (reader === undefined) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
