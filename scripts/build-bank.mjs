// Writes the built-in quizzes (questions/*.json, in questions/manifest.json order) into one file,
// dist/public/bank/quizzes.json, served by Workers static assets instead of being bundled into the
// worker. The bank holds the answers, so /bank/* is routed to the worker first (run_worker_first in
// wrangler.toml), which answers 404 to the public; the worker reads the file through env.ASSETS.fetch
// (src/store/builtin.ts). Run by wrangler's [build] command and before tests.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

const root = new URL('../', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(`${root}questions/manifest.json`, 'utf8'))
const quizzes = manifest.quizzes.map((entry) =>
  JSON.parse(readFileSync(`${root}questions/${entry.file}`, 'utf8')),
)
mkdirSync(`${root}dist/public/bank`, { recursive: true })
const path = `${root}dist/public/bank/quizzes.json`
const tmp = `${path}.${process.pid}.tmp`
writeFileSync(tmp, JSON.stringify(quizzes))
renameSync(tmp, path)
