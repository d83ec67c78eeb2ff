import { ImportError } from '../import/errors'
import { FETCH_TIMEOUT_MS, type FetchPageOptions } from '../import/fetch-page'
import { type ImportedArticle, importArticle } from '../import/import-article'
import type { CreateQuizRequest } from '../schema'
import type { ArticleInput } from './create-quiz'
import type { Problem } from './problem'

/**
 * The worker's vars the importer reads, set by local tests only (`wrangler dev --var`), never in
 * wrangler.toml: IMPORT_ALLOW_LOOPBACK ("true" opens loopback) and IMPORT_TIMEOUT_MS (a shorter time
 * limit than the 10 s default, so a test of the limit does not wait 10 s).
 */
export interface ImportVars {
  IMPORT_ALLOW_LOOPBACK?: string
  IMPORT_TIMEOUT_MS?: string
}

/**
 * The importer's options from the worker's vars. IMPORT_TIMEOUT_MS counts only as a whole number of
 * milliseconds from 1 up to the default: it can shorten the time limit, never lengthen or remove it.
 */
export function importOptions(env: ImportVars): FetchPageOptions {
  const timeoutMs = Number(env.IMPORT_TIMEOUT_MS)
  return {
    allowLoopback: env.IMPORT_ALLOW_LOOPBACK === 'true',
    ...(Number.isInteger(timeoutMs) && timeoutMs >= 1 && timeoutMs <= FETCH_TIMEOUT_MS ? { timeoutMs } : {}),
  }
}

/** Fetches and reads the article behind a teacher's link with every safety limit of src/import. */
export function importLink(env: ImportVars, url: string): Promise<ImportedArticle> {
  return importArticle(url, importOptions(env))
}

/** The generator's input from an imported article; what the teacher typed overrides what the page says. */
export function articleInputFrom(imported: ImportedArticle, request: CreateQuizRequest): ArticleInput {
  const title = request.title ?? imported.title ?? undefined
  const date = request.date ?? imported.date ?? undefined
  const publisher = request.publisher ?? imported.publisher ?? undefined
  return {
    article: imported.text,
    url: imported.url,
    ...(title === undefined ? {} : { title: title.slice(0, 300) }),
    ...(date === undefined ? {} : { date }),
    ...(publisher === undefined ? {} : { publisher: publisher.slice(0, 200) }),
    ...(imported.byline === null ? {} : { author: imported.byline.slice(0, 200) }),
  }
}

const TITLES: Record<ImportError['reason'], string> = {
  'bad-url': 'The link cannot be read',
  'forbidden-address': 'The link points at a private address',
  'too-many-redirects': 'The link redirects too many times',
  'too-large': 'The page is too large',
  timeout: 'The page took too long',
  'unsupported-type': 'The link is not a web page',
  'upstream-status': 'The site refused the page',
  unreachable: 'The site cannot be reached',
  'no-article': 'No article on the page',
  'not-english': 'The article is not in English',
}

/** An import refusal as problem+json: always 422, with a type per reason and a pointer at `url`. */
export function importProblem(error: ImportError): Problem {
  return {
    type: `/problems/import-${error.reason}`,
    title: TITLES[error.reason],
    status: 422,
    detail: error.message,
    errors: [{ pointer: '#/url', path: ['url'], detail: error.message }],
  }
}

export { ImportError }
