/**
 * Load, replay and restart against the real bundled worker (Miniflare's API, KV on disk):
 * 1,000 attempts at 50 concurrent, each sent twice at once, then a restart before reading.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleWorker, startMiniflare } from '../../src/cli/miniflare'
import { seededRandom } from '../../src/quiz/random'
import {
  attemptResultSchema,
  classResultsSchema,
  type Quiz,
  quizListSchema,
  quizSchema,
} from '../../src/schema'

const ADMIN = 'load-admin-token'
const ATTEMPTS = 1000
const CONCURRENCY = 50
const CLASS = 'load-test'

let script: string
let persistDir: string
let running: { mf: Miniflare; url: URL } | undefined

async function start(): Promise<{ mf: Miniflare; url: URL }> {
  running = await startMiniflare({ scriptPath: script, persistDir, adminToken: ADMIN, attemptLimit: 100_000 })
  return running
}

beforeAll(async () => {
  script = bundleWorker().script
  persistDir = mkdtempSync(join(tmpdir(), 'civic-quiz-load-'))
}, 120_000)

afterAll(async () => {
  await running?.mf.dispose()
})

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await task(items[i] as T)
      }
    }),
  )
  return out
}

describe('1,000 attempts at 50 concurrent, replayed, across a restart', () => {
  it('keeps every attempt exactly once and the results equal what was sent', async () => {
    let { mf, url } = await start()
    const list = quizListSchema.parse(await (await fetch(new URL('/api/quizzes', url))).json())
    const id = list.quizzes[0]?.id ?? ''
    const quiz: Quiz = quizSchema.parse(
      await (
        await fetch(new URL(`/api/quizzes/${id}/answers`, url), {
          headers: { authorization: `Bearer ${ADMIN}` },
        })
      ).json(),
    )

    // What is sent, and what the results must add up to, computed here from the answer key.
    const random = seededRandom('load-2026') // the same load every run
    const expectedChoices = quiz.questions.map((q) => new Array<number>(q.options?.length ?? 0).fill(0))
    let expectedScoreSum = 0
    const bodies = Array.from({ length: ATTEMPTS }, (_, i) => {
      const answers: Record<string, number | string> = {}
      quiz.questions.forEach((q, qi) => {
        if (random() < 0.1) return // unanswered
        if (q.options !== undefined) {
          const pick = Math.floor(random() * q.options.length)
          answers[q.id] = pick
          const counts = expectedChoices[qi]
          if (counts !== undefined) counts[pick] = (counts[pick] ?? 0) + 1
          if (pick === q.answer) expectedScoreSum++
        } else if (random() < 0.5) {
          answers[q.id] = (q.accept?.[0] ?? '').toUpperCase()
          expectedScoreSum++
        } else answers[q.id] = 'wrong guess'
      })
      return { attemptId: crypto.randomUUID(), class: CLASS, name: `Student ${i}`, answers }
    })

    const post = (body: unknown) =>
      fetch(new URL(`/api/quizzes/${id}/attempts`, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const started = performance.now()
    const pairs = await pool(bodies, CONCURRENCY, async (body) => {
      const [a, b] = await Promise.all([post(body), post(body)])
      return { statuses: [a.status, b.status], texts: [await a.text(), await b.text()] }
    })
    const seconds = (performance.now() - started) / 1000
    console.log(
      `${ATTEMPTS * 2} requests in ${seconds.toFixed(1)} s (${Math.round((ATTEMPTS * 2) / seconds)} req/s)`,
    )

    for (const pair of pairs) {
      expect(pair.statuses.every((s) => s === 201 || s === 200)).toBe(true)
      expect(pair.statuses).toContain(201)
      expect(pair.texts[0]).toBe(pair.texts[1])
    }

    // Restart the server on the same disk before reading anything back.
    await mf.dispose()
    running = undefined
    ;({ mf, url } = await start())

    const kv = await mf.getKVNamespace('KV')
    const stored = await pool(bodies, CONCURRENCY, (b) =>
      kv.get(`v1:attempt:${id}:${CLASS}:${b.attemptId}`, 'text'),
    )
    stored.forEach((value, i) => {
      const kept = attemptResultSchema.parse(JSON.parse(value ?? 'null'))
      expect(kept.attemptId).toBe(bodies[i]?.attemptId)
      // a complete attempt is answered with the stored bytes; a partial one keeps every question's result
      // but is answered with its score alone (immediate feedback holds its key back)
      const sent = pairs[i]?.texts[0] ?? ''
      if (kept.complete === false) expect(JSON.parse(sent)).toEqual({ ...kept, results: [] })
      else expect(value).toBe(sent)
    })

    const res = await fetch(new URL(`/api/quizzes/${id}/results?class=${CLASS}`, url), {
      headers: { authorization: `Bearer ${ADMIN}` },
    })
    const results = classResultsSchema.parse(await res.json())
    expect(results.attempts).toBe(ATTEMPTS)
    expect(results.meanScore).toBe(Math.round((expectedScoreSum / ATTEMPTS) * 100) / 100)
    expect(results.questions.map((q) => q.choices)).toEqual(expectedChoices)

    const csv = await (
      await fetch(new URL(`/api/quizzes/${id}/results.csv?class=${CLASS}`, url), {
        headers: { authorization: `Bearer ${ADMIN}` },
      })
    ).text()
    expect(csv.trimEnd().split('\r\n')).toHaveLength(ATTEMPTS + 2) // header, answer key, attempts
  }, 120_000)
})
