/**
 * `npm run bench -- import`: the link importer. Both extraction candidates run inside workerd
 * (Miniflare) on every saved page of ../shared/pages — `@mozilla/readability` over `linkedom` (what
 * ships) and a streaming `HTMLRewriter` with a container-scoring rule (test/support/rewriter-extract.ts,
 * bench-only) — for text quality (word-level F1 against expected.html) and time per page; then the CPU
 * work of a link → quiz after the fetch, and the worker's upload size.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { parseHTML } from 'linkedom'
import { isEnglish } from '../../import/language'
import { scoreText } from '../../import/text-score'
import { bundleWorker, startMiniflare } from '../miniflare'
import type { BenchRow, BenchSection } from './types'
import { summarize } from './types'

const ROOT = new URL('../../../', import.meta.url).pathname
const ENTRY = join(ROOT, 'test/support/import-bench-worker.ts')
const PAGES = join(ROOT, '../shared/pages')

interface Timed {
  samples: number[]
  text: string
}

/** CPU time (user + system, ms) of the workerd processes this process started, from /proc (10 ms ticks). */
function workerdCpuMs(): number {
  const out = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'pid=,comm='], { encoding: 'utf8' })
  let total = 0
  for (const line of out.split('\n')) {
    const [pid, comm] = line.trim().split(/\s+/)
    if (pid === undefined || !comm?.includes('workerd')) continue
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    total += (Number(fields[11]) + Number(fields[12])) * 10 // utime, stime in 1/100 s
  }
  return total
}

/** Runs done per page and engine for the CPU figure (the process's clock counts in 10 ms ticks). */
const CPU_RUNS = 20

function ms(n: number): string {
  return `${n.toFixed(1)} ms`
}

