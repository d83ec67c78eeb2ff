import { cors } from 'hono/cors'
import { Hono } from 'hono/tiny'
import { nameKey, resultForStudent } from '../quiz/attempt-rules'
import { attemptMeta, scoreAttempt } from '../quiz/score'
import {
  type AttemptResult,
  attemptRequestSchema,
  createQuizRequestSchema,
  MAX_ARTICLE_BYTES,
  quizIdSchema,
  resultsQuerySchema,
} from '../schema'
import { AttemptStore, KV_LIST_LIMIT } from '../store/attempts'
import { builtinQuizzes } from '../store/builtin'
import { QuizVersions } from '../store/quiz-versions'
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
import { publicQuizOf, quizAtVersion } from './public-quiz'
import { enforceAttemptLimits, enforceCreateLimit, enforceReplayLimit } from './rate-limit'
import { classResults } from './results'
import { teacherRoutes } from './teacher-routes'

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
  .use('/:id/attempts/:attemptId', publicCors)
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
  .get('/:id', loadQuiz, async (c) => c.json(await publicQuizOf(c.env, c.var.found), 200))
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
      if (stored !== null) {
        const found = await requireQuiz(c.env, quizId)
        return c.json(resultForStudent(stored, found.settings, found.released), 200)
      }
    }
    await enforceAttemptLimits(c, quizId, classCode)
    const found = await requireQuiz(c.env, quizId)
    const version = body.version ?? found.version
    const quiz = await quizAtVersion(c.env, found, version)
    const name = body.name === undefined || body.name === '' ? undefined : body.name
    const attemptId = body.attemptId ?? uuidv7()
    if (!found.builtin && found.settings.attempts === 'one-per-name') {
      if (name === undefined)
        throw new ProblemError(422, 'Write your first name: this quiz takes one attempt per name.', {
          errors: [{ pointer: '#/name', path: ['name'], detail: 'a name is needed for this quiz' }],
        })
      const free = await new QuizVersions(c.env.QUIZ, quiz.id).claimName(classCode, nameKey(name), attemptId)
      if (!free)
        throw new ProblemError(
          409,
          `“${name}” has already taken this quiz${classCode === '' ? '' : ` in class ${classCode}`}. It takes one attempt per name; ask your teacher if you need another try.`,
          { title: 'Already taken' },
        )
    }
    const scored = scoreAttempt(quiz, body.answers)
    const at = new Date().toISOString()
    const result: AttemptResult = {
      attemptId,
      quiz: quiz.id,
      class: classCode,
      ...(name === undefined ? {} : { name }),
      score: scored.score,
      total: scored.total,
      version,
      complete: scored.complete,
      // kept in full; what the student is shown of it is resultForStudent's (a partial attempt gets its
      // score alone under immediate feedback, and every question's key once after-release answers are out)
      results: scored.results,
    }
    const json = await store.put(result, attemptMeta(scored, at, name, version))
    const shown = resultForStudent(result, found.settings, found.released)
    // nothing held back (the same results): the stored bytes as they are
    return shown.results === result.results
      ? c.body(json, 201, { 'content-type': 'application/json' })
      : c.json(shown, 201)
  })
  .get('/:id/attempts/:attemptId', loadQuiz, validate('query', resultsQuerySchema), async (c) => {
    const found = c.var.found
    const attemptId = c.req.param('attemptId')
    const stored = /^[0-9a-f-]{36}$/i.test(attemptId)
      ? await new AttemptStore(c.env.KV).get(found.quiz.id, c.req.valid('query').class ?? '', attemptId)
      : null
    if (stored === null) throw new ProblemError(404, 'There is no such attempt of this quiz.')
    c.header('cache-control', 'no-store')
    return c.json(resultForStudent(stored, found.settings, found.released), 200)
  })
  .get('/:id/answers', loadQuiz, requireTeacher, (c) => c.json(c.var.found.quiz, 200))
  .route('/', teacherRoutes)
  .get('/:id/results', loadQuiz, requireTeacher, validate('query', resultsQuerySchema), async (c) => {
    const found = c.var.found
    const query = c.req.valid('query')
    const classCode = query.class ?? null
    const page = await resultsPage(c.env.KV, found.quiz.id, classCode, query.cursor)
    const { results } = await classResults(c.env, found, classCode, page.entries)
    if (page.cursor === null) return c.json(results, 200)
    return c.json({ ...results, more: { cursor: page.cursor, detail: moreDetail(page.entries.length) } }, 200)
  })
  .get('/:id/results.csv', loadQuiz, requireTeacher, validate('query', resultsQuerySchema), async (c) => {
    const found = c.var.found
    const query = c.req.valid('query')
    const classCode = query.class ?? null
    const page = await resultsPage(c.env.KV, found.quiz.id, classCode, query.cursor)
    const { csv } = await classResults(c.env, found, classCode, page.entries, true)
    const file = `${found.quiz.id}${classCode === null ? '' : `-${classCode}`}-results.csv`
    const next = new URLSearchParams({ ...(classCode === null ? {} : { class: classCode }) })
    if (page.cursor !== null) next.set('cursor', page.cursor)
    return c.body(csv ?? '', 200, {
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
