/**
 * Lighthouse (offline, in the Chromium src/cli/browser.ts picks) on the quiz page and the embed page of the
 * bundled worker, served through Miniflare. Each score is the median of three runs.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser'
import { bundleWorker, startMiniflare } from '../miniflare'
import type { BenchRow, BenchSection } from './types'
import { summarize } from './types'

const run$ = promisify(execFile)
const RUNS = Number(process.env.LH_RUNS ?? 3)
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS].join(' ')

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>

async function lighthouse(url: string): Promise<Scores> {
  const { stdout } = await run$(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      '--output-path=stdout',
    ],
    {
      env: { ...process.env, CHROME_PATH: (await chromiumExecutable()).path },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> }
  const score = (k: string) => report.categories[k]?.score ?? 0
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  }
}

const TARGETS: Array<[keyof Scores, number, string]> = [
  ['performance', 0.95, '≥ 0.95'],
  ['accessibility', 1, '1.0'],
  ['best-practices', 0.95, '≥ 0.95'],
  ['seo', 0, ''],
]

export async function run(): Promise<BenchSection> {
  const browser = await chromiumExecutable()
  const { mf, url } = await startMiniflare({ scriptPath: bundleWorker({ minify: true }).script })
  const rows: BenchRow[] = []
  try {
    const list = (await (await fetch(new URL('/api/quizzes', url))).json()) as {
      quizzes: Array<{ id: string }>
    }
    const id = list.quizzes[0]?.id ?? ''
    for (const path of [`/quiz/${id}`, `/embed/${id}`]) {
      const runs: Scores[] = []
      try {
        for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(new URL(path, url).href))
      } catch (error) {
        const why =
          /Runtime error encountered: ([^\n]*)/.exec(String((error as { stderr?: string }).stderr))?.[1] ??
          String(error)
        rows.push({
          metric: `Lighthouse, ${path.replace(id, ':id')}`,
          value: `failed: ${why.slice(0, 160)}`,
          target: '',
          ok: false,
        })
        continue
      }
      for (const [key, min, target] of TARGETS) {
        const s = summarize(runs.map((r) => r[key]))
        rows.push({
          metric: `Lighthouse ${key}, ${path.replace(id, ':id')}`,
          value: `${s.median.toFixed(2)} (runs ${runs.map((r) => r[key].toFixed(2)).join(', ')})`,
          target,
          ok: target === '' ? null : s.median >= min,
        })
      }
    }
  } finally {
    await mf.dispose()
  }
  return {
    title: `Lighthouse (offline, Chromium from ${browser.source === 'system' ? browser.path : browser.source}, bundled worker through Miniflare)`,
    rows,
    notes: [`Median of ${RUNS} runs per page, default mobile emulation with simulated throttling.`],
  }
}
