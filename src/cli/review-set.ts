/**
 * `npm run review:set -- --set validation|development --out DIR [--articles DIR]`: writes one review
 * sheet per article of a set named in docs/reviews/SPLIT.md, with the published headline, publisher and
 * date taken from the articles folder's SOURCES.md (a headline the source did not keep is left out, as a
 * teacher pasting the text would leave it out). The sheets are what an independent reviewer judges.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { generateQuiz } from '../quiz/index'
import { reviewSheet } from '../quiz/sheet'
import { ARTICLES_DIR } from './articles'

const ROOT = resolve(import.meta.dirname, '../..')

function flag(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? process.argv[at + 1] : fallback
  if (value === undefined) {
    process.stderr.write(`review:set: give --${name}\n`)
    process.exit(2)
  }
  return value
}

/** The file names listed under "## Validation" or "## Development" in SPLIT.md. */
export function setFiles(split: string, set: string): string[] {
  const files: string[] = []
  let inSet = false
  for (const line of split.split('\n')) {
    if (line.startsWith('## ')) inSet = line.toLowerCase().startsWith(`## ${set.toLowerCase()}`)
    else if (inSet && line.startsWith('- ')) files.push(line.slice(2).trim())
  }
  return files
}

interface SourceRow {
  title?: string
  publisher?: string
  license?: string
}

/** Rows of the SOURCES.md table by file name. */
export function sourceRows(sources: string): Map<string, SourceRow> {
  const rows = new Map<string, SourceRow>()
  for (const line of sources.split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    const file = cells[1] ?? ''
    if (!file.endsWith('.txt')) continue
    const title = cells[2] ?? ''
    const row: SourceRow = {}
    if (title && !title.startsWith('(')) row.title = title
    if (cells[3]) row.publisher = cells[3]
    if (cells[6]) row.license = cells[6]
    rows.set(file, row)
  }
  return rows
}

const set = flag('set')
const out = resolve(flag('out'))
const articles = resolve(flag('articles', ARTICLES_DIR))
const files = setFiles(readFileSync(resolve(ROOT, 'docs/reviews/SPLIT.md'), 'utf8'), set)
const rows = sourceRows(readFileSync(resolve(articles, 'SOURCES.md'), 'utf8'))
mkdirSync(out, { recursive: true })
for (const file of files) {
  const text = readFileSync(resolve(articles, file), 'utf8')
  const row = rows.get(file) ?? {}
  const name = basename(file, '.txt')
  try {
    const quiz = generateQuiz(text, { ...row })
    writeFileSync(resolve(out, `${name}.md`), `${reviewSheet(quiz)}`)
  } catch (err) {
    writeFileSync(resolve(out, `${name}.md`), `NO QUIZ: ${(err as Error).message}\n`)
  }
}
process.stdout.write(`${files.length} sheets in ${out}\n`)
