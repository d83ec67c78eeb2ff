/**
 * Load, replay and restart against the real bundled worker (Miniflare's API, KV on disk): 300 attempts
 * at 30 concurrent, each sent twice at once, then a restart before reading (src/cli/bench/replay-load.ts).
 * That is 300 replays racing their first sends, 30 at a time: a double store, a lost write, a replay
 * answered differently or data lost in the restart shows up here. `npm run bench -- restart` runs the
 * same at 1,000 attempts, 50 concurrent.
 */
import { describe, expect, it } from 'vitest'
import { replayLoadProblems, runReplayLoad } from '../../src/cli/bench/replay-load'
import { attemptResultSchema } from '../../src/schema'

const ATTEMPTS = 300
const CONCURRENCY = 30

describe(`${ATTEMPTS} attempts at ${CONCURRENCY} concurrent, replayed, across a restart`, () => {
  it('keeps every attempt exactly once and the results equal what was sent', async () => {
    const run = await runReplayLoad({ attempts: ATTEMPTS, concurrency: CONCURRENCY })
    console.log(
      `${ATTEMPTS * 2} requests in ${run.seconds.toFixed(1)} s (${Math.round((ATTEMPTS * 2) / run.seconds)} req/s)`,
    )

    for (const pair of run.pairs) {
      expect(pair.statuses.every((s) => s === 201 || s === 200)).toBe(true)
      expect(pair.statuses).toContain(201)
      expect(pair.texts[0]).toBe(pair.texts[1])
    }

    // Read back after the restart: each attempt under its own key, as the client was answered.
    run.stored.forEach((value, i) => {
      const kept = attemptResultSchema.parse(JSON.parse(value ?? 'null'))
      expect(kept.attemptId).toBe(run.bodies[i]?.attemptId)
      // a complete attempt is answered with the stored bytes; a partial one keeps every question's result
      // but is answered with its score alone (immediate feedback holds its key back)
      const sent = run.pairs[i]?.texts[0] ?? ''
      if (kept.complete === false) expect(JSON.parse(sent)).toEqual({ ...kept, results: [] })
      else expect(value).toBe(sent)
    })

    expect(run.results.attempts).toBe(ATTEMPTS)
    expect(run.results.meanScore).toBe(Math.round((run.expected.scoreSum / ATTEMPTS) * 100) / 100)
    expect(run.results.questions.map((q) => q.choices)).toEqual(run.expected.choices)
    expect(run.csvLines).toHaveLength(ATTEMPTS + 2) // header, answer key, attempts
    // The bench's check (npm run bench -- restart) finds nothing wrong either.
    expect(replayLoadProblems(run)).toEqual([])
  }, 120_000)
})
