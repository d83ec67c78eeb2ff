import { afterEach, describe, expect, it, vi } from 'vitest'
import { backoffMs, newAttemptId, postWithRetry } from '../../src/widget/send'

const URL_ = 'https://quiz.test/api/quizzes/q/attempts'
const BODY = JSON.stringify({ attemptId: '0b7e2f0c-8f5e-4d3c-9a77-1c2d3e4f5a6b', answers: { q1: 1 } })

afterEach(() => {
  vi.restoreAllMocks()
})

function respond(...steps: Array<number | 'network'>) {
  const bodies: string[] = []
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_input, init) => {
    bodies.push(String(init?.body))
    const step = steps.shift() ?? 201
    if (step === 'network') throw new TypeError('Failed to fetch')
    return new Response('{}', { status: step, headers: step === 503 ? { 'retry-after': '2' } : {} })
  })
  return { spy, bodies }
}

describe('postWithRetry', () => {
  it('sends the same body again after network errors and 503s, waiting longer each time', async () => {
    const { bodies } = respond('network', 503, 'network', 201)
    const waits: number[] = []
    const retries: number[] = []
    const res = await postWithRetry(
      URL_,
      BODY,
      (n) => retries.push(n),
      6,
      async (ms) => {
        waits.push(ms)
      },
    )
    expect(res.status).toBe(201)
    expect(bodies).toEqual([BODY, BODY, BODY, BODY])
    expect(retries).toEqual([0, 1, 2])
    expect(waits[1]).toBeGreaterThanOrEqual(2000) // Retry-After: 2 is respected
    expect(waits[2]).toBeGreaterThanOrEqual(4000)
  })

  it('does not retry an answer that will not change (422)', async () => {
    const { spy } = respond(422)
    const res = await postWithRetry(
      URL_,
      BODY,
      () => {},
      6,
      async () => {},
    )
    expect(res.status).toBe(422)
    expect(spy).toHaveBeenCalledTimes(1)
  })

  it('gives up after the last try, with the last response or error', async () => {
    respond(503, 503, 503)
    expect(
      (
        await postWithRetry(
          URL_,
          BODY,
          () => {},
          3,
          async () => {},
        )
      ).status,
    ).toBe(503)
    respond('network', 'network')
    await expect(
      postWithRetry(
        URL_,
        BODY,
        () => {},
        2,
        async () => {},
      ),
    ).rejects.toThrow('Failed to fetch')
  })

  it('sends no cookies', async () => {
    const { spy } = respond(201)
    await postWithRetry(
      URL_,
      BODY,
      () => {},
      1,
      async () => {},
    )
    expect(spy.mock.calls[0]?.[1]).toMatchObject({ method: 'POST', credentials: 'omit' })
  })
})

describe('backoffMs and newAttemptId', () => {
  it('doubles from one second up to eight, plus under a quarter second of jitter', () => {
    for (const [retry, base] of [
      [0, 1000],
      [1, 2000],
      [2, 4000],
      [3, 8000],
      [7, 8000],
    ] as const) {
      const ms = backoffMs(retry)
      expect(ms).toBeGreaterThanOrEqual(base)
      expect(ms).toBeLessThan(base + 250)
    }
  })

  it('makes UUID v4 attempt ids, as the API expects', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newAttemptId()))
    expect(ids.size).toBe(50)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
