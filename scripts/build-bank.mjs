// Writes the built-in quizzes (questions/*.json, in questions/manifest.json order) into one file,
// dist/public/bank/quizzes.json, served by Workers static assets instead of being bundled into the
// worker, and for each quiz dist/public/bank/articles/{id}.json: its article, id salt and ranked
// alternates (questions/alternates/), which a copy of the quiz needs to swap questions and add them
// from sentences. The bank holds the answers, so /bank/* is routed to the worker first
// (run_worker_first in wrangler.toml), which answers 404 to the public; the worker reads the files
// through env.ASSETS.fetch (src/store/builtin.ts). Run by wrangler's [build] command and before tests.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

const root = new URL('../', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(`${root}questions/manifest.json`, 'utf8'))
const read = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'))

/** Writes a file whole or not at all (a reader never sees half of one). */
function writeAtomically(path, text) {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, path)
}

const quizzes = manifest.quizzes.map((entry) => read(`questions/${entry.file}`))
mkdirSync(`${root}dist/public/bank/articles`, { recursive: true })
writeAtomically(`${root}dist/public/bank/quizzes.json`, JSON.stringify(quizzes))
manifest.quizzes.forEach((entry, i) => {
  const { id } = quizzes[i]
  const { alternates } = read(`questions/alternates/${entry.file}`)
  const article = readFileSync(`${root}${entry.article}`, 'utf8')
  // a quiz made without a salt in the manifest was made with the empty one
  const copy = { id, article, idSalt: entry.options.idSalt ?? '', alternates }
  writeAtomically(`${root}dist/public/bank/articles/${id}.json`, JSON.stringify(copy))
})
