/**
 * The full load of the restart check: 1,000 attempts at 50 concurrent through Miniflare, each replayed
 * at once, a restart before reading back (src/cli/bench/replay-load.ts). `npm test` runs the same check
 * smaller (test/node/load.test.ts); this section runs it at full size and says whether every property held.
 */
import { replayLoadProblems, runReplayLoad } from './replay-load'
import type { BenchSection } from './types'

const ATTEMPTS = 1000
const CONCURRENCY = 50

export async function run(): Promise<BenchSection> {
  const load = await runReplayLoad({ attempts: ATTEMPTS, concurrency: CONCURRENCY })
  const problems = replayLoadProblems(load)
  const requests = ATTEMPTS * 2
  return {
    title: 'Load, replay and restart (Miniflare, KV on disk)',
    rows: [
      {
        metric: `${ATTEMPTS.toLocaleString('en')} attempts at ${CONCURRENCY} concurrent, each sent twice at once, read back after a restart`,
        value:
          problems.length === 0 ? 'every attempt stored exactly once; results add up' : problems.join('; '),
        target: 'each stored once, replay answered the same, results exact',
        ok: problems.length === 0,
      },
      {
        metric: `${requests.toLocaleString('en')} POSTs (first sends and replays)`,
        value: `${load.seconds.toFixed(1)} s (${Math.round(requests / load.seconds)} req/s)`,
        target: '',
        ok: null,
      },
    ],
    notes: [
      'The same check runs in `npm test` at 300 attempts, 30 concurrent (test/node/load.test.ts): enough replays racing their first sends to catch a double store, a lost write or a restart that drops data.',
    ],
  }
}