export async function run(): Promise<BenchSection> {
  const rows: BenchRow[] = []
  const bundle = bundleWorker({ minify: true })
  const gzip = Number(/gzip:\s*([\d.]+)\s*KiB/.exec(bundle.sizeLine)?.[1] ?? Number.NaN)
  rows.push({
    metric: 'worker upload, gzip (wrangler deploy --dry-run --minify), with the importer',
    value: `${gzip.toFixed(2)} KiB (${bundle.sizeLine})`,
    target: '≤ 350 KiB',
    ok: gzip <= 350,
  })
  if (!existsSync(PAGES)) return { title: 'Link import', rows, notes: [`No pages at ${PAGES}.`] }

  const script = join(mkdtempSync(join(tmpdir(), 'civic-quiz-import-bench-')), 'index.js')
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: script,
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'error',
  })
  const { mf, url } = await startMiniflare({ scriptPath: script, assets: false })
  const perPage: string[] = []
  const quality: Record<string, number[]> = { readability: [], rewriter: [] }
  const times: Record<string, number[]> = { readability: [], rewriter: [] }
  let bigPage: {
    name: string
    bytes: number
    readability: number
    rewriter: number
  } | null = null
  let linkToQuiz: {
    samples: number[]
    extractMs: number
    questions: number
    name: string
    cpu: number
  } | null = null
  try {
    const post = async (path: string, body: Uint8Array<ArrayBuffer>) => {
      const res = await fetch(new URL(path, url), { method: 'POST', body: new Blob([body]) })
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
      return res.json()
    }
    const folders = readdirSync(PAGES, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(PAGES, d.name, 'source.html')))
      .map((d) => d.name)
      .sort()
    // link → quiz is timed on the largest page alone (a smaller page need not hold a quiz's facts)
    const sizes = new Map(folders.map((f) => [f, statSync(join(PAGES, f, 'source.html')).size]))
    const largest = [...sizes].reduce((a, b) => (b[1] > a[1] ? b : a))[0]
    for (const name of folders) {
      const bytes = new Uint8Array(readFileSync(join(PAGES, name, 'source.html')))
      const reference =
        parseHTML(readFileSync(join(PAGES, name, 'expected.html'), 'utf8')).document.documentElement
          ?.textContent ?? ''
      /** The engine's output, and its CPU time per run: workerd's CPU over CPU_RUNS runs after a warm-up. */
      const measure = async (engine: string): Promise<Timed & { cpu: number }> => {
        const out = (await post(`/__extract?engine=${engine}&runs=2`, bytes)) as Timed
        const before = workerdCpuMs()
        await post(`/__extract?engine=${engine}&runs=${CPU_RUNS}`, bytes)
        return { ...out, cpu: (workerdCpuMs() - before) / CPU_RUNS }
      }
      const r = await measure('readability')
      const w = await measure('rewriter')
      const english = isEnglish(r.text)
      const fr = scoreText(r.text, reference).f1
      const fw = scoreText(w.text, reference).f1
      const tr = r.cpu
      const tw = w.cpu
      times.readability?.push(tr)
      times.rewriter?.push(tw)
      if (english) {
        quality.readability?.push(fr)
        quality.rewriter?.push(fw)
      }
      perPage.push(
        `| ${name} | ${(bytes.length / 1024).toFixed(0)} KB | ${english ? 'en' : 'not en'} | ${fr.toFixed(3)} | ${ms(tr)} | ${fw.toFixed(3)} | ${ms(tw)} |`,
      )
      if (name === largest) {
        bigPage = { name, bytes: bytes.length, readability: tr, rewriter: tw }
        await post('/__link-to-quiz?runs=2', bytes)
        const before = workerdCpuMs()
        const q = (await post(`/__link-to-quiz?runs=${CPU_RUNS}`, bytes)) as {
          samples: number[]
          extractMs: number
          questions: number
        }
        linkToQuiz = { ...q, name, cpu: (workerdCpuMs() - before) / CPU_RUNS }
      }
    }
  } finally {
    await mf.dispose()
  }
  const min = (xs: number[] = []) => Math.min(...xs)
  const mean = (xs: number[] = []) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length)
  rows.push(
    {
      metric: 'text F1, Readability + linkedom (shipped): lowest and mean over the English pages',
      value: `${min(quality.readability).toFixed(3)} / ${mean(quality.readability).toFixed(3)}`,
      target: '≥ 0.95 on every English page',
      ok: min(quality.readability) >= 0.95,
    },
    {
      metric: 'text F1, HTMLRewriter + container scoring (bench-only candidate): lowest and mean',
      value: `${min(quality.rewriter).toFixed(3)} / ${mean(quality.rewriter).toFixed(3)}`,
      target: '',
      ok: null,
    },
    {
      metric:
        'extraction CPU in workerd, median over the pages: Readability + linkedom (shipped) / HTMLRewriter candidate',
      value: `${ms(summarize(times.readability ?? []).median)} / ${ms(summarize(times.rewriter ?? []).median)}`,
      target: '',
      ok: null,
    },
  )
  if (bigPage !== null)
    rows.push({
      metric: `extraction of the largest page inside workerd (${bigPage.name}, ${(bigPage.bytes / 1024 / 1024).toFixed(2)} MB), median of ${CPU_RUNS} warm runs, CPU: Readability + linkedom (shipped) / HTMLRewriter candidate`,
      value: `${ms(bigPage.readability)} / ${ms(bigPage.rewriter)}`,
      target: '≤ 50 ms',
      ok: bigPage.readability <= 50,
    })
  if (linkToQuiz !== null) {
    const s = summarize(linkToQuiz.samples)
    rows.push({
      metric: `link → quiz CPU in workerd after the fetch (${linkToQuiz.name}: decode, extract, checks, generate; ${linkToQuiz.questions} questions), mean of ${CPU_RUNS} warm runs`,
      value: `${ms(linkToQuiz.cpu)} CPU (wall inside workerd: median ${ms(s.median)}, max ${ms(s.max)})`,
      target: '≤ 100 ms',
      ok: linkToQuiz.cpu <= 100,
    })
  }
  return {
    title: 'Link import (src/import)',
    rows,
    notes: [
      [
        '| page | size | lang | F1 Readability + linkedom (shipped) | CPU | F1 HTMLRewriter candidate | CPU |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...perPage,
      ].join('\n'),
      `Load average while measuring: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ', ',
        )} on ${cpus().length} cores. Times are CPU time of the workerd process (Miniflare, the bundled code, minified) read from /proc before and after ${CPU_RUNS} runs in one request, after a warm-up request, divided by ${CPU_RUNS}: what the Workers CPU limit counts, unaffected by waiting for a core on a busy machine (wall time inside workerd is, and is only shown for link → quiz). F1 is word-level precision and recall of the text against the text of expected.html (Readability's own output, captions included), as npm run eval -- import computes it.`,
    ],
  }
}
