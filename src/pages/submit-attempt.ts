import { type Context, Hono } from 'hono'
import type { AppEnv } from '../api/context'
import { toProblem } from '../api/errors'
import { quizRoutes } from '../api/quizzes'
import { type AttemptResult, attemptResultSchema } from '../schema'
import type { AttemptFields } from './attempt-form'

/**
 * The API's own routes, for the no-JS form POSTs (quiz page and embed page): the attempt goes through
 * exactly the code the JSON API runs (rate limit, validation, scoring, idempotent storage).
 */
const internalApi = new Hono<AppEnv>().route('/api/quizzes', quizRoutes)
internalApi.onError(toProblem)

export type SubmitOutcome =
  | { ok: true; result: AttemptResult }
  | { ok: false; status: 404 | 422 | 429 | 503; detail: string }

/** Hands a form's attempt to POST /api/quizzes/:id/attempts and reads what it answers. */
export async function submitAttempt(
  c: Context<AppEnv>,
  quizId: string,
  fields: AttemptFields & { attemptId: string },
): Promise<SubmitOutcome> {
  const res = await internalApi.request(
    `/api/quizzes/${encodeURIComponent(quizId)}/attempts`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // the API's rate limit counts the student's network, not the worker
        'cf-connecting-ip': c.req.header('cf-connecting-ip') ?? 'unknown',
      },
      body: JSON.stringify(fields),
    },
    c.env,
    c.executionCtx,
  )
  if (res.status === 200 || res.status === 201)
    return { ok: true, result: attemptResultSchema.parse(await res.json()) }
  const problem = (await res.json().catch(() => ({}))) as { detail?: unknown }
  const status = res.status === 404 || res.status === 422 || res.status === 429 ? res.status : 503
  return {
    ok: false,
    status,
    detail:
      typeof problem.detail === 'string'
        ? problem.detail
        : 'Your answers could not be checked. Press “Check answers” again.',
  }
}
