/**
 * /embed/:id?class=CODE — the quiz alone, made to sit in an iframe on any site (frame-ancestors *):
 * the same quiz form as /quiz/:id (fieldsets, labelled controls, "Check answers", the score in a
 * role="status" region), no site chrome, and /static/embed.js, which tells the host page its height.
 * Without JavaScript the form posts back here and the result renders in the frame.
 */
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { Hono } from 'hono/tiny'
import type { AppEnv } from '../api/context'
import { toPublicQuiz } from '../quiz/score'
import {
  type AttemptResult,
  classCodeSchema,
  type GivenAnswer,
  type PublicQuiz,
  quizIdSchema,
} from '../schema'
import { findQuiz } from '../store/catalog'
import { readAttemptFields } from './attempt-form'
import { QuizForm } from './components/quiz-form'
import { quizUrl } from './embed-snippets'
import { sameOriginForm } from './form-origin'
import { DocumentHead } from './layout'
import { contentSecurityPolicy } from './security'
import { submitAttempt } from './submit-attempt'

const MAX_FORM_BYTES = 64 * 1024

/** Every embed response may be framed by any site; nothing else about the policy changes. */
const EMBED_HEADERS = {
  'content-security-policy': contentSecurityPolicy({ frameAncestors: '*' }),
  'cache-control': 'no-store',
}

export interface EmbedPageProps {
  quiz: PublicQuiz
  origin: string
  classCode: string
  attemptId: string
  name?: string
  answers?: Record<string, GivenAnswer>
  result?: AttemptResult | null
  error?: string
}

function EmbedDocument(props: { title: string; description: string; children?: unknown }) {
  return (
    <html lang="en">
      <DocumentHead title={props.title} description={props.description} scripts={['quiz.js', 'embed.js']} />
      <body>
        <main id="main">{props.children}</main>
      </body>
    </html>
  )
}

export function EmbedPage(props: EmbedPageProps) {
  const { quiz } = props
  const { source } = quiz
  const id = encodeURIComponent(quiz.id)
  const again = `/embed/${id}${props.classCode === '' ? '' : `?class=${encodeURIComponent(props.classCode)}`}`
  return (
    <EmbedDocument
      title={`${props.result ? 'Your result: ' : ''}${quiz.title} — Civic Quiz`}
      description={`A ${quiz.questions.length}-question civics quiz on “${source.title}”. Every answer cites the article.`}
    >
      <h1>{quiz.title}</h1>
      <p class="source">
        From{' '}
        {source.url !== undefined ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          <cite>{source.title}</cite>
        )}
        {source.publisher !== undefined && <> ({source.publisher})</>},{' '}
        <time datetime={source.date}>{source.date}</time>
      </p>
      <QuizForm
        quiz={quiz}
        action={`/embed/${id}`}
        classCode={props.classCode}
        attemptId={props.attemptId}
        name={props.name}
        answers={props.answers}
        result={props.result}
        error={props.error}
      />
      {props.result && (
        <p>
          <a href={again}>Take the quiz again</a>
        </p>
      )}
      <p class="hint">
        <a href={quizUrl(props.origin, quiz.id, props.classCode)} target="_blank" rel="noopener">
          Civic Quiz
        </a>
        : every answer cites the sentence of the article it comes from.
      </p>
    </EmbedDocument>
  )
}

async function page(
  c: Context<AppEnv>,
  body: unknown,
  status: 200 | 404 | 422 | 429 | 503 = 200,
): Promise<Response> {
  const html = `<!doctype html>${await Promise.resolve(String(body ?? ''))}`
  return c.html(html, status, EMBED_HEADERS)
}

function notFound(c: Context<AppEnv>): Promise<Response> {
  return page(
    c,
    <EmbedDocument title="Quiz not found — Civic Quiz" description="There is no quiz at this address.">
      <h1>Quiz not found</h1>
      <p>There is no quiz at this address. Ask your teacher for the link again.</p>
    </EmbedDocument>,
    404,
  )
}

async function load(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? ''
  const found = quizIdSchema.safeParse(id).success ? await findQuiz(c.env.KV, id) : null
  return found === null ? null : toPublicQuiz(found.quiz)
}

const validClass = (code: string | undefined): string =>
  code !== undefined && classCodeSchema.safeParse(code).success ? code : ''

export const embedRoutes = new Hono<AppEnv>()
  .get('/embed/:id', async (c) => {
    const quiz = await load(c)
    if (quiz === null) return notFound(c)
    return page(
      c,
      <EmbedPage
        quiz={quiz}
        origin={new URL(c.req.url).origin}
        classCode={validClass(c.req.query('class'))}
        attemptId={crypto.randomUUID()}
      />,
    )
  })
  .post(
    '/embed/:id',
    sameOriginForm,
    bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text('The form is too large.', 413) }),
    async (c) => {
      const quiz = await load(c)
      if (quiz === null) return notFound(c)
      const fields = readAttemptFields(Object.entries(await c.req.parseBody()))
      const attemptId = fields.attemptId ?? crypto.randomUUID()
      const outcome = await submitAttempt(c, quiz.id, { ...fields, attemptId })
      const common = {
        quiz,
        origin: new URL(c.req.url).origin,
        classCode: validClass(fields.class),
        ...(fields.name === undefined ? {} : { name: fields.name }),
        answers: fields.answers,
      }
      if (outcome.ok)
        return page(c, <EmbedPage {...common} attemptId={crypto.randomUUID()} result={outcome.result} />)
      return page(c, <EmbedPage {...common} attemptId={attemptId} error={outcome.detail} />, outcome.status)
    },
  )
