import { cors } from 'hono/cors'
import { Hono } from 'hono/tiny'
import { attemptMeta, scoreAttempt, toPublicQuiz, visibleResults } from '../quiz/score'
import { aggregateResults } from '../results/aggregate'
import { resultsCsv } from '../results/csv'
import {
  type AttemptResult,
  attemptRequestSchema,
  createQuizRequestSchema,
  MAX_ARTICLE_BYTES,
  questionIdSchema,
  quizIdSchema,
  resultsQuerySchema,
} from '../schema'
import { AttemptStore, KV_LIST_LIMIT } from '../store/attempts'
import { builtinQuizzes } from '../store/builtin'
import { QuizStore } from '../store/quizzes'
import { uuidv7 } from '../util/uuid'
import type { AppEnv } from './context'
import { createQuiz } from './create-quiz'
import { articleInputFrom, importLink } from './import-quiz'
import {
  jsonBody,
  loadQuiz,
  MAX_JSON_BYTES,
  quizNotFound,
  requireQuiz,
  requireTeacher,
  validate,
} from './middleware'
import { ProblemError } from './problem'
import { enforceAttemptLimits, enforceCreateLimit, enforceReplayLimit } from './rate-limit'

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
  .post('/:id/attempts', jsonBody(MAX_JSON_BYTES), validate('json', attemptRequestSchema), async (c) => {
    // Limits first: nothing is read from KV, and nothing is scored, for a request they refuse.
    const quizId = c.req.param('id')
    if (!quizIdSchema.safeParse(quizId).success) throw quizNotFound(quizId)
    const body = c.req.valid('json')
    const classCode = body.class ?? ''
    const store = new AttemptStore(c.env.KV)
    if (body.attemptId !== undefined) {
      // a replay has its own, generous limit, so it is answered while new attempts are refused
      await enforceReplayLimit(c, quizId)
      const stored = await store.get(quizId, classCode, body.attemptId)
      if (stored !== null) return c.json(stored, 200)
    }
    await enforceAttemptLimits(c, quizId, classCode)
    const { quiz } = await requireQuiz(c.env.KV, quizId)
    const scored = scoreAttempt(quiz, body.answers)
    const at = new Date().toISOString()
    const name = body.name === undefined || body.name === '' ? undefined : body.name
    const result: AttemptResult = {
      attemptId: body.attemptId ?? uuidv7(),
      quiz: quiz.id,
      class: classCode,
      ...(name === undefined ? {} : { name }),
      score: scored.score,
      total: scored.total,
      complete: scored.complete,
      results: visibleResults(scored),
    }
    const json = await store.put(result, attemptMeta(scored, at, name))
    return c.body(json, 201, { 'content-type': 'application/json' })
  })
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
    await new QuizStore(c.env.KV).put({
      quiz,
      tokenHash: found.tokenHash,
      createdAt: found.createdAt,
      idSalt: found.idSalt,
    })
    return c.json(quiz, 200)
  })
  .get('/:id/results', loadQuiz, requireTeacher, validate('query', resultsQuerySchema), async (c) => {
    const { quiz } = c.var.found
    const query = c.req.valid('query')
    const classCode = query.class ?? null
    const page = await resultsPage(c.env.KV, quiz.id, classCode, query.cursor)
    const results = aggregateResults(quiz, classCode, page.entries)
    if (page.cursor === null) return c.json(results, 200)
    return c.json({ ...results, more: { cursor: page.cursor, detail: moreDetail(page.entries.length) } }, 200)
  })
  .get('/:id/results.csv', loadQuiz, requireTeacher, validate('query', resultsQuerySchema), async (c) => {
    const { quiz } = c.var.found
    const query = c.req.valid('query')
    const classCode = query.class ?? null
    const page = await resultsPage(c.env.KV, quiz.id, classCode, query.cursor)
    const file = `${quiz.id}${classCode === null ? '' : `-${classCode}`}-results.csv`
    const next = new URLSearchParams({ ...(classCode === null ? {} : { class: classCode }) })
    if (page.cursor !== null) next.set('cursor', page.cursor)
    return c.body(resultsCsv(quiz, page.entries), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file}"`,
      'cache-control': 'no-store',
      // the next page of rows, when one file would hold more than a page
      ...(page.cursor === null
        ? {}
        : { link: `<?${next}>; rel="next"`, 'x-results-more': moreDetail(page.entries.length) }),
    })
  })

/** Attempts in one page of results: five KV list calls, far inside the 1,000 operations of an invocation. */
export const RESULTS_PAGE_ATTEMPTS = 5 * KV_LIST_LIMIT

function resultsPage(kv: KVNamespace, quizId: string, classCode: string | null, cursor: string | undefined) {
  return new AttemptStore(kv).page(quizId, classCode, {
    cursor,
    maxCalls: RESULTS_PAGE_ATTEMPTS / KV_LIST_LIMIT,
  })
}

function moreDetail(shown: number): string {
  return `These results count ${shown.toLocaleString('en-US')} attempts, one page of them; there are more. Ask for the next page with ?cursor= and the cursor given here.`
}
