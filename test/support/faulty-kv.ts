/**
 * A test-only wrapper around a real KV binding (workerd's KV, never a fake) that makes a share of
 * `put` and `list` calls fail or stall, to prove the API never answers a false success.
 * It is used only by tests, through `app.fetch(request, { ...env, KV: faultyKv(env.KV, …) })`;
 * the production worker never sees it.
 */
import { seededRandom } from '../../src/quiz/random'

export type FaultMode =
  /** the call throws before KV is touched */
  | 'fail'
  /** the write lands in KV, then the call throws anyway (a lost acknowledgement) */
  | 'fail-after'
  /** the call waits `stallMs`, then goes through */
  | 'stall'

export interface FaultOptions {
  /** Share of calls (0–1) of the listed operations that misbehave. */
  rate: number
  mode: FaultMode
  operations: ReadonlyArray<'put' | 'list' | 'get'>
  stallMs?: number
  /** Seed for the deterministic choice of which calls misbehave. */
  seed?: number
}

export interface FaultyKv {
  kv: KVNamespace
  /** How many calls of each operation misbehaved. */
  injected: Record<string, number>
}

export function faultyKv(kv: KVNamespace, options: FaultOptions): FaultyKv {
  const random = seededRandom(String(options.seed ?? 1))
  const injected: Record<string, number> = {}
  const proxy = new Proxy(kv, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (typeof value !== 'function') return value
      const op = String(prop)
      return async (...args: unknown[]) => {
        const hit = (options.operations as readonly string[]).includes(op) && random() < options.rate
        if (!hit) return value.apply(target, args)
        injected[op] = (injected[op] ?? 0) + 1
        if (options.mode === 'fail') throw new Error(`injected KV ${op} failure`)
        if (options.mode === 'stall') {
          await new Promise((r) => setTimeout(r, options.stallMs ?? 100))
          return value.apply(target, args)
        }
        await value.apply(target, args)
        throw new Error(`injected KV ${op} failure after the write`)
      }
    },
  })
  return { kv: proxy, injected }
}
