/** Bundles pure code into one ES module with esbuild, the way wrangler ships it inside the worker. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** Bundles `entry` (relative to the repository) and returns the module's path. */
export function bundleModule(entry: string, name: string): string {
  const out = join(mkdtempSync(join(tmpdir(), `${name}-bench-`)), `${name}.mjs`)
  execFileSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      join(ROOT, entry),
      '--bundle',
      '--format=esm',
      '--platform=neutral',
      '--main-fields=module,main',
      `--outfile=${out}`,
      '--log-level=error',
    ],
    { cwd: ROOT },
  )
  return out
}
