import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  backoffMs,
  DEFAULT_TRIES,
  GAVE_UP_TEXT,
  newAttemptId,
  postJsonWithRetry,
  progressText,
  type RetryOptions,
  retryAfterMs,
  type SendProgress,
  sendWithRetry,
} from '../../src/shared/retry'

const BODY = JSON.stringify({ attemptId: '0b7e2f0c-8f5e-4d3c-9a77-1c2d3e4f5a6b', answers: { q1: 1 } })
const NOW = Date.parse('2026-11-26T09:00:00Z')

type Step = number | 'network' | { status: number; retryAfter: string }

/**
 * A school network and a browser, faked: each try takes the next step. `offlineBefore` lists the
 * tries (0-based) before which the browser is offline, until the code waits for the 'online' event.
 */
function harness(steps: Step[], options: { offlineBefore?: number[]; tries?: number } = {}) {
  const sent: string[] = []
  const sleeps: number[] = []
  const told: SendProgress[] = []
  const backOnline = new Set<number>()
  const opts: RetryOptions = {
    send: async () => {
      sent.push(BODY)
      const step = steps.shift() ?? 201
      if (step === 'network') throw new TypeError('Failed to fetch')
      if (typeof step === 'number') return new Response('{}', { status: step })
      return new Response('{}', { status: step.status, headers: { 'retry-after': step.retryAfter } })
    },
    report: (p) => {
      told.push(p)
    },
    online: () => !(options.offlineBefore?.includes(sent.length) && !backOnline.has(sent.length)),
    whenOnline: async () => {
      backOnline.add(sent.length)
    },
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    now: () => NOW,
    random: () => 0,
    ...(options.tries === undefined ? {} : { tries: options.tries }),
  }
  return { opts, sent, sleeps, told }
}

const total = (ms: number[]) => ms.reduce((a, b) => a + b, 0)

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('1', NOW)).toBe(1000)
    expect(retryAfterMs(' 60 ', NOW)).toBe(60_000)
    expect(retryAfterMs('Thu, 26 Nov 2026 09:00:30 GMT', NOW)).toBe(30_000)
    expect(retryAfterMs('Thu, 26 Nov 2026 08:00:00 GMT', NOW)).toBe(0) // a date in the past: now
    for (const bad of [null, '', '-5', '1.5', 'soon', '99999999999'])
      expect(retryAfterMs(bad, NOW)).toBeNull()
  })
})

describe('backoffMs', () => {
  it('doubles from one second up to sixteen, plus up to a quarter more at random', () => {
    for (const [retry, base] of [
      [0, 1000],
      [1, 2000],
      [2, 4000],
      [3, 8000],
      [4, 16_000],
      [9, 16_000],
    ] as const) {
      expect(backoffMs(retry, null, () => 0)).toBe(base)
      expect(backoffMs(retry, null, () => 1)).toBe(base * 1.25)
      const ms = backoffMs(retry)
      expect(ms).toBeGreaterThanOrEqual(base)
      expect(ms).toBeLessThanOrEqual(base * 1.25)
    }
  })

  it('never retries sooner than Retry-After, and waits at most two minutes (plus jitter) for it', () => {
    expect(backoffMs(0, 60_000, () => 0)).toBe(60_000)
    expect(backoffMs(0, 60_000, () => 0.5)).toBe(67_500) // jitter spreads a class that was limited together
    expect(backoffMs(3, 1000, () => 0)).toBe(8000) // a short Retry-After does not shorten the backoff
    expect(backoffMs(0, 3_600_000, () => 0)).toBe(120_000)
  })

  it('spreads thirty students who failed together over a quarter of the wait', () => {
    const waits = Array.from({ length: 30 }, () => backoffMs(0, 1000))
    expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(50)
  })
})

