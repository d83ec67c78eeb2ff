import type { Context } from 'hono'
import { Hono } from 'hono/tiny'
import type { AppEnv } from '../api/context'
import { toProblem } from '../api/errors'
import { quizRoutes } from '../api/quizzes'
import { type AttemptResult, attemptResultSchema } from '../schema'
import type { AttemptFields } from '../shared/attempt-form'
import { readProblemDetail } from '../shared/problem-detail'

/**
 * The API's own routes, for the no-JS form POSTs (quiz page, embed page, make-a-quiz form): the
 * request goes through exactly the code the JSON API runs (rate limits, validation, scoring or
 * generation, storage), so nothing is implemented twice.
 */
const internalApi = new Hono<AppEnv>().route('/api/quizzes', quizRoutes)
internalApi.onError(toProblem)

export type SubmitOutcome =
  | { ok: true; result: AttemptResult }
  | { ok: false; status: 404 | 422 | 429 | 503; detail: string }

/** POSTs JSON to one of the API's routes from inside the worker, as the visitor's network. */
export function postToApi(c: Context<AppEnv>, path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    internalApi.request(
      path,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // the API's rate limits count the visitor's network, not the worker, and the page it used
          // (the form routes admit only posts from this origin: see csrf in routes.tsx and embed.tsx)
          'cf-connecting-ip': c.req.header('cf-connecting-ip') ?? 'unknown',
          origin: new URL(c.req.url).origin,
        },
        body: JSON.stringify(body),
      },
      c.env,
      c.executionCtx,
    ),
  )
}

/** Hands a form's attempt to POST /api/quizzes/:id/attempts and reads what it answers. */
export async function submitAttempt(
  c: Context<AppEnv>,
  quizId: string,
  fields: AttemptFields & { attemptId: string },
): Promise<SubmitOutcome> {
  const res = await postToApi(c, `/api/quizzes/${encodeURIComponent(quizId)}/attempts`, fields)
  if (res.status === 200 || res.status === 201)
    return { ok: true, result: attemptResultSchema.parse(await res.json()) }
  const status = res.status === 404 || res.status === 422 || res.status === 429 ? res.status : 503
  return {
    ok: false,
    status,
    detail: await readProblemDetail(res, 'Your answers could not be checked. Press “Check answers” again.'),
  }
}
