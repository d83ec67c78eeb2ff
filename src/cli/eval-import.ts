/**
 * `npm run eval -- import [--pages DIR] [--verbose]`: runs the article importer over saved pages
 * (default ../shared/pages: one folder per page with source.html, expected.html and
 * expected-metadata.json) and prints per page the word-level precision, recall and F1 of the text
 * against expected.html's text, and whether the title, outlet and date match. Where the metadata has
 * no site name, the outlet is taken from the "site" column of the folder's SOURCES.md table.
 * Targets (issue 14): F1 ≥ 0.95 on every English page, title and outlet right on all, the date right
 * wherever the page states one. Exits 1 when a target is missed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseHTML } from 'linkedom'
import { z } from 'zod'
import { decodePage } from '../import/charset'
import { extractArticle } from '../import/extract'
import { isEnglish } from '../import/language'
import { sameName, toDay } from '../import/metadata'
import { scoreText } from '../import/text-score'

const expectedSchema = z.object({
  title: z.string(),
  siteName: z.string().nullable().optional(),
  publishedTime: z.string().nullable().optional(),
  lang: z.string().nullable().optional(),
})

/** The "site" column of SOURCES.md per folder, with its "— not in the metadata" note removed. */
function sourcesSites(dir: string): Map<string, string> {
  const sites = new Map<string, string>()
  const file = join(dir, 'SOURCES.md')
  if (!existsSync(file)) return sites
  const lines = readFileSync(file, 'utf8').split('\n')
  const header = lines.find((l) => l.startsWith('| folder'))
  const cells = (l: string) => l.split(/(?<!\\)\|/).map((c) => c.trim())
  const siteAt = header === undefined ? -1 : cells(header).indexOf('site')
  if (siteAt < 0) return sites
  for (const line of lines) {
    const row = cells(line)
    const folder = row[1]
    const site = row[siteAt]?.replace(/\s+—.*$/, '').replace(/\s*\(.*\)$/, '')
    if (folder !== undefined && site !== undefined && folder !== 'folder' && !folder.startsWith('-'))
      sites.set(folder, site)
  }
  return sites
}

/** A headline matches when equal, or when the expected one adds a " | Author" or " - Site" suffix. */
function titleMatches(got: string | null, want: string): boolean {
  if (got === null) return false
  if (sameName(got, want)) return true
  const rest = want.slice(got.length)
  return want.startsWith(got) && /^\s+[|\-–—]\s+/.test(rest)
}

function fixed(n: number): string {
  return n.toFixed(3)
}

export function runImportEval(args: string[]): number {
  const at = args.indexOf('--pages')
  const dir = at >= 0 ? resolve(args[at + 1] ?? '') : resolve(process.cwd(), '../shared/pages')
  if (!existsSync(dir)) {
    process.stderr.write(`eval import: no pages folder at ${dir}; pass --pages DIR\n`)
    return 2
  }
  const sites = sourcesSites(dir)
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
  let missed = 0
  console.log('| page | lang | text P | text R | text F1 | title | outlet | date (got / stated) | ms |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const folder of folders) {
    const bytes = new Uint8Array(readFileSync(join(dir, folder, 'source.html')))
    const want = expectedSchema.parse(
      JSON.parse(readFileSync(join(dir, folder, 'expected-metadata.json'), 'utf8')),
    )
    const started = performance.now()
    const got = extractArticle(decodePage(bytes, 'text/html').text)
    const ms = performance.now() - started
    const { document } = parseHTML(readFileSync(join(dir, folder, 'expected.html'), 'utf8'))
    const reference = document.documentElement?.textContent ?? ''
    const score = scoreText(got.text, reference)
    const english = isEnglish(got.text)
    const wantOutlet = want.siteName ?? sites.get(folder) ?? null
    const titleOk = titleMatches(got.title, want.title)
    const outletOk = wantOutlet === null || (got.publisher !== null && sameName(got.publisher, wantOutlet))
    const wantDate = toDay(want.publishedTime)
    const dateOk = wantDate === null || got.date === wantDate
    const f1Ok = !english || score.f1 >= 0.95
    if (!titleOk || !outletOk || !dateOk || !f1Ok) missed++
    const mark = (ok: boolean) => (ok ? 'ok' : 'MISS')
    console.log(
      `| ${folder} | ${english ? 'en' : 'not en'} | ${fixed(score.precision)} | ${fixed(score.recall)} | ${fixed(score.f1)}${f1Ok ? '' : ' MISS'} | ${mark(titleOk)} | ${mark(outletOk)} | ${got.date ?? '—'} / ${wantDate ?? '—'} ${mark(dateOk)} | ${ms.toFixed(0)} |`,
    )
    if (args.includes('--verbose') && (!titleOk || !outletOk))
      console.log(`    title "${got.title}" vs "${want.title}"; outlet "${got.publisher}" vs "${wantOutlet}"`)
  }
  console.log(
    missed === 0 ? `\nall ${folders.length} pages meet the targets` : `\n${missed} page(s) miss a target`,
  )
  return missed === 0 ? 0 : 1
}
