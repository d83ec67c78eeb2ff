/**
 * `npm run bench`: runs every benchmark section, prints one table and writes BENCHMARKS.md.
 * Each section is a module under src/cli/bench/ exporting `run(): Promise<BenchSection>`.
 */
import { writeFileSync } from 'node:fs'
import type { BenchSection } from './types.ts'

const SECTIONS: Array<() => Promise<{ run: () => Promise<BenchSection> }>> = [
  () => import('./facts'),
  () => import('./generate'),
  () => import('./service'),
  () => import('./pages'),
  () => import('./lighthouse'),
]

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
  const sections: BenchSection[] = []
  for (const load of SECTIONS) {
    const mod = await load()
    const section = await mod.run()
    if (only.length > 0 && !only.some((o) => section.title.toLowerCase().includes(o.toLowerCase()))) continue
    sections.push(section)
    console.log(`${table(section)}\n`)
  }
  const header = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, this machine (2 cores).`,
    'Each figure is the median of repeated runs, with its spread. Reproduce with `npm install && npm run bench`.',
    '',
  ]
  if (only.length === 0) writeFileSync('BENCHMARKS.md', `${[...header, ...sections.map(table)].join('\n')}\n`)
}

await main()
