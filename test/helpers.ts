import { exports } from 'cloudflare:workers'
import { BANK } from '../questions/index'
import type { Quiz } from '../src/schema'
import { parseBank } from '../src/store/builtin'

export const ADMIN = 'test-admin-token'
export const BASE = 'https://quiz.test'

export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init))
}

export function postJson(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

export function asTeacher(path: string, token = ADMIN): Promise<Response> {
  return call(path, { headers: { authorization: `Bearer ${token}` } })
}

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

export async function expectProblem(
  res: Response,
  status: number,
): Promise<{
  type: string
  title: string
  status: number
  detail: string
  errors?: Array<{ path: Array<string | number>; pointer: string; detail: string }>
}> {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`)
  const type = res.headers.get('content-type') ?? ''
  if (!type.startsWith('application/problem+json')) throw new Error(`expected problem+json, got ${type}`)
  const body = (await res.json()) as { type: string; title: string; status: number; detail: string }
  if (body.status !== status || !body.title || !body.detail || !body.type)
    throw new Error(`incomplete problem: ${JSON.stringify(body)}`)
  return body
}

export { inOneLimiterMinute } from './support/limiter-minute'
