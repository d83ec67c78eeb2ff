import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { expectProblem, inOneLimiterMinute, postJson, rightAnswers, sampleQuiz } from '../helpers'

const quiz = sampleQuiz()

describe('rate limits', () => {
  it('answers 429 with Retry-After once a network has sent 200 attempts a minute for one class, and stores nothing more', () =>
    inOneLimiterMinute(async (attempt) => {
      const headers = { 'cf-connecting-ip': `203.0.113.${7 + 60 * attempt}` }
      const limitedClass = `limited-${attempt}`
      const url = `/api/quizzes/${quiz.id}/attempts`
      const statuses: number[] = []
      for (let i = 0; i < 200; i += 50) {
        const batch = await Promise.all(
          Array.from({ length: 50 }, () =>
            postJson(url, { class: limitedClass, answers: rightAnswers(quiz) }, headers),
          ),
        )
        statuses.push(...batch.map((r) => r.status))
      }
      expect(statuses.every((s) => s === 201)).toBe(true)
      const limited = await postJson(url, { class: limitedClass, answers: rightAnswers(quiz) }, headers)
      const problem = await expectProblem(limited, 429)
      expect(limited.headers.get('retry-after')).toBe('60')
      expect(problem.detail).toMatch(/minute/)
      const stored = await env.KV.list({ prefix: `v1:attempt:${quiz.id}:${limitedClass}:` })
      expect(stored.keys).toHaveLength(200)
      // Another network, or another class, is not limited by it.
      const other = await postJson(
        url,
        { class: limitedClass, answers: {} },
        { 'cf-connecting-ip': `198.51.100.${1 + 60 * attempt}` },
      )
      expect(other.status).toBe(201)
    }))

  it('still answers a replay of a stored attempt while the network is limited', () =>
    inOneLimiterMinute(async (attempt) => {
      const headers = { 'cf-connecting-ip': `203.0.113.${8 + 60 * attempt}` }
      const url = `/api/quizzes/${quiz.id}/attempts`
      const attemptId = crypto.randomUUID()
      expect((await postJson(url, { attemptId, class: 'replay-limited', answers: {} }, headers)).status).toBe(
        201,
      )
      for (let i = 0; i < 200; i += 50)
        await Promise.all(
          Array.from({ length: 50 }, () => postJson(url, { class: 'replay-limited', answers: {} }, headers)),
        )
      expect((await postJson(url, { class: 'replay-limited', answers: {} }, headers)).status).toBe(429)
      expect((await postJson(url, { attemptId, class: 'replay-limited', answers: {} }, headers)).status).toBe(
        200,
      )
    }))
})
