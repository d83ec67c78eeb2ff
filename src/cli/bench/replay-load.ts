/**
 * Load, replay and restart against the bundled worker through Miniflare's API, KV on disk: `attempts`
 * attempts at a sample quiz, `concurrency` in flight, each sent twice at once (a replay racing its
 * first send), then the server is stopped and started again on the same disk before anything is read
 * back. What it returns is what a checker needs: what was sent, what came back, what is stored after
 * the restart, and what the results must add up to (computed here from the answer key).
 *
 * test/node/load.test.ts runs it at a size that proves the properties in `npm test`; the bench's
 * `restart` section (src/cli/bench/restart.ts) runs the full 1,000 at 50 and checks the same.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type { Miniflare } from 'miniflare'
import { seededRandom } from '../../quiz/random'
import {
  attemptResultSchema,
  type ClassResults,
  classResultsSchema,
  type Quiz,
  quizListSchema,
  quizSchema,
} from '../../schema'
import { bundleWorker, startMiniflare } from '../miniflare'

const ADMIN = 'load-admin-token'
const CLASS = 'load-test'

export interface AttemptBody {
  attemptId: string
  class: string
  name: string
  answers: Record<string, number | string>
}

export interface ReplayLoadRun {
  attempts: number
  concurrency: number
  quiz: Quiz
  bodies: AttemptBody[]
  /** Per body: the statuses and texts of its two sends. */
  pairs: Array<{ statuses: [number, number]; texts: [string, string] }>
  /** Seconds the sends took (both of every pair). */
  seconds: number
  /** Per body, after the restart: the stored attempt's value under its key (null when absent). */
  stored: Array<string | null>
  /** The class's results after the restart. */
  results: ClassResults
  /** The class's results as CSV, split into lines. */
  csvLines: string[]
  /** What the results must say, from the answer key and what was sent. */
  expected: { scoreSum: number; choices: number[][] }
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  // one iterator shared by the workers: each takes the next entry when it is free
  const queue = items.entries()
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (const [i, x] of queue) out[i] = await task(x)
    }),
  )
  return out
}

/** Attempts at `quiz`: about one question in ten unanswered, the rest a seeded mix of right and wrong. */
function makeBodies(
  quiz: Quiz,
  attempts: number,
): { bodies: AttemptBody[]; expected: ReplayLoadRun['expected'] } {
  const random = seededRandom('load-2026') // the same load every run
  const choices = quiz.questions.map((q) => new Array<number>(q.options?.length ?? 0).fill(0))
  let scoreSum = 0
  const bodies = Array.from({ length: attempts }, (_, i) => {
    const answers: Record<string, number | string> = {}
    quiz.questions.forEach((q, qi) => {
      if (random() < 0.1) return // unanswered
      if (q.options !== undefined) {
        const pick = Math.floor(random() * q.options.length)
        answers[q.id] = pick
        const counts = choices[qi]
        if (counts !== undefined) counts[pick] = (counts[pick] ?? 0) + 1
        if (pick === q.answer) scoreSum++
      } else if (random() < 0.5) {
        answers[q.id] = (q.accept?.[0] ?? '').toUpperCase()
        scoreSum++
      } else answers[q.id] = 'wrong guess'
    })
    return { attemptId: crypto.randomUUID(), class: CLASS, name: `Student ${i}`, answers }
  })
  return { bodies, expected: { scoreSum, choices } }
}

