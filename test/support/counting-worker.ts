/**
 * Bench-only entry: the real worker with its KV binding wrapped to count every call.
 * `GET /__kv-ops` answers the counts since the last read and resets them; `POST /__generate`
 * times the generator inside workerd on the posted article. Never deployed.
 */

import app from '../../src/index'
import { generateQuiz } from '../../src/quiz'
import { countingKv } from './counting-kv'

// the worker's Durable Object class, as the real entry exports it (wrangler.toml binds it)
export { QuizObject } from '../../src/store/quiz-object'

const calls: Record<string, number> = {}

/** Runs the generator 20 times on the posted article and answers the mean and the samples, in ms. */
async function timeGenerator(request: Request): Promise<Response> {
  const article = await request.text()
  const samples: number[] = []
  let questions = 0
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now()
    questions = generateQuiz(article, { seed: String(i) }).questions.length
    if (i > 0) samples.push(performance.now() - t0) // the first run warms up
  }
  return Response.json({ samples, questions })
}

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    const path = new URL(request.url).pathname
    if (path === '/__generate') return timeGenerator(request)
    if (path === '/__kv-ops') {
      const body = JSON.stringify(calls)
      for (const key of Object.keys(calls)) delete calls[key]
      return new Response(body, { headers: { 'content-type': 'application/json' } })
    }
    return app.fetch(request, { ...env, KV: countingKv(env.KV, calls).kv }, ctx)
  },
} satisfies ExportedHandler<Env>
