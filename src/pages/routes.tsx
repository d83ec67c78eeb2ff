import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Child } from 'hono/jsx'
import { Hono } from 'hono/tiny'
import type { AppEnv } from '../api/context'
import { toPublicQuiz } from '../quiz/score'
import { classCodeSchema, MAX_ARTICLE_BYTES, quizIdSchema } from '../schema'
import { builtinQuizzes } from '../store/builtin'
import { findQuiz } from '../store/catalog'
import { readAttemptFields } from './attempt-form'
import { FAVICON_SVG } from './favicon'
import { sameOriginForm } from './form-origin'
import { HomePage, type MakeQuizValues } from './home'
import { Layout } from './layout'
import { QuizPage } from './quiz'
import { postToApi, problemDetail, submitAttempt } from './submit-attempt'
import { TeachPage } from './teach'

/** Largest form body a page accepts (the quiz form; the article form has its own limit). */
const MAX_FORM_BYTES = 64 * 1024
/** The article form: 100 KB of article, URL-encoded (up to 3× for non-ASCII text), plus the other fields. */
const MAX_ARTICLE_FORM_BYTES = 3 * MAX_ARTICLE_BYTES + 16 * 1024
const MAKE_FIELDS = ['article', 'title', 'date', 'publisher', 'url'] as const

async function html(
  c: Context<AppEnv>,
  page: Child,
  status: 200 | 404 | 413 | 422 | 429 | 503 = 200,
): Promise<Response> {
  const body = `<!doctype html>${await Promise.resolve(page?.toString() ?? '')}`
  return c.html(body, status, { 'cache-control': 'no-store' })
}

function origin(c: Context<AppEnv>): string {
  return new URL(c.req.url).origin
}

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

async function loadPageQuiz(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? ''
  return quizIdSchema.safeParse(id).success ? findQuiz(c.env.KV, id) : null
}

function quizNotFound(c: Context<AppEnv>): Promise<Response> {
  return html(
    c,
    <NotFoundPage what="There is no quiz at this address. Check the link your teacher gave you." />,
    404,
  )
}

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
        const created = (await res.json()) as { id?: unknown; teacherToken?: unknown }
        if (typeof created.id === 'string' && typeof created.teacherToken === 'string')
          // the token travels in the fragment: browsers keep it across the redirect, servers never see it
          return c.redirect(
            `/teach/${encodeURIComponent(created.id)}#token=${encodeURIComponent(created.teacherToken)}`,
            303,
          )
      }
      const status = res.status === 413 || res.status === 422 || res.status === 429 ? res.status : 503
      const error = await problemDetail(res, 'The quiz could not be made. Try again in a moment.')
      return html(
        c,
        <HomePage quizzes={[...builtinQuizzes().values()]} values={values} error={error} />,
        status,
      )
    },
  )
  .get('/quiz/:id', async (c) => {
    const found = await loadPageQuiz(c)
    if (found === null) return quizNotFound(c)
    const requested = c.req.query('class') ?? ''
    const valid = requested === '' || classCodeSchema.safeParse(requested).success
    return html(
      c,
      <QuizPage
        quiz={toPublicQuiz(found.quiz)}
        origin={origin(c)}
        classCode={valid ? requested : ''}
        badClass={!valid}
        attemptId={crypto.randomUUID()}
      />,
    )
  })
  .post(
    '/quiz/:id',
    sameOriginForm,
    bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text('The form is too large.', 413) }),
    async (c) => {
      const found = await loadPageQuiz(c)
      if (found === null) return quizNotFound(c)
      const quiz = toPublicQuiz(found.quiz)
      const form = await c.req.parseBody()
      const fields = readAttemptFields(Object.entries(form))
      const attemptId = fields.attemptId ?? crypto.randomUUID()
      const outcome = await submitAttempt(c, quiz.id, { ...fields, attemptId })
      const classCode =
        fields.class !== undefined && classCodeSchema.safeParse(fields.class).success ? fields.class : ''
      const common = {
        quiz,
        origin: origin(c),
        classCode,
        ...(fields.name === undefined ? {} : { name: fields.name }),
        answers: fields.answers,
      }
      if (outcome.ok)
        return html(c, <QuizPage {...common} attemptId={crypto.randomUUID()} result={outcome.result} />)
      return html(c, <QuizPage {...common} attemptId={attemptId} error={outcome.detail} />, outcome.status)
    },
  )
  .get('/teach/:id', async (c) => {
    const found = await loadPageQuiz(c)
    if (found === null) return quizNotFound(c)
    const requested = c.req.query('class') ?? ''
    return html(
      c,
      <TeachPage
        quiz={found.quiz}
        builtin={found.builtin}
        origin={origin(c)}
        classCode={classCodeSchema.safeParse(requested).success ? requested : ''}
      />,
    )
  })
