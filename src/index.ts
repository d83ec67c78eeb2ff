import { Hono } from 'hono/tiny'
import type { AppEnv } from './api/context'
import { toProblem } from './api/errors'
import { oembedRoutes } from './api/oembed'
import { problemResponse } from './api/problem'
import { quizRoutes } from './api/quizzes'
import { embedRoutes } from './pages/embed'
import { pageRoutes } from './pages/routes'
import { securityHeaders } from './pages/security'
import { loadBuiltinQuizzes } from './store/builtin'

/**
 * The worker. Static files (widget.js, the page scripts, /api/openapi.json) are served from
 * dist/public by Workers static assets before this runs; see wrangler.toml [assets].
 */
const app = new Hono<AppEnv>()
  .use('*', securityHeaders)
  // The built-in quizzes come from a static asset, read once per isolate (src/store/builtin.ts).
  .use('*', async (c, next) => {
    await loadBuiltinQuizzes(c.env.ASSETS)
    await next()
  })
  .get('/healthz', (c) => c.json({ ok: true }, 200))
  .route('/api/quizzes', quizRoutes)
  .route('/', oembedRoutes)
  .route('/embed', embedRoutes)
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
export { QuizObject } from './store/quiz-object'
