import { toPublicQuiz } from '../quiz/score'
import type { PublicQuiz, Quiz } from '../schema'
import type { FoundQuiz } from '../store/catalog'
import { QuizVersions } from '../store/quiz-versions'
import { ProblemError } from './problem'

/**
 * The quiz as a student gets it: no answers, its current version and settings, and the article's
 * text when the teacher shows it (one read of the quiz's object, only then).
 */
export async function publicQuizOf(env: Pick<Env, 'QUIZ'>, found: FoundQuiz): Promise<PublicQuiz> {
  const article =
    !found.builtin && found.settings.showArticle && found.hasArticle
      ? await new QuizVersions(env.QUIZ, found.quiz.id).article()
      : null
  return toPublicQuiz(found.quiz, found.version, found.settings, article ?? undefined)
}

/** The quiz of the version an attempt names (default: the current one); 422 for a version that never was. */
export async function quizAtVersion(
  env: Pick<Env, 'QUIZ'>,
  found: FoundQuiz,
  version: number | undefined,
): Promise<Quiz> {
  if (version === undefined || version === found.version) return found.quiz
  const quiz = found.builtin
    ? undefined
    : (await new QuizVersions(env.QUIZ, found.quiz.id).quizzes([version])).get(version)
  if (quiz === undefined)
    throw new ProblemError(422, `This quiz has no version ${version}; reload the quiz and answer again.`, {
      errors: [{ pointer: '#/version', path: ['version'], detail: 'no such version of this quiz' }],
    })
  return quiz
}

/** The public quiz of one version (a no-JS page shows a result against the version it answered). */
export async function publicQuizAt(
  env: Pick<Env, 'QUIZ'>,
  found: FoundQuiz,
  version: number | undefined,
): Promise<PublicQuiz> {
  const current = await publicQuizOf(env, found)
  if (version === undefined || version === found.version) return current
  const quiz = await quizAtVersion(env, found, version)
  return {
    ...toPublicQuiz(quiz, version, found.settings),
    ...(current.article === undefined ? {} : { article: current.article }),
  }
}
