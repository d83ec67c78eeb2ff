import { cors } from 'hono/cors'
import { Hono } from 'hono/tiny'
import { attemptMeta, scoreAttempt, toPublicQuiz } from '../quiz/score'
import { aggregateResults } from '../results/aggregate'
import { resultsCsv } from '../results/csv'
import {
  type AttemptResult,
  attemptRequestSchema,
  createQuizRequestSchema,
  MAX_ARTICLE_BYTES,
  questionIdSchema,
  resultsQuerySchema,
} from '../schema'
import { AttemptStore } from '../store/attempts'
import { builtinQuizzes } from '../store/builtin'
import { QuizStore } from '../store/quizzes'
import { uuidv7 } from '../util/uuid'
import type { AppEnv } from './context'
import { createQuiz } from './create-quiz'
import { articleInputFrom, importLink } from './import-quiz'
import { jsonBody, loadQuiz, MAX_JSON_BYTES, requireTeacher, validate } from './middleware'
import { ProblemError } from './problem'
import { enforceAttemptLimit, enforceCreateLimit } from './rate-limit'

/** A pasted article may be 100 KB; JSON escaping can make its body a few times larger. */
const MAX_CREATE_BODY_BYTES = 6 * MAX_ARTICLE_BYTES

/** Quiz-taking routes are called by the widget from any school site. */
const publicCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['content-type'],
  // 429 and 503 say when to try again; a page on another origin may only read what is exposed.
  exposeHeaders: ['retry-after'],
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
  .post('/', jsonBody(MAX_CREATE_BODY_BYTES), validate('json', createQuizRequestSchema), async (c) => {
    const input = c.req.valid('json')
    if (input.article === undefined && input.url !== undefined) {
      await enforceCreateLimit(c)
      const imported = await importLink(c.env, input.url)
      const created = await createQuiz(c.env, articleInputFrom(imported, input))
      return c.json({ ...created, imported }, 201)
    }
    const article = input.article ?? ''
    if (new TextEncoder().encode(article).length > MAX_ARTICLE_BYTES)
      throw new ProblemError(
        413,
        `The article is longer than ${MAX_ARTICLE_BYTES / 1024} KB. Paste one news article at a time.`,
      )
    await enforceCreateLimit(c)
    const created = await createQuiz(c.env, { ...input, article })
    return c.json(created, 201)
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
      await enforceAttemptLimit(c, quiz.id, classCode)
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
      const json = await store.put(result, attemptMeta(scored, at, name))
      return c.body(json, 201, { 'content-type': 'application/json' })
    },
  )
  .get('/:id/answers', loadQuiz, requireTeacher, (c) => c.json(c.var.found.quiz, 200))
  .delete('/:id/questions/:questionId', loadQuiz, requireTeacher, async (c) => {
    const found = c.var.found
    const questionId = c.req.param('questionId')
    if (found.builtin)
      throw new ProblemError(
        403,
        'Built-in quizzes cannot be edited. Make your own quiz from the article to remove questions.',
      )
    const index = questionIdSchema.safeParse(questionId).success
      ? found.quiz.questions.findIndex((q) => q.id === questionId)
      : -1
    if (index < 0)
      throw new ProblemError(404, `Quiz "${found.quiz.id}" has no question "${questionId.slice(0, 80)}".`)
    if (found.quiz.questions.length === 1)
      throw new ProblemError(409, 'A quiz needs at least one question; this is its last one.')
    const quiz = { ...found.quiz, questions: found.quiz.questions.filter((q) => q.id !== questionId) }
    await new QuizStore(c.env.KV).put({ quiz, tokenHash: found.tokenHash, createdAt: found.createdAt })
    return c.json(quiz, 200)
  })
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
