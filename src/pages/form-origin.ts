/**
 * The no-JS form routes (`POST /quiz/:id`, `POST /embed/:id`, `POST /new`) take posts from this site's
 * own pages only: Hono's `csrf` admits a form post whose `Origin` is this origin or whose
 * `Sec-Fetch-Site` is `same-origin`, and refuses the rest (a page on another site posting a hidden form
 * into a student's browser, a form with no Origin at all) with 403 problem+json, before the body is read.
 * The JSON attempt API stays open to every origin, for the widget; see README "Cross-site requests".
 */
import type { MiddlewareHandler } from 'hono'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../api/context'
import { problemResponse } from '../api/problem'

const sameOrigin = csrf()

export const sameOriginForm: MiddlewareHandler<AppEnv> = async (c, next) => {
  try {
    await sameOrigin(c, async () => {})
  } catch (error) {
    if (!(error instanceof HTTPException) || error.status !== 403) throw error
    return problemResponse({
      type: '/problems/cross-site-form',
      title: 'Form sent from another site',
      status: 403,
      detail:
        'This form can only be sent from its own page. Open the quiz link your teacher gave you and send your answers there.',
    })
  }
  await next()
}
