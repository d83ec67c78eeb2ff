/** The quiz generator: article text in, a quiz whose every answer cites its sentence out. Pure. */

import { readDateLine } from '../article/index'
import { extractFacts } from '../facts/index'
import type { Question, Quiz } from '../schema'
import { type GenerateOptions, quizFromFacts, quizWithAlternates } from './generate'

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

/** The facts and options a generation reads, and whether its date was assumed (see generateQuiz). */
function prepare(
  article: string,
  options: GenerateOptions & { readOn?: string },
): { facts: ReturnType<typeof extractFacts>; options: GenerateOptions; assumed: boolean } {
  const { readOn, ...rest } = options
  const given = rest.date ?? readDateLine(article).date ?? undefined
  const date = given ?? readOn
  return {
    facts: extractFacts(article, date ? { date } : {}),
    options: { ...rest, ...(date ? { date } : {}) },
    assumed: given === undefined && date !== undefined,
  }
}

function markAssumed(quiz: Quiz, assumed: boolean): Quiz {
  return assumed ? { ...quiz, source: { ...quiz.source, dateAssumed: true } } : quiz
}

/**
 * Reads the article's facts and builds its quiz (see quizFromFacts for the rules). Without a publication
 * date (neither `date` nor the article's `date` line), relative dates are read against `readOn` when it
 * is given, and the quiz's source says so (`dateAssumed`); else MissingDateError.
 */
export function generateQuiz(article: string, options: GenerateOptions & { readOn?: string } = {}): Quiz {
  const p = prepare(article, options)
  return markAssumed(quizFromFacts(article, p.facts, p.options), p.assumed)
}

/** generateQuiz, with the generator's ranked alternates (see quizWithAlternates). */
export function generateQuizWithAlternates(
  article: string,
  options: GenerateOptions & { readOn?: string } = {},
): { quiz: Quiz; alternates: Question[] } {
  const p = prepare(article, options)
  const draft = quizWithAlternates(article, p.facts, p.options)
  return { quiz: markAssumed(draft.quiz, p.assumed), alternates: draft.alternates }
}
