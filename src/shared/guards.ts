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
const isFilled = (x: unknown): boolean => isString(x) && x !== ''
const isGiven = (x: unknown): x is number | string => isCount(x) || isString(x)

type Check = (value: unknown) => boolean

/**
 * Whether `x` is an object whose named fields each pass their check (other fields are not looked at):
 * the one shape every guard here has. Guards call it in their bodies (no check is built at module
 * level), so a page's bundle keeps only the guards it uses.
 */
function has(x: unknown, checks: Record<string, Check>): x is Json {
  return isObject(x) && Object.entries(checks).every(([key, check]) => check(x[key]))
}

const listOf =
  (item: Check): Check =>
  (x) =>
    Array.isArray(x) && x.every(item)
const optional =
  (check: Check): Check =>
  (x) =>
    x === undefined || check(x)
const nullOr =
  (check: Check): Check =>
  (x) =>
    x === null || check(x)
const hasText: Check = (x) => has(x, { text: isString })

const isPublicQuestion: Check = (x) =>
  has(x, { id: isString, prompt: isString, options: optional(listOf(isString)) })

export function isPublicQuiz(x: unknown): x is PublicQuiz {
  return has(x, {
    id: isString,
    title: isString,
    source: (s) => has(s, { title: isString, date: isString }),
    questions: listOf(isPublicQuestion),
  })
}

/** A question as a teacher gets it: explanation, evidence, and key (an option's index, or accepted texts). */
const isKeyedQuestion: Check = (q) =>
  has(q, { explanation: isString, evidence: hasText }) &&
  (q.options === undefined ? listOf(isString)(q.accept) : isCount(q.answer))

/** The full quiz a teacher gets (answers, explanations and evidence included). */
export function isQuiz(x: unknown): x is Quiz {
  return isPublicQuiz(x) && listOf(isKeyedQuestion)(x.questions)
}

const isQuestionResult: Check = (x) =>
  has(x, {
    question: isString,
    correct: (c) => typeof c === 'boolean',
    given: nullOr(isGiven),
    answer: isGiven,
    evidence: hasText,
  })

export function isAttemptResult(x: unknown): x is AttemptResult {
  return has(x, { attemptId: isString, score: isCount, total: isCount, results: listOf(isQuestionResult) })
}

export function isClassResults(x: unknown): x is ClassResults {
  return has(x, {
    class: nullOr(isString),
    attempts: isCount,
    meanScore: nullOr((m) => typeof m === 'number'),
    questions: listOf((q) =>
      has(q, { question: isString, answered: isCount, correct: isCount, choices: listOf(isCount) }),
    ),
    recent: listOf((r) =>
      has(r, { name: nullOr(isString), class: isString, score: isCount, total: isCount, at: isString }),
    ),
  })
}

/** The answer to a teacher who made a quiz: its id and the teacher token. */
export function isCreatedQuiz(x: unknown): x is { id: string; teacherToken: string } {
  return has(x, { id: isFilled, teacherToken: isFilled })
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
