// Writes dist/public/api/openapi.json: the OpenAPI 3.1 document generated from the zod schemas
// (src/api/openapi.ts), served as a static asset. Run with the browser build before dev, deploy and tests.
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = new URL('../', import.meta.url).pathname
const outfile = join(mkdtempSync(join(tmpdir(), 'civic-quiz-openapi-')), 'openapi.mjs')
await build({
  entryPoints: [`${root}src/api/openapi.ts`],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'warning',
})
const { openApiDocument } = await import(pathToFileURL(outfile).href)
const json = JSON.stringify(openApiDocument())

const dir = `${root}dist/public/api`
mkdirSync(dir, { recursive: true })
writeFileSync(`${dir}/openapi.json.${process.pid}.tmp`, json)
renameSync(`${dir}/openapi.json.${process.pid}.tmp`, `${dir}/openapi.json`)