export async function runReplayLoad(options: {
  attempts: number
  concurrency: number
}): Promise<ReplayLoadRun> {
  const { attempts, concurrency } = options
  const script = bundleWorker().script
  const persistDir = mkdtempSync(join(tmpdir(), 'civic-quiz-load-'))
  const start = () =>
    startMiniflare({ scriptPath: script, persistDir, adminToken: ADMIN, attemptLimit: 100_000 })
  const teacher = { headers: { authorization: `Bearer ${ADMIN}` } }
  let mf: Miniflare | undefined
  try {
    let url: URL
    ;({ mf, url } = await start())
    const list = quizListSchema.parse(await (await fetch(new URL('/api/quizzes', url))).json())
    const id = list.quizzes[0]?.id ?? ''
    const quiz = quizSchema.parse(
      await (await fetch(new URL(`/api/quizzes/${id}/answers`, url), teacher)).json(),
    )
    const { bodies, expected } = makeBodies(quiz, attempts)

    const post = (body: AttemptBody) =>
      fetch(new URL(`/api/quizzes/${id}/attempts`, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const started = performance.now()
    const pairs = await pool(bodies, concurrency, async (body) => {
      const [a, b] = await Promise.all([post(body), post(body)])
      return {
        statuses: [a.status, b.status] as [number, number],
        texts: [await a.text(), await b.text()] as [string, string],
      }
    })
    const seconds = (performance.now() - started) / 1000

    // Restart the server on the same disk before reading anything back.
    await mf.dispose()
    mf = undefined
    ;({ mf, url } = await start())
    const kv = await mf.getKVNamespace('KV')
    const stored = await pool(bodies, concurrency, (b) =>
      kv.get(`v1:attempt:${id}:${CLASS}:${b.attemptId}`, 'text'),
    )
    const results = classResultsSchema.parse(
      await (await fetch(new URL(`/api/quizzes/${id}/results?class=${CLASS}`, url), teacher)).json(),
    )
    const csv = await (
      await fetch(new URL(`/api/quizzes/${id}/results.csv?class=${CLASS}`, url), teacher)
    ).text()
    return {
      attempts,
      concurrency,
      quiz,
      bodies,
      pairs,
      seconds,
      stored,
      results,
      csvLines: csv.trimEnd().split('\r\n'),
      expected,
    }
  } finally {
    await mf?.dispose()
  }
}

/**
 * Whether a stored attempt is what its client was answered: a complete attempt is answered with the
 * stored bytes; a partial one keeps every question's result but is answered with its score alone.
 */
function storedAsAnswered(value: string | null, sent: string): boolean {
  if (value === null) return false
  const kept = attemptResultSchema.safeParse(JSON.parse(value))
  if (!kept.success) return false
  if (kept.data.complete !== false) return value === sent
  return isDeepStrictEqual(JSON.parse(sent), { ...kept.data, results: [] })
}

/**
 * The properties the load must keep, as a list of what broke (empty when all hold): every send
 * answered 201 or 200 and one of each pair 201, both sends the same body; every attempt stored exactly
 * once under its key after the restart, as what the client was answered; the results and the CSV count
 * every attempt once and add up to what was sent.
 */
export function replayLoadProblems(run: ReplayLoadRun): string[] {
  const problems: string[] = []
  const bad = (what: string, count: number) => {
    if (count > 0) problems.push(`${count} ${what}`)
  }
  bad(
    'pairs with a status other than 201/200',
    run.pairs.filter((p) => !p.statuses.every((s) => s === 201 || s === 200)).length,
  )
  bad('pairs without a 201', run.pairs.filter((p) => !p.statuses.includes(201)).length)
  bad('pairs answered with two different bodies', run.pairs.filter((p) => p.texts[0] !== p.texts[1]).length)
  bad(
    'attempts missing or different after the restart',
    run.stored.filter((value, i) => !storedAsAnswered(value, run.pairs[i]?.texts[0] ?? '')).length,
  )
  if (run.results.attempts !== run.attempts) problems.push(`results count ${run.results.attempts} attempts`)
  const mean = Math.round((run.expected.scoreSum / run.attempts) * 100) / 100
  if (run.results.meanScore !== mean) problems.push(`mean score ${run.results.meanScore}, sent ${mean}`)
  if (JSON.stringify(run.results.questions.map((q) => q.choices)) !== JSON.stringify(run.expected.choices))
    problems.push('choice counts differ from what was sent')
  if (run.csvLines.length !== run.attempts + 2)
    problems.push(`CSV has ${run.csvLines.length - 2} attempt rows`)
  return problems
}
