import { BAD_DATE_MESSAGE, EMPTY_ARTICLE_MESSAGE } from '../schema'
import { CLASS_CODE_RULE } from '../shared/class-code'

/**
 * RFC 9457 problem details. Every error response of Civic Quiz is `application/problem+json`
 * with `type`, `title`, `status`, `detail`, and `errors` (field paths) for validation failures.
 */

export interface ProblemFieldError {
  /** JSON Pointer into the request, e.g. `#/answers/q-1`. */
  pointer: string
  path: Array<string | number>
  detail: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  errors?: ProblemFieldError[]
}

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthorized', 'Teacher token required'],
  403: ['forbidden', 'Not allowed'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  412: ['precondition-failed', 'The quiz changed meanwhile'],
  413: ['payload-too-large', 'Request body too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['validation', 'The request does not fit the schema'],
  428: ['precondition-required', 'Precondition required'],
  429: ['rate-limited', 'Too many requests'],
  500: ['internal', 'Internal error'],
  501: ['not-implemented', 'Not implemented'],
  503: ['unavailable', 'Storage temporarily unavailable'],
}

/** An error that becomes a problem+json response in the app's onError. */
export class ProblemError extends Error {
  readonly problem: Problem
  readonly headers: Record<string, string>
  constructor(
    status: number,
    detail: string,
    extra: {
      title?: string
      /** The problem type's slug when it is finer than the status (e.g. `malformed-json` for a 400). */
      type?: string
      errors?: ProblemFieldError[]
      headers?: Record<string, string>
      cause?: unknown
    } = {},
  ) {
    super(detail, extra.cause === undefined ? undefined : { cause: extra.cause })
    this.name = 'ProblemError'
    const [slug, title] = TITLES[status] ?? ['error', 'Error']
    this.problem = { type: `/problems/${extra.type ?? slug}`, title: extra.title ?? title, status, detail }
    if (extra.errors !== undefined) this.problem.errors = extra.errors
    this.headers = extra.headers ?? {}
  }
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  })
}

function pointer(path: ReadonlyArray<PropertyKey>): string {
  return `#/${path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`
}

export function fieldErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  prefix: Array<string | number> = [],
): ProblemFieldError[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))]
    return { pointer: pointer(path), path, detail: issue.message }
  })
}

/**
 * What a teacher or student reads about a field that does not fit, in plain words saying what to do.
 * (The zod messages stay in the problem's `errors`, for programs.)
 */
const FIELD_HELP: Record<string, string> = {
  article: EMPTY_ARTICLE_MESSAGE,
  title: 'A title is 1 to 300 characters long.',
  date: BAD_DATE_MESSAGE,
  publisher: 'A publisher is 1 to 200 characters long.',
  url: 'The link to the article must be a web address that starts with http:// or https://.',
  class: CLASS_CODE_RULE,
  name: 'A first name is at most 40 characters, with no control characters.',
  attemptId: 'This page is out of date: reload it and check your answers again.',
  answers: 'Some answers do not fit this quiz: reload the page and answer again.',
}

/** A 422 for a zod failure, with every issue's field path; `detail` says in plain words what to change. */
export function validationProblem(error: {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>
}): ProblemError {
  const errors = fieldErrors(error.issues)
  const helps = new Set(
    errors.map((e) => {
      const field = e.path[0]
      return (
        (typeof field === 'string' ? FIELD_HELP[field] : undefined) ??
        'Send only the fields the API documents.'
      )
    }),
  )
  const detail = helps.size === 0 ? 'Send only the fields the API documents.' : [...helps].join(' ')
  return new ProblemError(422, detail, { errors })
}
