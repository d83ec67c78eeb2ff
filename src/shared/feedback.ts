/**
 * What the feedback under one question says after scoring. Pure: the server-rendered result page
 * (components/quiz-form.tsx) and the browser script (src/client/quiz.ts) render the same model.
 */
import type { GivenAnswer, QuestionResult } from '../schema'
import { highlightAnswer, type Segment } from './highlight'

export interface Feedback {
  correct: boolean
  verdict: string
  /** The right answer as the student saw it (the option's text, or the accepted text). */
  answer: string
  /** What the student gave, when it was wrong and not blank. */
  given: string | null
  /** The evidence sentence with the answer marked. */
  evidence: Segment[]
}

export const SCORE_TEXT = (score: number, total: number): string => `You scored ${score} out of ${total}`

/** What a student is told when the teacher holds the answers back. */
export const WITHHELD_TEXT: Record<'score-only' | 'after-release', string> = {
  'score-only': 'Your teacher shows the score only: the answers are not shown for this quiz.',
  'after-release':
    'Your teacher will release the answers later. Keep the link below to see them once they are released.',
}

/** How many questions are left blank, and the question to put to the student before sending. */
export function blankWarning(blank: number, total: number): string {
  return blank === total
    ? `You have not answered any of the ${total} questions. Press “Send anyway” to send a blank attempt, or answer them first.`
    : `${blank} of ${total} questions are not answered. Press “Send anyway” to send your answers as they are, or answer them first.`
}

/** Whether a question was left unanswered: no choice made, or a typed answer that is blank. */
export function unanswered(given: GivenAnswer | null): boolean {
  return given === null || (typeof given === 'string' && given.trim() === '')
}

/**
 * What the score line says. A partial attempt shown with its key (an after-release quiz, released)
 * says how many questions were left blank; one whose key is held back under immediate feedback is told
 * to finish first; under score-only and after-release before the release, the score alone.
 */
export function scoreText(result: {
  score: number
  total: number
  complete?: boolean | undefined
  withheld?: string | undefined
  results?: ReadonlyArray<{ given: GivenAnswer | null }> | undefined
}): string {
  const score = SCORE_TEXT(result.score, result.total)
  if (result.complete !== false || result.withheld !== undefined) return score
  const shown = result.results ?? []
  if (shown.length === 0)
    return `${score}. Answer every question, then check your answers again to see the right answers.`
  const blank = shown.filter((r) => unanswered(r.given)).length
  return `${score}. ${blank} of ${result.total} ${blank === 1 ? 'question was' : 'questions were'} not answered: each says “Not answered.” below, with its right answer.`
}

function shown(options: readonly string[] | undefined, value: GivenAnswer | null): string | null {
  if (value === null) return null
  if (typeof value === 'number') return options?.[value] ?? null
  return value.trim() === '' ? null : value
}

export function feedbackFor(options: readonly string[] | undefined, result: QuestionResult): Feedback {
  const answer = shown(options, result.answer) ?? String(result.answer)
  return {
    correct: result.correct,
    verdict: result.correct ? 'Right.' : unanswered(result.given) ? 'Not answered.' : 'Not quite.',
    answer,
    given: result.correct ? null : shown(options, result.given),
    evidence: highlightAnswer(result.evidence.text, answer),
  }
}
