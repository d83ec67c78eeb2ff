import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import * as zc from 'zod/v4/core'
import { tokenMatches, tokenMatchesHash } from '../auth/token'
import { type FoundQuiz, findQuizById } from '../store/catalog'
import type { AppEnv } from './context'
import { ProblemError, problemResponse, validationProblem } from './problem'

/** Largest JSON body of the quiz-taking API. */
export const MAX_JSON_BYTES = 64 * 1024

/** Accepts only JSON bodies (415 otherwise) of at most `maxBytes` (413 beyond). */
export function jsonBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ProblemError(413, `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`)
    },
  })
  return async (c, next) => {
    const type = c.req.header('content-type') ?? ''
    if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type))
      throw new ProblemError(415, 'Send the body as JSON with "Content-Type: application/json".')
    return limit(c, next)
  }
}

/** The request parts a route validates. */
type Target = 'json' | 'query'

/**
 * zod validation whose failures become 422 problem+json with field paths; a body that is not JSON is a
 * 400. The value is then `c.req.valid(target)`, typed by the schema.
 */
export function validate<T extends Target, Schema extends zc.$ZodType>(
  target: T,
  schema: Schema,
): MiddlewareHandler<
  AppEnv,
  string,
  { in: { [K in T]: zc.input<Schema> }; out: { [K in T]: zc.output<Schema> } }
> {
  return async (c, next) => {
    let value: unknown
    if (target === 'json') {
      try {
        value = await c.req.json()
      } catch {
        throw new ProblemError(400, 'The request body is not valid JSON.', {
          type: 'malformed-json',
          title: 'Malformed JSON',
        })
      }
    } else {
      // a key given once is a string, given more than once a list (as hono's own validator reads it)
      value = Object.fromEntries(
        Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]),
      )
    }
    const result = zc.safeParse(schema, value)
    if (!result.success) throw validationProblem(result.error)
    c.req.addValidatedData(target, result.data as object)
    await next()
  }
}

/** The 404 of a quiz id that names no quiz. */
export function quizNotFound(id: string): ProblemError {
  return new ProblemError(404, `There is no quiz with the id "${id.slice(0, 80)}".`)
}

/** The quiz with this id (built-in, else KV); a 404 problem when there is none. */
export async function requireQuiz(env: Pick<Env, 'KV' | 'QUIZ'>, id: string): Promise<FoundQuiz> {
  const found = await findQuizById(env, id)
  if (found === null) throw quizNotFound(id)
  return found
}

/** Loads the quiz named by `:id` (built-in, else KV) into `c.var.found`; 404 when there is none. */
export const loadQuiz: MiddlewareHandler<AppEnv> = createMiddleware<AppEnv>(async (c, next) => {
  c.set('found', await requireQuiz(c.env, c.req.param('id') ?? ''))
  await next()
})

/**
 * Teacher access: `Authorization: Bearer TOKEN`. Built-in quizzes take the deployment's ADMIN_TOKEN;
 * quizzes made at run time take their own token (only its hash is stored) or ADMIN_TOKEN.
 */
export const requireTeacher: MiddlewareHandler<AppEnv> = createMiddleware<AppEnv>(async (c, next) => {
  try {
    await checkTeacher(c)
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error
    const res = problemResponse(error.problem, error.headers)
    privateResponse(res.headers)
    return res
  }
  await next()
  privateResponse(c.res.headers)
})

/**
 * A teacher's answer is for that teacher only: never stored by a shared cache, and never served from a
 * cache to a request with another (or no) Authorization header. Set on every teacher route's answer,
 * the 401 included.
 */
export function privateResponse(headers: Headers): void {
  headers.set('cache-control', 'no-store')
  headers.append('vary', 'Authorization')
}

async function checkTeacher(c: Context<AppEnv>): Promise<void> {
  const header = c.req.header('authorization') ?? ''
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header)
  const token = match?.[1]
  const found = c.get('found')
  let ok = false
  if (token !== undefined) {
    const admin = c.env.ADMIN_TOKEN ?? ''
    ok =
      (await tokenMatches(token, admin)) ||
      (!found.builtin && (await tokenMatchesHash(token, found.tokenHash)))
  }
  if (!ok)
    throw new ProblemError(
      401,
      token === undefined
        ? 'Send the quiz\'s teacher token as "Authorization: Bearer TOKEN".'
        : 'The teacher token is not valid for this quiz.',
      { headers: { 'www-authenticate': 'Bearer realm="civic-quiz"' } },
    )
}
