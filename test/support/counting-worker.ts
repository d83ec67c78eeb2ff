/**
 * Bench-only entry: the real worker with its KV binding wrapped to count every call.
 * `GET /__kv-ops` answers the counts since the last read and resets them. Never deployed.
 */
import app from '../../src/index'

const calls: Record<string, number> = {}

function counting(kv: KVNamespace): KVNamespace {
  return new Proxy(kv, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1
        return value.apply(target, args)
      }
    },
  })
}

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    if (new URL(request.url).pathname === '/__kv-ops') {
      const body = JSON.stringify(calls)
      for (const key of Object.keys(calls)) delete calls[key]
      return new Response(body, { headers: { 'content-type': 'application/json' } })
    }
    return app.fetch(request, { ...env, KV: counting(env.KV) }, ctx)
  },
} satisfies ExportedHandler<Env>
