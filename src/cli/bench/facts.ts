/**
 * Benchmark of the article reader: facts for a ~1,000-word article (median, warm, one thread),
 * module import time in a fresh Node process, and how time grows from a 1 KB to a 100 KB article.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFacts } from '../../facts/index'
import { ARTICLES_DIR as ARTICLES } from '../articles'
import { bundleModule } from './bundle'
import { type BenchSection, summarize } from './types'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** Article bodies from test/fixtures/articles (without their date prefix), or a built-in passage. */
function corpus(): string[] {
  if (existsSync(ARTICLES)) {
    const files = readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.txt'))
      .sort()
    if (files.length > 0)
      return files.map((f) => readFileSync(join(ARTICLES, f), 'utf8').replace(/^\s*date \S+\s*/, ''))
  }
  return [
    'Mayor Lena Ortiz said on Monday that the city would spend $19.2 million on the harbour. "We will rebuild the pier," Ortiz told reporters, adding that 34 percent of the budget was already committed.\n\nCouncillor Omar Haddad, 52, called it \'a waste of money\'. He said the vote was expected next Tuesday.',
  ]
}

function wordsUpTo(bodies: string[], words: number): string {
  const out: string[] = []
  let n = 0
  for (let i = 0; n < words; i++) {
    const body = bodies[i % bodies.length] ?? ''
    for (const para of body.split(/\n+/)) {
      if (n >= words) break
      out.push(para)
      n += para.split(/\s+/).filter(Boolean).length
    }
  }
  return `date 2025-11-18 ${out.join('\n\n')}`
}

function bytesUpTo(bodies: string[], bytes: number): string {
  let text = 'date 2025-11-18 '
  for (let i = 0; text.length < bytes; i++) text += `${bodies[i % bodies.length] ?? ''}\n\n`
  return text.slice(0, bytes)
}

/** Per-run times in ms: CPU time of this process (user + system) and wall-clock time. */
function time(text: string, runs: number): { cpu: number[]; wall: number[] } {
  for (let i = 0; i < Math.min(20, runs); i++) extractFacts(text)
  const cpu: number[] = []
  const wall: number[] = []
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage()
    const t = performance.now()
    extractFacts(text)
    wall.push(performance.now() - t)
    const d = process.cpuUsage(c)
    cpu.push((d.user + d.system) / 1000)
  }
  return { cpu, wall }
}

/** Import time of `entry` in fresh Node processes (ms), optionally through the tsx loader. */
function importTimes(entry: string, runs: number, viaTsx: boolean): number[] {
  const script = `const t = performance.now(); await import(${JSON.stringify(entry)}); process.stdout.write(String(performance.now() - t))`
  const flags = viaTsx ? ['--import', 'tsx'] : []
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const ms = execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    out.push(Number(ms))
  }
  return out
}

const f = (n: number): string => `${n.toFixed(2)} ms`

export async function run(): Promise<BenchSection> {
  const bodies = corpus()
  const article = wordsUpTo(bodies, 1000)
  const words = article.split(/\s+/).length
  const warmRuns = time(article, 300)
  const warm = summarize(warmRuns.cpu)
  const warmWall = summarize(warmRuns.wall)
  const imports = summarize(importTimes(bundleModule('src/facts/index.ts', 'facts'), 9, false))
  const tsxImports = summarize(importTimes(join(ROOT, 'src/facts/index.ts'), 5, true))
  const small = bytesUpTo(bodies, 1024)
  const large = bytesUpTo(bodies, 100 * 1024)
  // Interleaved, so that both sizes see the same load on a busy machine.
  const smallRuns: number[] = []
  const largeRuns: number[] = []
  time(large, 3)
  for (let i = 0; i < 25; i++) {
    smallRuns.push(summarize(time(small, 12).cpu).median)
    largeRuns.push(summarize(time(large, 1).cpu).median)
  }
  const smallT = summarize(smallRuns).median
  const largeT = summarize(largeRuns).median
  const ratio = largeT / smallT
  return {
    title: 'Article facts (src/facts)',
    rows: [
      {
        metric: `facts: ${words}-word article, median CPU time on one core (warm)`,
        value: `${f(warm.median)} (p95 ${f(warm.p95)}, spread ${warm.min.toFixed(2)}–${warm.max.toFixed(2)})`,
        target: '≤ 3 ms',
        ok: warm.median <= 3,
      },
      {
        metric: `facts: ${words}-word article, median wall-clock time (warm)`,
        value: `${f(warmWall.median)} (p95 ${f(warmWall.p95)}, spread ${warmWall.min.toFixed(2)}–${warmWall.max.toFixed(2)})`,
        target: '',
        ok: null,
      },
      {
        metric: 'facts: module import (bundled, as deployed), fresh process, median',
        value: `${f(imports.median)} (spread ${imports.min.toFixed(1)}–${imports.max.toFixed(1)})`,
        target: '≤ 50 ms',
        ok: imports.median <= 50,
      },
      {
        metric: 'facts: module import through tsx (development), fresh process, median',
        value: `${f(tsxImports.median)} (spread ${tsxImports.min.toFixed(1)}–${tsxImports.max.toFixed(1)})`,
        target: '',
        ok: null,
      },
      {
        metric: 'facts: 100 KB vs 1 KB article, median CPU time',
        value: `${ratio.toFixed(0)}× (${f(smallT)} → ${f(largeT)})`,
        target: '≤ 100×',
        ok: ratio <= 100,
      },
    ],
    notes: [
      `Load average while measuring: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(
          ', ',
        )} on ${availableParallelism()} cores. CPU time (process.cpuUsage, all threads of the process) is what one core spends; wall-clock time also counts waiting for a core when the machine is busy.`,
      'Articles are built from test/fixtures/articles (falling back to a built-in passage). The warm figures are medians of 300 runs after 20 warm-up runs, in one thread; the 1 KB and 100 KB articles are timed in turns (25 rounds); import time is measured inside fresh Node processes: first for src/facts bundled into one ES module with esbuild (the way wrangler ships it; includes the English locale of chrono-node), then, for information, through the tsx loader used in development, whose per-file resolve and transform hooks dominate.',
    ],
  }
}
