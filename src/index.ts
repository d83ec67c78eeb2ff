import { Hono } from 'hono'
import { assetRoutes } from './api/assets'
import type { AppEnv } from './api/context'
import { toProblem } from './api/errors'
import { oembedRoutes } from './api/oembed'
import { problemResponse } from './api/problem'
import { quizRoutes } from './api/quizzes'
import { OPENAPI_JSON } from './generated/openapi'
import { embedRoutes } from './pages/embed'
import { pageRoutes } from './pages/routes'
import { securityHeaders } from './pages/security'

const app = new Hono<AppEnv>()
  .use('*', securityHeaders)
  .get('/healthz', (c) => c.json({ ok: true }, 200))
  .get('/api/openapi.json', (c) =>
    c.body(OPENAPI_JSON, 200, { 'content-type': 'application/json; charset=utf-8' }),
  )
  .route('/api/quizzes', quizRoutes)
  .route('/', assetRoutes)
  .route('/', oembedRoutes)
  .route('/', embedRoutes)
  .route('/', pageRoutes)

app.notFound((c) =>
  problemResponse({
    type: '/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: `Nothing is served at ${c.req.method} ${c.req.path.slice(0, 200)}.`,
  }),
)
app.onError(toProblem)

export type AppType = typeof app
export default app
