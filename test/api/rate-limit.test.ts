import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { networkOf } from '../../src/api/network'
import { ATTEMPT_LEASE, attemptLimitKeys } from '../../src/api/rate-limit'
import { expectProblem, inOneLimiterMinute, postJson, rightAnswers, sampleQuiz } from '../helpers'
import { spendLimit } from '../support/spend-limit'

const quiz = sampleQuiz()
const url = `/api/quizzes/${quiz.id}/attempts`

/** The class budget of wrangler.toml (ATTEMPT_LIMITER): 200 attempts a minute per network, quiz, class and page. */
const CLASS_LIMIT = 200

/**
 * Counts all of a class's budget but its last lease straight on the real ATTEMPT_LIMITER binding, under
 * the key the route uses (see test/api/limits.test.ts): the route's next lease is the last one.
 */
async function spendAllButOneLease(address: string, classCode: string): Promise<void> {
  const keys = attemptLimitKeys(networkOf(address), quiz.id, classCode, '-')
  await spendLimit(env.ATTEMPT_LIMITER, keys.class, CLASS_LIMIT - ATTEMPT_LEASE)
}

// Clients here come from 198.19.2.0/24, which no other test file uses (the workers project's files
// share their limiter counts: isolate: false).
describe('rate limits', () => {
  it('answers 429 with Retry-After once a network has sent 200 attempts a minute for one class, and stores nothing more', () =>
    inOneLimiterMinute(async (attempt) => {
      const address = `198.19.2.${7 + 60 * attempt}`
      const headers = { 'cf-connecting-ip': address }
      const limitedClass = `limited-${attempt}`
      await spendAllButOneLease(address, limitedClass)
      const statuses = await Promise.all(
        Array.from({ length: ATTEMPT_LEASE }, () =>
          postJson(url, { class: limitedClass, answers: rightAnswers(quiz) }, headers),
        ),
      )
      expect(statuses.map((r) => r.status)).toEqual(Array(ATTEMPT_LEASE).fill(201))
      const limited = await postJson(url, { class: limitedClass, answers: rightAnswers(quiz) }, headers)
      const problem = await expectProblem(limited, 429)
      expect(limited.headers.get('retry-after')).toBe('60')
      expect(problem.detail).toMatch(/minute/)
      const stored = await env.KV.list({ prefix: `v1:attempt:${quiz.id}:${limitedClass}:` })
      expect(stored.keys).toHaveLength(ATTEMPT_LEASE)
      // Another network, or another class, is not limited by it.
      const other = await postJson(
        url,
        { class: limitedClass, answers: {} },
        { 'cf-connecting-ip': `198.19.2.${1 + 60 * attempt}` },
      )
      expect(other.status).toBe(201)
      expect((await postJson(url, { class: `other-${attempt}`, answers: {} }, headers)).status).toBe(201)
    }))

  it('still answers a replay of a stored attempt while the network is limited', () =>
    inOneLimiterMinute(async (attempt) => {
      const address = `198.19.2.${8 + 60 * attempt}`
      const headers = { 'cf-connecting-ip': address }
      await spendAllButOneLease(address, 'replay-limited')
      const attemptId = crypto.randomUUID()
      expect((await postJson(url, { attemptId, class: 'replay-limited', answers: {} }, headers)).status).toBe(
        201,
      )
      const rest = await Promise.all(
        Array.from({ length: ATTEMPT_LEASE - 1 }, () =>
          postJson(url, { class: 'replay-limited', answers: {} }, headers),
        ),
      )
      expect(rest.map((r) => r.status)).toEqual(Array(ATTEMPT_LEASE - 1).fill(201))
      expect((await postJson(url, { class: 'replay-limited', answers: {} }, headers)).status).toBe(429)
      expect((await postJson(url, { attemptId, class: 'replay-limited', answers: {} }, headers)).status).toBe(
        200,
      )
    }))
})
