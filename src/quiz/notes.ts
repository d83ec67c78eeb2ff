/** Notes a teacher reads with a quiz: why an article of some length gave fewer questions than usual. */
import type { FactCounts } from './errors'

/** An article this long should give a full quiz, or say why not. */
export const FULL_QUIZ_WORDS = 400
export const FULL_QUIZ_QUESTIONS = 8

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The note for a short quiz: the article's length, how many questions it gave, and what it held,
 * or null when the quiz is full (or the teacher asked for fewer questions, or the article is short).
 */
export function shortQuizNote(
  wordCount: number,
  questions: number,
  asked: number,
  found: FactCounts,
): string | null {
  if (wordCount < FULL_QUIZ_WORDS || questions >= Math.min(FULL_QUIZ_QUESTIONS, asked)) return null
  const held = [
    plural(found.attributedQuotes, 'quotation with a named speaker', 'quotations with a named speaker'),
    plural(found.dates, 'date'),
    plural(found.numbers, 'figure'),
    plural(found.roles, 'stated office', 'stated offices'),
  ].join(', ')
  return `This article of ${wordCount} words gave ${plural(questions, 'question')}, fewer than the usual ${FULL_QUIZ_QUESTIONS}: it holds ${held}, and questions that would repeat a fact, give away another question's answer, or ask about a minor detail were left out. Add your own questions on what the article leaves unasked.`
}
