import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { networkOf, originBucket } from '../../src/api/network'
import { ATTEMPT_LEASE, attemptLimitKeys } from '../../src/api/rate-limit'
import app from '../../src/index'
import { createQuizResponseSchema } from '../../src/schema'
import { COUNCIL_ARTICLE } from '../fixtures/passages'
import { BASE, expectProblem, inOneLimiterMinute, postJson, rightAnswers, sampleQuiz } from '../helpers'
import { countingKv } from '../support/counting-kv'
import { spendLimit } from '../support/spend-limit'

const quiz = sampleQuiz()
const url = `/api/quizzes/${quiz.id}/attempts`

/** Sends `n` attempts, `batch` at a time, each made by `body(i)` with headers `headers(i)`; the statuses. */
async function flood(
  n: number,
  body: (i: number) => unknown,
  headers: (i: number) => Record<string, string>,
  path = url,
  batch = 100,
): Promise<number[]> {
  const statuses: number[] = []
  for (let start = 0; start < n; start += batch) {
    const sent = await Promise.all(
      Array.from({ length: Math.min(batch, n - start) }, (_, k) =>
        postJson(path, body(start + k), headers(start + k)),
      ),
    )
    statuses.push(...sent.map((r) => r.status))
  }
  return statuses
}

describe('networkOf', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    [' 203.0.113.9 ', '203.0.113.9'],
    ['::ffff:198.51.100.4', '198.51.100.4'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['', 'unknown'],
    ['not an address', 'unknown'],
    ['1:2:3:4:5:6:7:8:9', 'unknown'],
  ])('counts %j as %j', (address, network) => {
    expect(networkOf(address)).toBe(network)
  })

  it('puts every address of one IPv6 /64 in one network, and another /64 in another', () => {
    expect(networkOf('2001:db8:5:6::1')).toBe(networkOf('2001:db8:5:6:ffff:ffff:ffff:fffe'))
    expect(networkOf('2001:db8:5:7::1')).not.toBe(networkOf('2001:db8:5:6::1'))
  })

  it('keys pages by their Origin, and requests without one together', () => {
    expect(originBucket('https://School.example')).toBe('https://school.example')
    expect(originBucket(undefined)).toBe('-')
    expect(originBucket('')).toBe('-')
  })
})

/** Attempts stored for the sample quiz under class codes starting with `prefix`. */
async function storedUnder(prefix: string): Promise<number> {
  let stored = 0
  let cursor: string | undefined
  do {
    const page = await env.KV.list({
      prefix: `v1:attempt:${quiz.id}:${prefix}`,
      ...(cursor ? { cursor } : {}),
    })
    stored += page.keys.length
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor !== undefined)
  return stored
}

// The per-minute limits of wrangler.toml that these tests hold the route to.
const NETWORK_LIMIT = 1500
const CLASS_LIMIT = 200

/*
 * Most tests below do not flood the route with a whole limit: they count all but the last lease
 * (ATTEMPT_LEASE, 10) straight on the real limiter binding, under the key the route uses
 * (attemptLimitKeys), then send the last requests through the route. The lease that the route then
 * asks for is the limiter's last one: its ten requests are admitted and the next one is refused, which
 * pins the limit, the key (which requests share a count) and the route's counting (one a request), as a
 * flood of the whole limit did.
 */
