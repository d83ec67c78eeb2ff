import { createMiddleware } from 'hono/factory'
import { Hono } from 'hono/tiny'
import { extractFacts } from '../facts/index'
import {
  addQuestion,
  QuizEditRefused,
  removeQuestion,
  reorderQuestions,
  replaceQuestion,
  swapInAlternate,
} from '../quiz/edit'
import { passageQuestions } from '../quiz/index'
import {
  addQuestionRequestSchema,
  candidatesQuerySchema,
  type EditView,
  orderRequestSchema,
  type Question,
  type Quiz,
  questionSchema,
  quizSettingsSchema,
} from '../schema'
import { loadBuiltinArticle } from '../store/builtin'
import { QuizVersions } from '../store/quiz-versions'
import type { AppEnv } from './context'
import { articleSentences, runtimeQuizId, storeNewQuiz } from './create-quiz'
import { jsonBody, loadQuiz, MAX_JSON_BYTES, requireTeacher, validate } from './middleware'
import { ProblemError } from './problem'
import { enforceCreateLimit } from './rate-limit'
import { added, editableQuiz, versionTag, withVersion } from './versioning'

/** The article a run-time quiz was made from, or null (quizzes kept in KV before versions, and copies of built-in quizzes made before copies carried their article). */
async function articleOf(env: Env, quizId: string, hasArticle: boolean): Promise<string | null> {
  return hasArticle ? new QuizVersions(env.QUIZ, quizId).article() : null
}

/**
 * The questions the generator asks about one passage of the article that the quiz does not ask yet
 * (422 when the quiz keeps no article).
 */
function passage(
  article: string | null,
  span: { start: number; end: number },
  quiz: Quiz,
  idSalt: string,
): Question[] {
  if (article === null)
    throw new ProblemError(
      422,
      'This quiz does not keep its article, so questions cannot be made from its sentences.',
    )
  if (span.end <= span.start || span.end > article.length)
    throw new ProblemError(422, 'The passage must be a span of the article: start < end ≤ its length.', {
      errors: [{ pointer: '#/sentence', path: ['sentence'], detail: 'not a span of the article' }],
    })
  const asked = new Set(quiz.questions.map((q) => q.id))
  return passageQuestions(article, extractFacts(article, { date: quiz.source.date }), span, asked, '', idSalt)
}

/** Copying a built-in quiz is open (its bank is public); copying a run-time quiz needs its token. */
const teacherUnlessBuiltin = createMiddleware<AppEnv>(async (c, next) => {
  if (c.var.found.builtin) {
    await next()
    return
  }
  // requireTeacher answers a refusal itself (the 401 response): pass it on
  return requireTeacher(c, next)
})

/**
 * The teacher's editor: every change names the version it was made to (If-Match) and is saved as
 * the next version by the quiz's Durable Object; 412 when another change came first.
 */
