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
      errors?: ProblemFieldError[]
      headers?: Record<string, string>
      cause?: unknown
    } = {},
  ) {
    super(detail, extra.cause === undefined ? undefined : { cause: extra.cause })
    this.name = 'ProblemError'
    const [slug, title] = TITLES[status] ?? ['error', 'Error']
    this.problem = { type: `/problems/${slug}`, title: extra.title ?? title, status, detail }
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

/** A 422 for a zod failure, with every issue's field path. */
export function validationProblem(
  error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> },
  what = 'request body',
): ProblemError {
  const errors = fieldErrors(error.issues)
  const first = errors[0]
  const detail =
    first === undefined
      ? `The ${what} is not valid.`
      : `The ${what} is not valid: ${first.pointer.slice(2) || '(root)'}: ${first.detail}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}.`
  return new ProblemError(422, detail, { errors })
}
