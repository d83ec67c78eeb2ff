/** The quiz generator: article text in, a quiz whose every answer cites its sentence out. Pure. */

import { extractFacts } from '../facts/index'
import type { Quiz } from '../schema'
import { type GenerateOptions, quizFromFacts } from './generate'

export { InvalidQuizOptionError, MissingDateError, NotEnoughFactsError } from './errors'
export {
  ALTERNATE_COUNT,
  DEFAULT_COUNT,
  type GenerateOptions,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  passageQuestions,
  quizFromFacts,
  quizWithAlternates,
} from './generate'
export { questionProblems } from './rules'

/** Reads the article's facts and builds its quiz (see quizFromFacts for the rules). */
export function generateQuiz(article: string, options: GenerateOptions = {}): Quiz {
  return quizFromFacts(article, extractFacts(article, options.date ? { date: options.date } : {}), options)
}
