/**
 * `npm run bench [-- NAME…]`: runs the benchmark sections (all, or those named), prints one table and,
 * for a full run, writes BENCHMARKS.md. Each section is a module under src/cli/bench/ exporting
 * `run(): Promise<BenchSection>`.
 */
import { writeFileSync } from 'node:fs'
import type { BenchSection } from './types.ts'

type Loader = () => Promise<{ run: () => Promise<BenchSection> }>

const SECTIONS: Record<string, Loader> = {
  facts: () => import('./facts'),
  reader: () => import('./reader'),
  generate: () => import('./generate'),
  adversarial: () => import('./adversarial'),
  service: () => import('./service'),
  restart: () => import('./restart'),
  pages: () => import('./pages'),
  widget: () => import('./widget'),
  import: () => import('./import'),
  teacher: () => import('./teacher'),
  lighthouse: () => import('./lighthouse'),
}

function table(section: BenchSection): string {
  const lines = [
    `## ${section.title}`,
    '',
    '| metric | measured | target | ok |',
    '| --- | --- | --- | --- |',
  ]
  for (const r of section.rows) {
    const ok = r.ok === null ? '' : r.ok ? 'yes' : '**no**'
    lines.push(`| ${r.metric} | ${r.value} | ${r.target} | ${ok} |`)
  }
  for (const n of section.notes ?? []) lines.push('', n)
  return lines.join('\n')
}

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const unknown = only.filter((name) => !(name in SECTIONS))
  if (unknown.length > 0) {
    console.error(`unknown section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`)
    process.exit(2)
  }
  const sections: BenchSection[] = []
  for (const [name, load] of Object.entries(SECTIONS)) {
    if (only.length > 0 && !only.includes(name)) continue
    try {
      const section = await (await load()).run()
      sections.push(section)
      console.log(`${table(section)}\n`)
    } catch (error) {
      console.error(`section ${name} failed: ${error instanceof Error ? error.stack : String(error)}`)
      process.exitCode = 1
    }
  }
  const header = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, this machine (2 cores).`,
    'Each figure is the median of repeated runs, with its spread. Reproduce with `npm install && npm run bench`',
    '(or one section: `npm run bench -- service`).',
    '',
  ]
  if (only.length === 0) writeFileSync('BENCHMARKS.md', `${[...header, ...sections.map(table)].join('\n')}\n`)
}

await main()
