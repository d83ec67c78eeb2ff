/**
 * The routes of a page that holds the quiz form, written once for the quiz page (/quiz/:id) and the
 * embed page (/embed/:id): GET renders the form; the no-JS POST of the form goes through the API's own
 * attempt route and renders the same page with the result, or with what went wrong (also for a form
 * over the size limit, which is answered as the page with the message, not as text).
 */
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Child } from 'hono/jsx'
import { Hono } from 'hono/tiny'
import type { AppEnv } from '../api/context'
import { publicQuizAt, publicQuizOf } from '../api/public-quiz'
import type { AttemptResult, GivenAnswer, PublicQuiz } from '../schema'
import { readAttemptFields } from '../shared/attempt-form'
import { readClassCode } from '../shared/class-code'
import { blankWarning } from '../shared/feedback'
import { type FoundQuiz, findQuizById } from '../store/catalog'
import { sameOriginForm } from './form-origin'
import { htmlPage, type PageStatus, requestOrigin } from './html'
import { submitAttempt } from './submit-attempt'

/** Largest quiz form a page accepts (the API's JSON limit for attempts is the same). */
export const MAX_FORM_BYTES = 64 * 1024

/** What a page with the quiz form shows. */
export interface QuizPageState {
  quiz: PublicQuiz
  origin: string
  /** A valid class code (canonical), or '' for none. */
  classCode: string
  /** Set when the link's `?class=` held something that is not a class code. */
  badClass?: boolean
  attemptId: string
  name?: string
  answers?: Record<string, GivenAnswer>
  result?: AttemptResult | null
  error?: string
  /** Set when the student was asked about blank answers: the next send goes through as it is. */
  confirmBlank?: boolean
  /** The query of the page's own URL that the page keeps in its links (e.g. `layout`). */
  query: URLSearchParams
}

export interface QuizPageKind {
  /** The page for a quiz and its state. */
  render: (state: QuizPageState) => Child
  /** The page for an address with no quiz. */
  notFound: () => Child
  /** Headers every answer of this page carries (the embed page's frame-ancestors policy). */
  headers?: Record<string, string>
}

export const FORM_TOO_LARGE_TEXT = `Your answers are too long to send (over ${MAX_FORM_BYTES / 1024} KB). Shorten the typed answers and press “Check answers” again.`

/** GET and POST `/:id` for one kind of quiz page, to mount under `/quiz` or `/embed`. */
export function quizPageRoutes(kind: QuizPageKind) {
  const send = (c: Context<AppEnv>, page: Child, status: PageStatus = 200) =>
    htmlPage(c, page, status, kind.headers)

  async function find(c: Context<AppEnv>): Promise<FoundQuiz | null> {
    return findQuizById(c.env, c.req.param('id') ?? '')
  }

  async function load(c: Context<AppEnv>): Promise<PublicQuiz | null> {
    const found = await find(c)
    return found === null ? null : publicQuizOf(c.env, found)
  }

  function state(c: Context<AppEnv>, quiz: PublicQuiz, rawClass: string | undefined) {
    const classCode = readClassCode(rawClass)
    const query = new URLSearchParams()
    const layout = c.req.query('layout')
    if (layout !== undefined && /^[a-z]{1,20}$/.test(layout)) query.set('layout', layout)
    return {
      quiz,
      origin: requestOrigin(c),
      classCode: classCode ?? '',
      ...(classCode === null ? { badClass: true } : {}),
      query,
    }
  }

  return new Hono<AppEnv>()
    .get('/:id', async (c) => {
      const quiz = await load(c)
      if (quiz === null) return send(c, kind.notFound(), 404)
      return send(c, kind.render({ ...state(c, quiz, c.req.query('class')), attemptId: crypto.randomUUID() }))
    })
    .post(
      '/:id',
      sameOriginForm,
      bodyLimit({
        maxSize: MAX_FORM_BYTES,
        onError: async (c) => {
          const quiz = await load(c)
          if (quiz === null) return send(c, kind.notFound(), 404)
          const page = { ...state(c, quiz, undefined), attemptId: crypto.randomUUID() }
          return send(c, kind.render({ ...page, error: FORM_TOO_LARGE_TEXT }), 413)
        },
      }),
      async (c) => {
        const found = await find(c)
        if (found === null) return send(c, kind.notFound(), 404)
        const form = await c.req.parseBody()
        const fields = readAttemptFields(Object.entries(form))
        // the version the form was answered on (a no-JS page shows the result against it)
        const quiz = await publicQuizAt(c.env, found, fields.version).catch(() => null)
        if (quiz === null) return send(c, kind.notFound(), 404)
        const attemptId = fields.attemptId ?? crypto.randomUUID()
        const page = {
          ...state(c, quiz, fields.class),
          ...(fields.name === undefined ? {} : { name: fields.name }),
          answers: fields.answers,
        }
        // blank answers: ask first, and send on the second press ("Send anyway")
        const blank = quiz.questions.filter((q) => !Object.hasOwn(fields.answers, q.id)).length
        if (blank > 0 && form.confirmBlank !== '1')
          return send(
            c,
            kind.render({
              ...page,
              attemptId,
              error: blankWarning(blank, quiz.questions.length),
              confirmBlank: true,
            }),
            422,
          )
        const outcome = await submitAttempt(c, quiz.id, { ...fields, attemptId })
        if (outcome.ok)
          return send(c, kind.render({ ...page, attemptId: crypto.randomUUID(), result: outcome.result }))
        return send(c, kind.render({ ...page, attemptId, error: outcome.detail }), outcome.status)
      },
    )
}
