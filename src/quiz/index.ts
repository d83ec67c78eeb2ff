/** The quiz generator: article text in, a quiz whose every answer cites its sentence out. Pure. */

import { readDateLine } from '../article/index'
import { extractFacts } from '../facts/index'
import type { Quiz } from '../schema'
import { type GenerateOptions, quizFromFacts } from './generate'

export { InvalidQuizOptionError, MissingDateError, NotEnoughFactsError } from './errors'
export { DEFAULT_COUNT, type GenerateOptions, MAX_QUESTIONS, MIN_QUESTIONS, quizFromFacts } from './generate'
export { questionProblems } from './rules'

/**
 * Reads the article's facts and builds its quiz (see quizFromFacts for the rules). Without a publication
 * date (neither `date` nor the article's `date` line), relative dates are read against `readOn` when it
 * is given, and the quiz's source says so (`dateAssumed`); else MissingDateError.
 */
export function generateQuiz(article: string, options: GenerateOptions & { readOn?: string } = {}): Quiz {
  const { readOn, ...rest } = options
  const given = rest.date ?? readDateLine(article).date ?? undefined
  const date = given ?? readOn
  const quiz = quizFromFacts(article, extractFacts(article, date ? { date } : {}), {
    ...rest,
    ...(date ? { date } : {}),
  })
  return given === undefined && date !== undefined
    ? { ...quiz, source: { ...quiz.source, dateAssumed: true } }
    : quiz
}
