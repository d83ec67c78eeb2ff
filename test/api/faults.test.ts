import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import app from '../../src/index'
import { attemptResultSchema, classResultsSchema } from '../../src/schema'
import { ADMIN, BASE, rightAnswers, sampleQuiz, wrongAnswers } from '../helpers'
import { type FaultOptions, faultyKv } from '../support/faulty-kv'

const quiz = sampleQuiz()

/** Calls the worker with its KV binding wrapped so that some calls fail or stall. */
function withFaults(options: FaultOptions) {
  const faulty = faultyKv(env.KV, options)
  const fetchWith = (path: string, init?: RequestInit) =>
    app.fetch(new Request(`${BASE}${path}`, init), { ...env, KV: faulty.kv })
  return { ...faulty, fetch: fetchWith }
}

/** A POST of an attempt from one student's device (`device` picks its address). */
function attemptInit(body: unknown, device = 0): RequestInit {
  const ip = `198.51.${100 + Math.floor(device / 250)}.${device % 250}`
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
    body: JSON.stringify(body),
  }
}

describe('KV faults', () => {
  it('answers 503 problem+json with Retry-After when a write fails, and stores nothing', async () => {
    const faults = withFaults({ rate: 1, mode: 'fail', operations: ['put'] })
    const attemptId = crypto.randomUUID()
    const res = await faults.fetch(
      `/api/quizzes/${quiz.id}/attempts`,
      attemptInit({ attemptId, class: 'f1', answers: {} }),
    )
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(res.headers.get('retry-after')).toBe('2')
    const problem = (await res.json()) as { detail: string }
    expect(problem.detail).toMatch(/same request again/)
    expect(await env.KV.get(`v1:attempt:${quiz.id}:f1:${attemptId}`)).toBeNull()
  })

  it('lets a widget on another site read the 503 and its Retry-After (CORS exposes it)', async () => {
    const faults = withFaults({ rate: 1, mode: 'fail', operations: ['put'] })
    const init = attemptInit({ class: 'f1-cors', answers: {} })
    const res = await faults.fetch(`/api/quizzes/${quiz.id}/attempts`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin: 'https://school.example' },
    })
    expect(res.status).toBe(503)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    // Retry-After is not a CORS-safelisted header: without this, fetch() in the widget reads null.
    expect(
      res.headers
        .get('access-control-expose-headers')
        ?.toLowerCase()
        .split(/\s*,\s*/),
    ).toContain('retry-after')
    expect(res.headers.get('retry-after')).toBe('2')
  })

  it('answers 503 when listing fails, never an empty result', async () => {
    const faults = withFaults({ rate: 1, mode: 'fail', operations: ['list'] })
    const res = await faults.fetch(`/api/quizzes/${quiz.id}/results?class=f2`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('2')
  })

  it('stores each of 200 attempts exactly once when 30% of writes fail and clients retry with the same attemptId', async () => {
    const faults = withFaults({ rate: 0.3, mode: 'fail', operations: ['put'], seed: 42 })
    const lostAck = withFaults({ rate: 0.3, mode: 'fail-after', operations: ['put'], seed: 7 })
    const sent = Array.from({ length: 200 }, (_, i) => ({
      attemptId: crypto.randomUUID(),
      class: 'flaky',
      answers: i % 2 === 0 ? rightAnswers(quiz) : wrongAnswers(quiz),
    }))
    let falseSuccesses = 0
    let retries = 0
    const submit = async (body: (typeof sent)[number], i: number) => {
      const target = i % 2 === 0 ? faults : lostAck
      for (let tries = 0; tries < 50; tries++) {
        const res = await target.fetch(`/api/quizzes/${quiz.id}/attempts`, attemptInit(body, i))
        if (res.status === 201 || res.status === 200) {
          const result = attemptResultSchema.parse(await res.json())
          const stored = await env.KV.get(`v1:attempt:${quiz.id}:flaky:${body.attemptId}`, 'json')
          if (stored === null) falseSuccesses++
          return result
        }
        expect(res.status).toBe(503)
        expect(res.headers.get('retry-after')).not.toBeNull()
        retries++
      }
      throw new Error('gave up')
    }
    const results = await Promise.all(sent.map(submit))
    expect(falseSuccesses).toBe(0)
    expect(retries).toBeGreaterThan(30)
    expect((faults.injected.put ?? 0) + (lostAck.injected.put ?? 0)).toBeGreaterThan(30)
    const keys = await env.KV.list({ prefix: `v1:attempt:${quiz.id}:flaky:` })
    expect(keys.keys.map((k) => k.name).sort()).toEqual(
      sent.map((s) => `v1:attempt:${quiz.id}:flaky:${s.attemptId}`).sort(),
    )
    const summary = classResultsSchema.parse(
      await (
        await app.fetch(
          new Request(`${BASE}/api/quizzes/${quiz.id}/results?class=flaky`, {
            headers: { authorization: `Bearer ${ADMIN}` },
          }),
          env,
        )
      ).json(),
    )
    expect(summary.attempts).toBe(200)
    expect(summary.meanScore).toBe(results.reduce((s, r) => s + r.score, 0) / 200)
  })

  it('answers after a stalled write, and the result is stored', async () => {
    const faults = withFaults({ rate: 1, mode: 'stall', stallMs: 200, operations: ['put'] })
    const attemptId = crypto.randomUUID()
    const res = await faults.fetch(
      `/api/quizzes/${quiz.id}/attempts`,
      attemptInit({ attemptId, class: 'stall', answers: {} }),
    )
    expect(res.status).toBe(201)
    expect(await env.KV.get(`v1:attempt:${quiz.id}:stall:${attemptId}`)).not.toBeNull()
  })
})
