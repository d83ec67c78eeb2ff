/**
 * Page weight: the quiz page's HTML plus every stylesheet and script it loads, each gzipped as a
 * server would send it, fetched from the real worker under `wrangler dev`. Budget: ≤ 30 KB in total.
 */
import { gzipSync } from 'node:zlib'
import { startServer } from '../../../test/node/harness/server'
import type { BenchRow, BenchSection } from './types.ts'

const BUDGET_BYTES = 30 * 1024

interface Weight {
  html: number
  css: number
  js: number
  files: string[]
}

function gz(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length
}

async function text(url: string): Promise<string> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: ${res.status}`)
  return res.text()
}

/** Gzipped bytes of a page and of the same-origin CSS and JS it links. */
async function weigh(base: string, path: string): Promise<Weight> {
  const html = await text(`${base}${path}`)
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '')
  const js = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? '')
  let cssBytes = 0
  let jsBytes = 0
  for (const href of css) cssBytes += gz(await text(new URL(href, base).href))
  for (const src of js) jsBytes += gz(await text(new URL(src, base).href))
  return { html: gz(html), css: cssBytes, js: jsBytes, files: [path, ...css, ...js] }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

export async function run(): Promise<BenchSection> {
  const server = await startServer()
  try {
    const list = (await (await fetch(`${server.url}/api/quizzes`)).json()) as {
      quizzes: Array<{ id: string }>
    }
    const quizId = list.quizzes[0]?.id ?? '' // the sample quiz
    const rows: BenchRow[] = []
    const pages: Array<[string, string]> = [
      ['quiz page /quiz/:id', `/quiz/${quizId}`],
      ['catalogue /', '/'],
      ['teacher view /teach/:id', `/teach/${quizId}`],
    ]
    const notes: string[] = []
    for (const [label, path] of pages) {
      const w = await weigh(server.url, path)
      const total = w.html + w.css + w.js
      rows.push({
        metric: `${label}: HTML + CSS + JS, gzipped`,
        value: `${kb(total)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)})`,
        target: `≤ ${kb(BUDGET_BYTES)}`,
        ok: total <= BUDGET_BYTES,
      })
      notes.push(`${label}: ${w.files.join(', ')}`)
    }
    return {
      title: 'Pages: weight',
      rows,
      notes: [
        'Fetched from the worker under `wrangler dev`; each file gzipped at level 9, as a CDN would send it. No web fonts, no images beyond an SVG icon.',
        ...notes,
      ],
    }
  } finally {
    await server.stop()
  }
}