// Clients here come from 198.19.1.0/24, which no other test file uses: the workers project shares one
// module graph and one set of limiter counts between its files (isolate: false).
describe('attempt limits', () => {
  it('refuse a flood from one address across class codes and any Origin after the per-network limit (1,500 a minute)', () =>
    inOneLimiterMinute(async (attempt) => {
      const address = `198.19.1.${50 + 60 * attempt}`
      const ip = { 'cf-connecting-ip': address }
      const keys = attemptLimitKeys(networkOf(address), quiz.id, 'any', 'any')
      await spendLimit(env.NETWORK_LIMITER, keys.network, NETWORK_LIMIT - ATTEMPT_LEASE)
      // a client that invents class codes and Origin headers to dodge the narrower limits
      const statuses = await flood(
        ATTEMPT_LEASE,
        (i) => ({ class: `c${attempt}-${i}`, answers: {} }),
        (i) => ({ ...ip, origin: `https://o${i % 4}.example` }),
      )
      expect(statuses).toEqual(Array(ATTEMPT_LEASE).fill(201))
      const refused = await postJson(
        url,
        { class: 'brand-new', answers: {} },
        { ...ip, origin: 'https://new.example' },
      )
      const problem = await expectProblem(refused, 429)
      expect(problem.detail).toMatch(/network/)
      expect(refused.headers.get('retry-after')).toBe('60')
      // stored: exactly the admitted ones
      expect(await storedUnder(`c${attempt}-`)).toBe(ATTEMPT_LEASE)
      expect(await storedUnder('brand-new:')).toBe(0)
    }))

  it(
    'admit at least 600 attempts a minute for one quiz from one school address on one page',
    () =>
      inOneLimiterMinute(async (attempt) => {
        const headers = { 'cf-connecting-ip': `198.19.1.${60 + 60 * attempt}`, origin: BASE }
        const statuses = await flood(
          600,
          (i) => ({ class: `period-${i % 20}`, answers: {} }),
          () => headers,
        )
        expect(statuses.filter((s) => s !== 201)).toEqual([])
      }),
    150_000,
  )

  it('count every address of an IPv6 /64 as one network', () =>
    inOneLimiterMinute(async (attempt) => {
      const address = (i: number) => `2001:db8:77:${1 + 10 * attempt}::${(i + 1).toString(16)}`
      const keys = attemptLimitKeys(networkOf(address(0)), quiz.id, 'v6', '-')
      await spendLimit(env.ATTEMPT_LIMITER, keys.class, CLASS_LIMIT - ATTEMPT_LEASE)
      const statuses = await flood(
        ATTEMPT_LEASE + 1,
        () => ({ class: 'v6', answers: {} }),
        (i) => ({ 'cf-connecting-ip': address(i) }),
      )
      // sent at once: which of them meets the spent budget is up to the order they arrive in
      expect([...statuses].sort((a, b) => a - b)).toEqual([...Array(ATTEMPT_LEASE).fill(201), 429])
      // the next /64 is another network
      expect(
        (
          await postJson(
            url,
            { class: 'v6', answers: {} },
            { 'cf-connecting-ip': `2001:db8:77:${2 + 10 * attempt}::1` },
          )
        ).status,
      ).toBe(201)
    }))

  it('are checked before any KV read or scoring: a refused attempt on a stored quiz reads nothing', () =>
    inOneLimiterMinute(async (attempt) => {
      const made = await postJson(
        '/api/quizzes',
        { article: COUNCIL_ARTICLE },
        { 'cf-connecting-ip': `198.19.1.${77 + 60 * attempt}` },
      )
      const created = createQuizResponseSchema.parse(await made.json())
      const path = `/api/quizzes/${created.id}/attempts`
      const address = `198.19.1.${80 + 60 * attempt}`
      const ip = { 'cf-connecting-ip': address }
      const keys = attemptLimitKeys(networkOf(address), created.id, 'kv', '-')
      await spendLimit(env.ATTEMPT_LIMITER, keys.class, CLASS_LIMIT - ATTEMPT_LEASE)
      const statuses = await flood(
        ATTEMPT_LEASE,
        () => ({ class: 'kv', answers: {} }),
        () => ip,
        path,
      )
      expect(statuses).toEqual(Array(ATTEMPT_LEASE).fill(201))
      const calls: Record<string, number> = {}
      const send = async (body: unknown) => {
        const ctx = createExecutionContext()
        const res = await app.fetch(
          new Request(`${BASE}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...ip },
            body: JSON.stringify(body),
          }),
          { ...env, KV: countingKv(env.KV, calls).kv },
          ctx,
        )
        await waitOnExecutionContext(ctx)
        return res
      }
      // answers that do not even fit the quiz: refused by the limit before they are looked at
      expect((await send({ class: 'kv', answers: { 'q-nope': 7 } })).status).toBe(429)
      expect(calls).toEqual({})
    }))

  it('answer a replay from its own limit while new attempts are refused', () =>
    inOneLimiterMinute(async (attempt) => {
      const address = `198.19.1.${90 + 60 * attempt}`
      const ip = { 'cf-connecting-ip': address }
      const keys = attemptLimitKeys(networkOf(address), quiz.id, 'r', '-')
      await spendLimit(env.ATTEMPT_LIMITER, keys.class, CLASS_LIMIT - ATTEMPT_LEASE)
      const attemptId = crypto.randomUUID()
      expect((await postJson(url, { attemptId, class: 'r', answers: rightAnswers(quiz) }, ip)).status).toBe(
        201,
      )
      const statuses = await flood(
        ATTEMPT_LEASE - 1,
        () => ({ class: 'r', answers: {} }),
        () => ip,
      )
      expect(statuses).toEqual(Array(ATTEMPT_LEASE - 1).fill(201))
      expect((await postJson(url, { class: 'r', answers: {} }, ip)).status).toBe(429)
      expect((await postJson(url, { attemptId, class: 'r', answers: rightAnswers(quiz) }, ip)).status).toBe(
        200,
      )
    }))
})
