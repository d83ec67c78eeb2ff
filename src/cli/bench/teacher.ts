/**
 * `npm run bench -- teacher`: the teacher's quiz (issue 12) through Miniflare's API — the minified worker,
 * its static assets (the bank and the built-in quizzes' article files), KV and the quizzes' Durable
 * Objects (SQLite) on memory-backed storage. Sequential requests, timed from this process (wall time,
 * so a busy machine shows in the spread): reading quizzes, copying a built-in quiz (one asset read for
 * its article and alternates, one Durable Object made), the edit view, and the versioned changes a
 * teacher makes to the copy (swap, add from a sentence, reorder), each named by its If-Match.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleWorker, startMiniflare } from '../miniflare'
import type { BenchRow, BenchSection } from './types'
import { summarize } from './types'

/** Copies made (and edited) per run; each is a new quiz with its own Durable Object. */
const COPIES = 20
const ROOT = new URL('../../../', import.meta.url)

interface Made {
  id: string
  teacherToken: string
}

function firstBankQuizId(): string {
  const manifest = JSON.parse(readFileSync(new URL('questions/manifest.json', ROOT), 'utf8')) as {
    quizzes: Array<{ file: string }>
  }
  return (manifest.quizzes[0]?.file ?? '').replace(/\.json$/, '')
}

export async function run(): Promise<BenchSection> {
  const bundle = bundleWorker({ minify: true })
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'civic-quiz-teacher-bench-'))
  const { mf, url } = await startMiniflare({
    scriptPath: bundle.script,
    persistDir: dir,
    createLimit: 100_000,
  })
  const times: Record<string, number[]> = {}
  const timed = async (label: string, path: string, init: RequestInit, status: number) => {
    const t0 = performance.now()
    const res = await fetch(new URL(path, url), init)
    const body = await res.text()
    const ms = performance.now() - t0
    if (res.status !== status) throw new Error(`${label}: ${res.status} ${body.slice(0, 300)}`)
    const list = times[label] ?? []
    list.push(ms)
    times[label] = list
    return JSON.parse(body) as Record<string, unknown>
  }
  const teacher = (made: Made, version?: number, json?: unknown): RequestInit => ({
    method: json === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${made.teacherToken}`,
      ...(version === undefined ? {} : { 'if-match': `"v${version}"` }),
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  })
  const builtin = firstBankQuizId()
  try {
    for (let i = 0; i <= COPIES; i++) {
      await timed('GET /api/quizzes/:id, built-in quiz', `/api/quizzes/${builtin}`, {}, 200)
      const made = (await timed(
        'POST /api/quizzes/:id/copy of a built-in quiz',
        `/api/quizzes/${builtin}/copy`,
        { method: 'POST', headers: { 'cf-connecting-ip': `198.51.100.${i % 250}` } },
        201,
      )) as unknown as Made
      await timed('GET /api/quizzes/:id, run-time quiz', `/api/quizzes/${made.id}`, {}, 200)
      const view = (await timed(
        'GET /api/quizzes/:id/edit',
        `/api/quizzes/${made.id}/edit`,
        teacher(made),
        200,
      )) as {
        quiz: { questions: Array<{ id: string; evidence: { start: number } }> }
        alternates: Array<{ id: string }>
        article: { sentences: Array<{ start: number; end: number }> }
      }
      const [out, kept] = view.quiz.questions
      const [alt] = view.alternates
      if (out === undefined || kept === undefined || alt === undefined)
        throw new Error('the copy has too few questions or no alternates')
      await timed(
        'POST …/questions, swap in an alternate (If-Match)',
        `/api/quizzes/${made.id}/questions`,
        teacher(made, 1, { alternate: alt.id, replace: out.id }),
        201,
      )
      // the sentence of a question the quiz keeps: it states a fact the generator reads
      const at = kept.evidence.start
      const sentence = view.article.sentences.find((s) => s.start <= at && at < s.end)
      if (sentence === undefined) throw new Error('no sentence holds the question’s evidence')
      const candidates = (await timed(
        'GET …/candidates of a sentence',
        `/api/quizzes/${made.id}/candidates?start=${sentence.start}&end=${sentence.end}`,
        teacher(made),
        200,
      )) as { questions: Array<{ type: string }> }
      let version = 2
      if (candidates.questions.length > 0) {
        await timed(
          'POST …/questions, add from a sentence (If-Match)',
          `/api/quizzes/${made.id}/questions`,
          teacher(made, version, { sentence, type: candidates.questions[0]?.type }),
          201,
        )
        version++
      }
      const now = (await timed(
        'GET /api/quizzes/:id/edit',
        `/api/quizzes/${made.id}/edit`,
        teacher(made),
        200,
      )) as {
        quiz: { questions: Array<{ id: string }> }
      }
      await timed(
        'PUT …/order (If-Match)',
        `/api/quizzes/${made.id}/order`,
        {
          ...teacher(made, version, { order: now.quiz.questions.map((q) => q.id).reverse() }),
          method: 'PUT',
        },
        200,
      )
    }
  } finally {
    await mf.dispose()
  }
  const rows: BenchRow[] = Object.entries(times).map(([metric, samples]) => {
    const s = summarize(samples.slice(1)) // the first round warms the isolate up
    return {
      metric,
      value: `median ${s.median.toFixed(1)} ms (p95 ${s.p95.toFixed(1)}, ${s.min.toFixed(1)}–${s.max.toFixed(1)}; ${samples.length - 1} requests)`,
      target: '',
      ok: null,
    }
  })
  rows.push({
    metric: 'worker upload, gzip (wrangler deploy --dry-run --minify)',
    value: bundle.sizeLine,
    target: '≤ 350 KiB',
    ok: Number(/gzip:\s*([\d.]+)\s*KiB/.exec(bundle.sizeLine)?.[1] ?? Number.NaN) <= 350,
  })
  return {
    title: "The teacher's quiz: copies and versioned edits (Miniflare API)",
    rows,
    notes: [
      `Wall time of sequential requests from this process to the minified worker in Miniflare (static assets, KV and the Durable Objects' SQLite on memory-backed storage), ${COPIES} copies of the built-in quiz ${builtin}, each then edited; the first round is a warm-up and not counted. A copy reads its article, id salt and ranked alternates from the bank's static asset (bank/articles/{id}.json) and makes a Durable Object.`,
    ],
  }
}