export const teacherRoutes = new Hono<AppEnv>()
  .get('/:id/edit', loadQuiz, requireTeacher, async (c) => {
    const found = c.var.found
    const article = found.builtin ? null : await articleOf(c.env, found.quiz.id, found.hasArticle)
    const view: EditView = {
      version: found.version,
      quiz: found.quiz,
      alternates: found.builtin ? [] : found.alternates,
      settings: found.settings,
      released: found.released,
      editable: !found.builtin,
      ...(article === null ? {} : { article: { text: article, sentences: articleSentences(article) } }),
    }
    c.header('etag', versionTag(found.version))
    c.header('cache-control', 'no-store')
    return c.json(view, 200)
  })
  .get('/:id/candidates', loadQuiz, requireTeacher, validate('query', candidatesQuerySchema), async (c) => {
    const found = editableQuiz(c)
    const q = c.req.valid('query')
    const article = await articleOf(c.env, found.quiz.id, found.hasArticle)
    const questions = passage(
      article,
      { start: Number(q.start), end: Number(q.end) },
      found.quiz,
      found.idSalt,
    )
    return c.json({ questions }, 200)
  })
  .put(
    '/:id/questions/:questionId',
    jsonBody(MAX_JSON_BYTES),
    loadQuiz,
    requireTeacher,
    validate('json', questionSchema),
    async (c) => {
      const saved = await withVersion(c, 'edit', async (current, found) =>
        replaceQuestion(
          current,
          c.req.param('questionId'),
          c.req.valid('json'),
          await articleOf(c.env, found.quiz.id, found.hasArticle),
          found.idSalt,
        ),
      )
      return c.json(saved, 200)
    },
  )
  .post(
    '/:id/questions',
    jsonBody(MAX_JSON_BYTES),
    loadQuiz,
    requireTeacher,
    validate('json', addQuestionRequestSchema),
    async (c) => {
      const body = c.req.valid('json')
      const saved = await withVersion(c, 'add', async (current, found) => {
        if ('alternate' in body) return added(swapInAlternate(current, body.alternate, body.replace))
        const article = await articleOf(c.env, found.quiz.id, found.hasArticle)
        if ('question' in body) return added(addQuestion(current, body.question, article, true, found.idSalt))
        const offered = passage(article, body.sentence, found.quiz, found.idSalt)
        const pick = offered.find((q) => body.type === undefined || q.type === body.type)
        if (pick === undefined)
          throw new QuizEditRefused(
            'invalid',
            body.type === undefined
              ? 'The generator finds no fair question in that sentence. Pick another sentence.'
              : `The generator finds no "${body.type}" question in that sentence.`,
            [{ path: ['sentence'], message: 'no question in this passage' }],
          )
        return added(addQuestion(current, pick, article, false, found.idSalt))
      })
      return c.json(saved, 201)
    },
  )
  .delete('/:id/questions/:questionId', loadQuiz, requireTeacher, async (c) => {
    const saved = await withVersion(c, 'remove', (current) =>
      removeQuestion(current, c.req.param('questionId')),
    )
    return c.json(saved, 200)
  })
  .put(
    '/:id/order',
    jsonBody(MAX_JSON_BYTES),
    loadQuiz,
    requireTeacher,
    validate('json', orderRequestSchema),
    async (c) => {
      const saved = await withVersion(c, 'order', (current) =>
        reorderQuestions(current, c.req.valid('json').order),
      )
      return c.json(saved, 200)
    },
  )
  .post('/:id/undo', loadQuiz, requireTeacher, async (c) => {
    const saved = await withVersion(c, 'undo', async (_current, found) => {
      if (found.version === 1)
        throw new ProblemError(409, 'There is no change to undo: this is the first version.')
      const previous = await new QuizVersions(c.env.QUIZ, found.quiz.id).record(found.version - 1)
      if (previous === null) throw new ProblemError(409, 'The previous version is not available.')
      return previous
    })
    return c.json(saved, 200)
  })
  .put(
    '/:id/settings',
    jsonBody(MAX_JSON_BYTES),
    loadQuiz,
    requireTeacher,
    validate('json', quizSettingsSchema),
    async (c) => {
      const found = editableQuiz(c)
      const settings = c.req.valid('json')
      await new QuizVersions(c.env.QUIZ, found.quiz.id).setSettings(settings)
      return c.json({ settings }, 200)
    },
  )
  .post('/:id/release', loadQuiz, requireTeacher, async (c) => {
    const found = editableQuiz(c)
    if (found.settings.feedback !== 'after-release')
      throw new ProblemError(409, 'Only a quiz whose feedback is "after-release" has answers to release.')
    const releasedAt = await new QuizVersions(c.env.QUIZ, found.quiz.id).release()
    return c.json({ released: true, releasedAt }, 200)
  })
  .post('/:id/copy', loadQuiz, teacherUnlessBuiltin, async (c) => {
    await enforceCreateLimit(c)
    const found = c.var.found
    const quiz = { ...found.quiz, id: runtimeQuizId(found.quiz.id) }
    // the copy keeps the article, the alternates and the id salt, so every edit works on it: a
    // sentence's questions then get the ids the quiz's own questions have, and are not offered twice
    const source = found.builtin
      ? await loadBuiltinArticle(c.env.ASSETS, found.quiz.id)
      : {
          article: await articleOf(c.env, found.quiz.id, found.hasArticle),
          alternates: found.alternates,
          idSalt: found.idSalt,
        }
    const created = await storeNewQuiz(
      c.env,
      { quiz, alternates: source.alternates },
      source.article,
      found.settings,
      source.idSalt,
    )
    return c.json(created, 201)
  })
