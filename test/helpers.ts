import { exports } from 'cloudflare:workers'
import { ADMIN, BASE } from './support/bank'

export { ADMIN, BASE, bankQuizzes, rightAnswers, sampleQuiz, wrongAnswers } from './support/bank'

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
