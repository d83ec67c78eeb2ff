import { bodyLimit } from 'hono/body-limit'
import { Hono } from 'hono/tiny'
import type { AppEnv } from '../api/context'
import { publicQuizAt } from '../api/public-quiz'
import { resultForStudent } from '../quiz/attempt-rules'
import { MAX_ARTICLE_BYTES } from '../schema'
import { readClassCode } from '../shared/class-code'
import { isCreatedQuiz } from '../shared/guards'
import { readProblemDetail } from '../shared/problem-detail'
import { AttemptStore } from '../store/attempts'
import { builtinQuizzes } from '../store/builtin'
import { findQuizById } from '../store/catalog'
import { FAVICON_SVG } from './favicon'
import { sameOriginForm } from './form-origin'
import { HomePage, type MakeQuizValues } from './home'
import { htmlPage as html, requestOrigin } from './html'
import { Layout } from './layout'
import { QuizPage } from './quiz'
import { quizPageRoutes } from './quiz-page-routes'
import { postToApi } from './submit-attempt'
import { TeachPage } from './teach'

/** The article form: 100 KB of article, URL-encoded (up to 3× for non-ASCII text), plus the other fields. */
const MAX_ARTICLE_FORM_BYTES = 3 * MAX_ARTICLE_BYTES + 16 * 1024
const MAKE_FIELDS = ['article', 'title', 'date', 'publisher', 'url'] as const

function NotFoundPage(props: { what: string }) {
  return (
    <Layout title="Not found — Civic Quiz" description="There is nothing at this address.">
      <h1>Not found</h1>
      <p>{props.what}</p>
      <p>
        <a href="/">See the quizzes</a>
      </p>
    </Layout>
  )
}

const QUIZ_NOT_FOUND = (
  <NotFoundPage what="There is no quiz at this address. Check the link your teacher gave you." />
)

/** The pages: server-rendered Hono JSX; the page scripts and the stylesheet are static assets (dist/public). */
export const pageRoutes = new Hono<AppEnv>()
  .get('/favicon.svg', (c) =>
    c.body(FAVICON_SVG, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' }),
  )
  .get('/favicon.ico', (c) =>
    c.body(FAVICON_SVG, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' }),
  )
  .get('/', (c) => html(c, <HomePage quizzes={[...builtinQuizzes().values()]} />))
  .post(
    '/new',
    sameOriginForm,
    bodyLimit({
      maxSize: MAX_ARTICLE_FORM_BYTES,
      onError: (c) =>
        html(
          c,
          <HomePage
            quizzes={[...builtinQuizzes().values()]}
            error={`The article is longer than ${MAX_ARTICLE_BYTES / 1024} KB. Paste one news article at a time.`}
          />,
          413,
        ),
    }),
    async (c) => {
      const form = await c.req.parseBody()
      const values: MakeQuizValues = {}
      const request: Record<string, string> = {}
      for (const key of MAKE_FIELDS) {
        const raw = form[key]
        if (typeof raw !== 'string') continue
        values[key] = raw
        const value = key === 'article' ? raw : raw.trim()
        if (value.trim() !== '') request[key] = value
      }
      const res = await postToApi(c, '/api/quizzes', request)
      if (res.status === 201) {
        const created: unknown = await res.json().catch(() => null)
        if (isCreatedQuiz(created))
          // the token travels in the fragment: browsers keep it across the redirect, servers never see it
          return c.redirect(
            `/teach/${encodeURIComponent(created.id)}#token=${encodeURIComponent(created.teacherToken)}`,
            303,
          )
      }
      const status = res.status === 413 || res.status === 422 || res.status === 429 ? res.status : 503
      const error = await readProblemDetail(res, 'The quiz could not be made. Try again in a moment.')
      return html(
        c,
        <HomePage quizzes={[...builtinQuizzes().values()]} values={values} error={error} />,
        status,
      )
    },
  )
  .route(
    '/quiz',
    quizPageRoutes({ render: (state) => <QuizPage {...state} />, notFound: () => QUIZ_NOT_FOUND }),
  )
  .get('/quiz/:id/result/:attemptId', async (c) => {
    const found = await findQuizById(c.env, c.req.param('id'))
    if (found === null) return html(c, QUIZ_NOT_FOUND, 404)
    const classCode = readClassCode(c.req.query('class')) ?? ''
    const attemptId = c.req.param('attemptId')
    const stored = /^[0-9a-f-]{36}$/i.test(attemptId)
      ? await new AttemptStore(c.env.KV).get(found.quiz.id, classCode, attemptId)
      : null
    if (stored === null)
      return html(c, <NotFoundPage what="There is no such attempt. Check the link you kept." />, 404)
    const result = resultForStudent(stored, found.settings, found.released)
    const quiz = await publicQuizAt(c.env, found, stored.version)
    const answers = Object.fromEntries(
      stored.results.flatMap((r) => (r.given === null ? [] : [[r.question, r.given]])),
    )
    return html(
      c,
      <QuizPage
        quiz={quiz}
        origin={requestOrigin(c)}
        classCode={classCode}
        query={new URLSearchParams()}
        attemptId={crypto.randomUUID()}
        {...(stored.name === undefined ? {} : { name: stored.name })}
        answers={answers}
        result={result}
      />,
    )
  })
  .post('/copy/:id', sameOriginForm, async (c) => {
    // "Make a copy to edit" on a built-in quiz, without JavaScript as with it: the copy's teacher view
    const found = await findQuizById(c.env, c.req.param('id'))
    if (found === null || !found.builtin) return html(c, QUIZ_NOT_FOUND, 404)
    const res = await postToApi(c, `/api/quizzes/${encodeURIComponent(found.quiz.id)}/copy`, {})
    const created: unknown = res.status === 201 ? await res.json().catch(() => null) : null
    if (isCreatedQuiz(created))
      return c.redirect(
        `/teach/${encodeURIComponent(created.id)}#token=${encodeURIComponent(created.teacherToken)}`,
        303,
      )
    const error = await readProblemDetail(res, 'The copy could not be made. Try again in a moment.')
    return html(
      c,
      <HomePage quizzes={[...builtinQuizzes().values()]} error={error} />,
      res.status === 429 ? 429 : 503,
    )
  })
  .get('/teach/:id', async (c) => {
    const found = await findQuizById(c.env, c.req.param('id'))
    if (found === null) return html(c, QUIZ_NOT_FOUND, 404)
    return html(
      c,
      <TeachPage
        quiz={found.quiz}
        builtin={found.builtin}
        origin={requestOrigin(c)}
        classCode={readClassCode(c.req.query('class')) ?? ''}
      />,
    )
  })
