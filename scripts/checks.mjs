/**
 * `npm test`'s static checks, all at once (scripts/test.mjs runs them beside vitest; `node
 * scripts/checks.mjs` runs them alone): tsc over the three configs, `wrangler types --check` and
 * Biome. Run one after another they took about 14 s on two cores, most of it one process waiting for
 * the last; at once, about the longest one. Each check prints one line; a failed one's output follows
 * it whole (not interleaved with the others'), and the exit code is 1 if any failed. `npm run typecheck`, `npm run types:check` and
 * `npm run lint` still run each alone.
 */
import { spawn } from 'node:child_process'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const BIN = join(new URL('..', import.meta.url).pathname, 'node_modules', '.bin')

/** The environment for the project's own tools: node_modules/.bin first on PATH, no wrangler metrics. */
export function toolEnv(extra = {}) {
  return {
    ...process.env,
    PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`,
    WRANGLER_SEND_METRICS: 'false',
    ...extra,
  }
}

const CHECKS = [
  ['tsc -p tsconfig.json', 'tsc', ['-p', 'tsconfig.json']],
  ['tsc -p tsconfig.node.json', 'tsc', ['-p', 'tsconfig.node.json']],
  ['tsc -p tsconfig.widget.json', 'tsc', ['-p', 'tsconfig.widget.json']],
  [
    'wrangler types --check',
    'wrangler',
    ['types', '--include-runtime=false', '--check', 'src/worker-configuration.d.ts'],
  ],
  ['biome check .', 'biome', ['check', '.']],
]

function run([label, command, args]) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(command, args, {
      env: toolEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    const done = (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      resolve({ label, code, seconds, text: Buffer.concat(output).toString('utf8') })
    }
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`))
      done(1)
    })
    child.on('close', (code) => done(code ?? 1))
  })
}

/** Runs every check at once; `onDone` sees each result as it ends. */
export function runChecks(onDone = () => {}) {
  return Promise.all(
    CHECKS.map((check) =>
      run(check).then((result) => {
        onDone(result)
        return result
      }),
    ),
  )
}

/** One line per check; a failed check's output follows it whole. */
export function printCheck({ label, code, seconds, text }) {
  const ok = code === 0
  process.stdout.write(`${ok ? 'ok' : 'FAILED'}  ${label} (${seconds} s)\n`)
  if (!ok) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await runChecks()
  for (const result of results) printCheck(result)
  process.exitCode = results.every((r) => r.code === 0) ? 0 : 1
}
