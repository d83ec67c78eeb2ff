/** A small closed-loop HTTP load generator: `concurrency` clients, each sending as fast as answers come. */
import { summarize } from './types'

export interface LoadResult {
  requests: number
  rps: number
  p50: number
  p99: number
  errors: number
  /** The unexpected statuses seen, with how often. */
  unexpected: Record<number, number>
}

export async function load(
  makeRequest: (i: number) => Request,
  options: { concurrency: number; durationMs: number; expectStatus: number[] },
): Promise<LoadResult> {
  const latencies: number[] = []
  let errors = 0
  const unexpected: Record<number, number> = {}
  let i = 0
  const end = performance.now() + options.durationMs
  const started = performance.now()
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < end) {
        const req = makeRequest(i++)
        const t0 = performance.now()
        const res = await fetch(req)
        await res.arrayBuffer()
        latencies.push(performance.now() - t0)
        if (!options.expectStatus.includes(res.status)) {
          errors++
          unexpected[res.status] = (unexpected[res.status] ?? 0) + 1
        }
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const s = summarize(latencies)
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: s.median,
    p99: s.p99,
    errors,
    unexpected,
  }
}
