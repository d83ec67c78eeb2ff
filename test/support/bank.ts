/**
 * What tests know of the built-in quizzes and of answering them, with no Worker import: tests in the
 * plain Node project (`pure`, vitest.config.ts) use it directly, tests in workerd through test/helpers.ts.
 */
import { BANK } from '../../questions/index'
import type { Quiz } from '../../src/schema'
import { parseBank } from '../../src/store/builtin'

export const ADMIN = 'test-admin-token'
export const BASE = 'https://quiz.test'

/**
 * The built-in quizzes as the worker serves them (it reads them from a static asset built from the same
 * questions/*.json; tests read the files directly, so they can be listed before any request).
 */
export function bankQuizzes(): ReadonlyMap<string, Quiz> {
  return parseBank(BANK)
}

/** The first built-in quiz (the sample article's). */
export function sampleQuiz(): Quiz {
  const quiz = bankQuizzes().values().next().value
  if (quiz === undefined) throw new Error('no built-in quiz')
  return quiz
}

/** Answers that get every question of a quiz right. */
export function rightAnswers(quiz: Quiz): Record<string, number | string> {
  return Object.fromEntries(
    quiz.questions.map((q) => [q.id, q.options !== undefined ? (q.answer ?? 0) : (q.accept?.[0] ?? '')]),
  )
}

/** Answers that get every question wrong (a wrong option, or a wrong text). */
export function wrongAnswers(quiz: Quiz): Record<string, number | string> {
  return Object.fromEntries(
    quiz.questions.map((q) => [
      q.id,
      q.options !== undefined ? ((q.answer ?? 0) + 1) % q.options.length : 'not the answer',
    ]),
  )
}
