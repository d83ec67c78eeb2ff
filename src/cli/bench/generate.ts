/**
 * Benchmark of the whole pipeline, article text → quiz (fact reader + question generator), in Node:
 * a ~1,000-word article (median and p95, warm), every development article, and 10 KB vs 100 KB.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as development from '../../quiz/index'
import { ARTICLES_DIR as ARTICLES } from '../articles'
import { bundleModule } from './bundle'
import { type BenchSection, summarize } from './types'

const BUDGET_MS = 5

function articles(): Array<{ file: string; text: string }> {
  if (!existsSync(ARTICLES)) throw new Error(`the development articles are missing: ${ARTICLES}`)
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(ARTICLES, file), 'utf8') }))
}

const body = (text: string): string => text.replace(/^\s*date \S+\s*/, '')

/** Paragraphs of the corpus, repeated, until `words` words: one long article dated like the sample. */
function articleOfWords(bodies: string[], words: number): string {
  const out: string[] = []
  let n = 0
  for (let i = 0; n < words; i++) {
    for (const para of (bodies[i % bodies.length] ?? '').split(/\n+/)) {
      if (n >= words) break
      out.push(para)
      n += para.split(/\s+/).filter(Boolean).length
    }
  }
  return `date 2025-11-18 ${out.join('\n\n')}`
}

function articleOfBytes(bodies: string[], bytes: number): string {
  let text = 'date 2025-11-18 '
  for (let i = 0; text.length < bytes; i++) text += `${bodies[i % bodies.length] ?? ''}\n\n`
  return text.slice(0, text.lastIndexOf('\n\n', bytes) > 0 ? text.lastIndexOf('\n\n', bytes) : bytes)
}

type Pipeline = Pick<typeof development, 'generateQuiz' | 'NotEnoughFactsError'>

/** The pipeline as deployed: src/quiz bundled into one module, as wrangler bundles it into the worker. */
let pipeline: Pipeline = development

function quizOrRefusal(text: string): void {
  try {
    pipeline.generateQuiz(text)
  } catch (err) {
    if (!(err instanceof pipeline.NotEnoughFactsError)) throw err
  }
}

/**
 * Per run, in ms: the main thread's CPU time (process.threadCpuUsage: the pipeline's own work, whatever
 * else runs on the machine), the whole process's CPU time (process.cpuUsage: adds V8's background
 * threads — concurrent garbage collection and compilation — which run on another core) and wall time.
 */
function time(text: string, runs: number): { thread: number[]; cpu: number[]; wall: number[] } {
  for (let i = 0; i < Math.min(20, runs); i++) quizOrRefusal(text)
  const thread: number[] = []
  const cpu: number[] = []
  const wall: number[] = []
  for (let i = 0; i < runs; i++) {
    const th = process.threadCpuUsage()
    const c = process.cpuUsage()
    const t = performance.now()
    quizOrRefusal(text)
    wall.push(performance.now() - t)
    const d = process.cpuUsage(c)
    const dt = process.threadCpuUsage(th)
    cpu.push((d.user + d.system) / 1000)
    thread.push((dt.user + dt.system) / 1000)
  }
  return { thread, cpu, wall }
}

const ms = (x: number): string => `${x.toFixed(2)} ms`

export async function run(): Promise<BenchSection> {
  const all = articles()
  const bodies = all.map((a) => body(a.text))
  const thousand = articleOfWords(bodies, 1000)
  // for information: the same code through the tsx loader used in development
  const viaTsx = summarize(time(thousand, 200).thread)
  pipeline = (await import(pathToFileURL(bundleModule('src/quiz/index.ts', 'quiz')).href)) as Pipeline
  const runs1000 = time(thousand, 200)
  const t1000 = summarize(runs1000.thread)
  const c1000 = summarize(runs1000.cpu)
  const w1000 = summarize(runs1000.wall)
  const perArticle = all.map((a) => summarize(time(a.text, 50).thread).median)
  const each = summarize(perArticle)
  const small = summarize(time(articleOfBytes(bodies, 10 * 1024), 60).thread)
  const large = summarize(time(articleOfBytes(bodies, 100 * 1024), 12).thread)
  const ratio = large.median / small.median
  return {
    title: 'Quiz generation (text → quiz, Node)',
    rows: [
      {
        metric: 'text → quiz, 1,000-word article, median time (main-thread CPU, bundled as deployed)',
        value: `${ms(t1000.median)} (p95 ${ms(t1000.p95)}, spread ${ms(t1000.min)}–${ms(t1000.max)}; wall median ${ms(w1000.median)}, p95 ${ms(w1000.p95)}; process CPU with V8's background threads median ${ms(c1000.median)}; unbundled through tsx ${ms(viaTsx.median)})`,
        target: `≤ ${BUDGET_MS} ms`,
        ok: t1000.median <= BUDGET_MS,
      },
      {
        metric: `text → quiz, each of the ${all.length} development articles (median of per-article median main-thread CPU times)`,
        value: `${ms(each.median)} (p95 ${ms(each.p95)}, slowest ${ms(each.max)})`,
        target: `≤ ${BUDGET_MS} ms`,
        ok: each.p95 <= BUDGET_MS,
      },
      {
        metric: 'text → quiz, 10 KB article, median main-thread CPU time',
        value: ms(small.median),
        target: '',
        ok: null,
      },
      {
        metric: 'text → quiz, 100 KB article (the API limit), median main-thread CPU time',
        value: `${ms(large.median)} (${ratio.toFixed(1)}× the 10 KB time for 10× the text)`,
        target: '≤ 15× (close to linear)',
        ok: ratio <= 15,
      },
    ],
    notes: [
      `Warm timings in one Node process after 20 untimed runs; load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(
          ', ',
        )} on ${availableParallelism()} cores. Main-thread CPU time (process.threadCpuUsage) is the pipeline's own work; wall time also counts waiting for a core on a busy machine; process CPU time adds V8's garbage collector and compiler threads, which run beside it on another core. Each generation makes its own cache (src/quiz/cache.ts), so every run costs what a new article costs.`,
      'The code timed is src/quiz bundled into one ES module with esbuild, as wrangler bundles it into the worker (the unbundled figure, through the tsx loader used by the CLIs, is given beside it).',
      'How the texts are made: The 1,000-word article is made of the development articles’ paragraphs in turn; 10 KB and 100 KB articles likewise. Includes the fact reader (src/facts) and the generator (src/quiz); the CPU time inside workerd for POST /api/quizzes is measured in the API section.',
    ],
  }
}