describe('sendWithRetry', () => {
  it('sends the same body again after network errors, 503s and 429s, counting down each wait', async () => {
    const { opts, sent, sleeps, told } = harness([
      'network',
      { status: 503, retryAfter: '3' },
      502,
      { status: 429, retryAfter: '1' },
      504,
      201,
    ])
    const res = await sendWithRetry(opts)
    expect(res.status).toBe(201)
    expect(sent).toEqual(Array(6).fill(BODY))
    // waits of 1 s, 3 s (Retry-After), 4 s, 8 s, 16 s, told second by second
    expect(total(sleeps)).toBe(1000 + 3000 + 4000 + 8000 + 16_000)
    expect(sleeps.every((ms) => ms > 0 && ms <= 1000)).toBe(true)
    const countdown = told.filter((p) => p.state === 'waiting').map((p) => p.seconds)
    expect(countdown.slice(0, 5)).toEqual([1, 3, 2, 1, 4])
    expect(told.every((p) => p.state === 'waiting')).toBe(true)
  })

  it('tells whole seconds, rounded up, when the wait is not a whole number of seconds', async () => {
    const { opts, sleeps, told } = harness([503, 201])
    await sendWithRetry({ ...opts, random: () => 0.5 }) // 1000 + 125 ms
    expect(sleeps).toEqual([125, 1000])
    expect(told).toEqual([
      { state: 'waiting', seconds: 2 },
      { state: 'waiting', seconds: 1 },
    ])
  })

  it('returns at once what is not worth retrying: success, a stored replay, or a 4xx to fix', async () => {
    for (const status of [201, 200, 400, 404, 409, 413, 415, 422, 500]) {
      const { opts, sent, told } = harness([status])
      expect((await sendWithRetry(opts)).status).toBe(status)
      expect(sent).toHaveLength(1)
      expect(told).toEqual([])
    }
  })

  it('gives up after the last try, with the last response or error', async () => {
    const five03 = harness([503, 503, 503], { tries: 3 })
    expect((await sendWithRetry(five03.opts)).status).toBe(503)
    expect(five03.sent).toHaveLength(3)
    const network = harness(['network', 'network'], { tries: 2 })
    await expect(sendWithRetry(network.opts)).rejects.toThrow('Failed to fetch')
    expect(network.sent).toHaveLength(2)
    expect(harness([]).opts.tries ?? DEFAULT_TRIES).toBe(6)
  })

  it('waits for the network when the browser is offline, says so, and sends when it is back', async () => {
    const { opts, sent, sleeps, told } = harness([201], { offlineBefore: [0] })
    expect((await sendWithRetry(opts)).status).toBe(201)
    expect(sent).toHaveLength(1)
    expect(sleeps).toEqual([]) // no backoff: the 'online' event is the signal
    expect(told).toEqual([{ state: 'offline' }, { state: 'online' }])
  })

  it('does not use up tries while offline: a request lost to the network going away is sent when it is back', async () => {
    // the first try fails because the network went away; back online, the second succeeds
    const { opts, sent, sleeps, told } = harness(['network', 201], { offlineBefore: [1], tries: 1 })
    expect((await sendWithRetry(opts)).status).toBe(201)
    expect(sent).toEqual([BODY, BODY])
    expect(sleeps).toEqual([])
    expect(told).toEqual([{ state: 'offline' }, { state: 'online' }])
  })
})

describe('sendWithRetry when navigator.onLine is wrong', () => {
  it('still tries after each wait for the network, and takes the answer when it comes', async () => {
    const { opts, sent, told } = harness(['network', 'network', 201])
    const res = await sendWithRetry({ ...opts, online: () => false, tries: 1 })
    expect(res.status).toBe(201)
    expect(sent).toHaveLength(3) // no try used up: the browser says it is offline
    expect(told).toEqual([{ state: 'offline' }, { state: 'offline' }, { state: 'offline' }])
  })
})

describe('progressText', () => {
  it('tells the student their answers are safe, and what happens next', () => {
    expect(progressText({ state: 'waiting', seconds: 4 })).toBe(
      'Your answers are safe — sending them again in 4 s…',
    )
    expect(progressText({ state: 'offline' })).toMatch(/offline.*safe.*back online/)
    expect(progressText({ state: 'online' })).toMatch(/back online.*Sending/)
    expect(GAVE_UP_TEXT).toMatch(/still here.*Check answers/)
  })
})

describe('postJsonWithRetry', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('POSTs the JSON body without cookies, and the same body again after a failure', async () => {
    const bodies: string[] = []
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_input, init) => {
      bodies.push(String(init?.body))
      return new Response('{}', { status: bodies.length === 1 ? 503 : 201, headers: { 'retry-after': '0' } })
    })
    const told: SendProgress[] = []
    const res = await postJsonWithRetry('https://quiz.test/api/quizzes/q/attempts', BODY, (p) => told.push(p))
    expect(res.status).toBe(201)
    expect(bodies).toEqual([BODY, BODY])
    expect(spy.mock.calls[0]?.[1]).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
    })
    expect(told[0]).toEqual({ state: 'waiting', seconds: expect.any(Number) })
  })
})

describe('newAttemptId', () => {
  it('makes UUID v4 attempt ids, as the API expects', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newAttemptId()))
    expect(ids.size).toBe(50)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
