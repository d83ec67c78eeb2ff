/**
 * Small checks of JSON that comes over the network into a browser (the widget, the quiz page, the
 * teacher view), so a page never trusts a cast: when the API answers something else (an old worker, a
 * proxy's error page, a changed shape), the page says so in plain words instead of failing later on a
 * missing field. Pure: no DOM, no Workers types, no zod (the browser bundles stay small); the shapes are
 * the zod schemas' types, checked as far as the page uses them.
 */
import type { AttemptResult, ClassResults, PublicQuiz, Quiz } from '../schema'

/** What a page says when the API answered something it cannot read. */
export const UNREADABLE_ANSWER_TEXT =
  'Civic Quiz answered something this page cannot read. Reload the page and try again.'

type Json = Record<string, unknown>

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)
const isString = (x: unknown): x is string => typeof x === 'string'
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0
const isArrayOf = <T>(x: unknown, item: (y: unknown) => y is T): x is T[] => Array.isArray(x) && x.every(item)
const isGiven = (x: unknown): x is number | string => isCount(x) || isString(x)

function isSource(x: unknown): boolean {
  return isObject(x) && isString(x.title) && isString(x.date)
}

function isPublicQuestion(x: unknown): boolean {
  return (
    isObject(x) &&
    isString(x.id) &&
    isString(x.prompt) &&
    (x.options === undefined || isArrayOf(x.options, isString))
  )
}

export function isPublicQuiz(x: unknown): x is PublicQuiz {
  return (
    isObject(x) &&
    isString(x.id) &&
    isString(x.title) &&
    isSource(x.source) &&
    isArrayOf(x.questions, (q): q is unknown => isPublicQuestion(q))
  )
}

/** The full quiz a teacher gets (answers, explanations and evidence included). */
export function isQuiz(x: unknown): x is Quiz {
  return (
    isPublicQuiz(x) &&
    (x.questions as unknown[]).every(
      (q) =>
        isObject(q) &&
        isString(q.explanation) &&
        isObject(q.evidence) &&
        isString(q.evidence.text) &&
        (q.options === undefined ? isArrayOf(q.accept, isString) : isCount(q.answer)),
    )
  )
}

function isQuestionResult(x: unknown): boolean {
  return (
    isObject(x) &&
    isString(x.question) &&
    typeof x.correct === 'boolean' &&
    (x.given === null || isGiven(x.given)) &&
    isGiven(x.answer) &&
    isObject(x.evidence) &&
    isString(x.evidence.text)
  )
}

export function isAttemptResult(x: unknown): x is AttemptResult {
  return (
    isObject(x) &&
    isString(x.attemptId) &&
    isCount(x.score) &&
    isCount(x.total) &&
    isArrayOf(x.results, (r): r is unknown => isQuestionResult(r))
  )
}

export function isClassResults(x: unknown): x is ClassResults {
  return (
    isObject(x) &&
    (x.class === null || isString(x.class)) &&
    isCount(x.attempts) &&
    (x.meanScore === null || typeof x.meanScore === 'number') &&
    isArrayOf(
      x.questions,
      (q): q is unknown =>
        isObject(q) &&
        isString(q.question) &&
        isCount(q.answered) &&
        isCount(q.correct) &&
        isArrayOf(q.choices, isCount),
    ) &&
    isArrayOf(
      x.recent,
      (r): r is unknown =>
        isObject(r) &&
        (r.name === null || isString(r.name)) &&
        isString(r.class) &&
        isCount(r.score) &&
        isCount(r.total) &&
        isString(r.at),
    )
  )
}

/** The answer to a teacher who made a quiz: its id and the teacher token. */
export function isCreatedQuiz(x: unknown): x is { id: string; teacherToken: string } {
  return isObject(x) && isString(x.id) && x.id !== '' && isString(x.teacherToken) && x.teacherToken !== ''
}

/** Reads a JSON response and checks it; throws an Error with UNREADABLE_ANSWER_TEXT when it does not fit. */
export async function readChecked<T>(
  res: { json(): Promise<unknown> },
  guard: (x: unknown) => x is T,
): Promise<T> {
  const body = await res.json().catch(() => undefined)
  if (!guard(body)) throw new Error(UNREADABLE_ANSWER_TEXT)
  return body
}
