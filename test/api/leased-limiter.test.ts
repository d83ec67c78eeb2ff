import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { LeasedLimiter } from '../../src/api/leased-limiter'
import { inOneLimiterMinute } from '../helpers'

/** The real ATTEMPT_LIMITER binding (200 a minute), with its calls recorded. */
function recorded(): { limiter: RateLimit; deltas: number[] } {
  const deltas: number[] = []
  return {
    deltas,
    limiter: {
      limit(options: RateLimitOptions) {
        deltas.push(options.delta ?? 1)
        return env.ATTEMPT_LIMITER.limit(options)
      },
    },
  }
}

/** The lease's injected clock, standing at the moment the run starts: its period never turns mid-test. */
function stillClock(): () => number {
  const now = Date.now()
  return () => now
}

describe('LeasedLimiter over the real rate-limiting binding', () => {
  it('admits exactly the limit one by one, asking the binding once per lease of four', () =>
    inOneLimiterMinute(async () => {
      const { limiter, deltas } = recorded()
      const leases = new LeasedLimiter(4, 60, stillClock())
      const key = `one-by-one-${crypto.randomUUID()}`
      const answers: boolean[] = []
      for (let i = 0; i < 205; i++) answers.push(await leases.allow(limiter, key))
      expect(answers.filter(Boolean)).toHaveLength(200)
      expect(answers.slice(0, 200).every(Boolean)).toBe(true)
      // 50 leases of 4, then one refusal, which is remembered for the rest of the minute
      expect(deltas).toHaveLength(51)
      expect(deltas.every((d) => d === 4)).toBe(true)
    }))

  it('lets a burst of concurrent requests lease at most one each, and what they leave serves those after', () =>
    inOneLimiterMinute(async () => {
      const { limiter, deltas } = recorded()
      const leases = new LeasedLimiter(4, 60, stillClock())
      const key = `burst-${crypto.randomUUID()}`
      const burst = await Promise.all(Array.from({ length: 30 }, () => leases.allow(limiter, key)))
      expect(burst.every(Boolean)).toBe(true)
      const afterBurst = deltas.length
      expect(afterBurst).toBeLessThanOrEqual(30)
      // the burst's leftovers serve the next requests without asking the binding
      const leftover = afterBurst * 4 - 30
      for (let i = 0; i < leftover; i++) expect(await leases.allow(limiter, key)).toBe(true)
      expect(deltas).toHaveLength(afterBurst)
      // and never more than the limit in all
      const rest = await Promise.all(Array.from({ length: 250 }, () => leases.allow(limiter, key)))
      expect(30 + leftover + rest.filter(Boolean).length).toBe(200)
    }))

  it('drops what is left of a lease when the period turns, and keys never share a lease', () =>
    inOneLimiterMinute(async () => {
      const { limiter, deltas } = recorded()
      let now = Date.now()
      const leases = new LeasedLimiter(4, 60, () => now)
      const key = `turn-${crypto.randomUUID()}`
      expect(await leases.allow(limiter, key)).toBe(true)
      expect(await leases.allow(limiter, key)).toBe(true)
      expect(deltas).toHaveLength(1)
      expect(await leases.allow(limiter, `${key}-other`)).toBe(true)
      expect(deltas).toHaveLength(2)
      now += 60_000
      expect(await leases.allow(limiter, key)).toBe(true)
      expect(deltas).toHaveLength(3)
    }))

  it('with leases of one, asks the binding on every request', () =>
    inOneLimiterMinute(async () => {
      const { limiter, deltas } = recorded()
      const leases = new LeasedLimiter(1, 60, stillClock())
      const key = `single-${crypto.randomUUID()}`
      for (let i = 0; i < 5; i++) expect(await leases.allow(limiter, key)).toBe(true)
      expect(deltas).toEqual([1, 1, 1, 1, 1])
    }))

  it('refuses a lease size that is not a whole number of requests', () => {
    expect(() => new LeasedLimiter(0, 60)).toThrow(RangeError)
    expect(() => new LeasedLimiter(2.5, 60)).toThrow(RangeError)
  })
})
