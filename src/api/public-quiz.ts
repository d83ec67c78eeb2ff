import { toPublicQuiz } from '../quiz/score'
import type { PublicQuiz } from '../schema'
import type { FoundQuiz } from '../store/catalog'
import { QuizVersions } from '../store/quiz-versions'

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
