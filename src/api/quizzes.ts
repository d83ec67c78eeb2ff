import { Hono } from 'hono'
import { cors } from 'hono/cors'
import * as z from 'zod'
import { attemptMeta, scoreAttempt, toPublicQuiz } from '../quiz/score'
import { aggregateResults } from '../results/aggregate'
import { resultsCsv } from '../results/csv'
import { type AttemptResult, attemptRequestSchema, classCodeSchema } from '../schema'
import { AttemptStore } from '../store/attempts'
import { builtinQuizzes } from '../store/builtin'
import { uuidv7 } from '../util/uuid'
import type { AppEnv } from './context'
import { jsonBody, loadQuiz, MAX_JSON_BYTES, requireTeacher, validate } from './middleware'
import { clientAddress, enforceRateLimit } from './rate-limit'

const resultsQuerySchema = z.object({ class: classCodeSchema.optional() })

/** Quiz-taking routes are called by the widget from any school site. */
const publicCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['content-type'],
  maxAge: 86400,
})

/** The quiz API: thin routes that validate, call the pure code or the store, and respond. */
export const quizRoutes = new Hono<AppEnv>()
  .use('/', publicCors)
  .use('/:id', publicCors)
  .use('/:id/attempts', publicCors)
  .get('/', (c) => {
    const quizzes = [...builtinQuizzes().values()].map((q) => ({
      id: q.id,
      title: q.title,
      source: q.source,
      questionCount: q.questions.length,
    }))
    return c.json({ quizzes }, 200)
  })
  .get('/:id', loadQuiz, (c) => c.json(toPublicQuiz(c.var.found.quiz), 200))
  .post(
    '/:id/attempts',
    jsonBody(MAX_JSON_BYTES),
    loadQuiz,
    validate('json', attemptRequestSchema),
    async (c) => {
      const body = c.req.valid('json')
      const { quiz } = c.var.found
      const scored = scoreAttempt(quiz, body.answers)
      const store = new AttemptStore(c.env.KV)
      const classCode = body.class ?? ''
      if (body.attemptId !== undefined) {
        const stored = await store.get(quiz.id, classCode, body.attemptId)
        if (stored !== null) return c.json(stored, 200)
      }
      await enforceRateLimit(c.env.ATTEMPT_LIMITER, `${clientAddress(c)}|${quiz.id}|${classCode}`, 'attempts')
      const at = new Date().toISOString()
      const name = body.name === undefined || body.name === '' ? undefined : body.name
      const result: AttemptResult = {
        attemptId: body.attemptId ?? uuidv7(),
        quiz: quiz.id,
        class: classCode,
        ...(name === undefined ? {} : { name }),
        score: scored.score,
        total: scored.total,
        results: scored.results,
      }
      await store.put(result, attemptMeta(scored, at, name))
      return c.json(result, 201)
    },
  )
  .get('/:id/answers', loadQuiz, requireTeacher, (c) => c.json(c.var.found.quiz, 200))
  .get('/:id/results', loadQuiz, requireTeacher, validate('query', resultsQuerySchema), async (c) => {
    const { quiz } = c.var.found
    const classCode = c.req.valid('query').class ?? null
    const entries = await new AttemptStore(c.env.KV).list(quiz.id, classCode)
    return c.json(aggregateResults(quiz, classCode, entries), 200)
  })
  .get('/:id/results.csv', loadQuiz, requireTeacher, validate('query', resultsQuerySchema), async (c) => {
    const { quiz } = c.var.found
    const classCode = c.req.valid('query').class ?? null
    const entries = await new AttemptStore(c.env.KV).list(quiz.id, classCode)
    const file = `${quiz.id}${classCode === null ? '' : `-${classCode}`}-results.csv`
    return c.body(resultsCsv(quiz, entries), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file}"`,
      'cache-control': 'no-store',
    })
  })
