/**
 * Runs the bundled worker through Miniflare's API (workerd without wrangler's proxy), for load tests
 * and benchmarks. The bundle is what `wrangler deploy --dry-run` would upload.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { convertV4MiniflareOptions, Miniflare } from 'miniflare'

const ROOT = new URL('../../', import.meta.url).pathname

export interface BundleInfo {
  dir: string
  script: string
  /** "Total Upload: … / gzip: …" as wrangler printed it. */
  sizeLine: string
}

/** Bundles the worker as `wrangler deploy --dry-run` would (optionally minified) into a temporary folder. */
export function bundleWorker(options: { minify?: boolean } = {}): BundleInfo {
  const dir = mkdtempSync(join(tmpdir(), 'civic-quiz-bundle-'))
  const args = ['wrangler', 'deploy', '--dry-run', '--outdir', dir, ...(options.minify ? ['--minify'] : [])]
  const out = execFileSync('npx', args, {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const sizeLine = /Total Upload:[^\n]*/.exec(out)?.[0] ?? ''
  return { dir, script: join(dir, 'index.js'), sizeLine }
}

export const COMPATIBILITY_DATE =
  /compatibility_date\s*=\s*"([^"]+)"/.exec(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'))?.[1] ??
  '2026-11-01'

export interface WorkerOptions {
  scriptPath: string
  /** Folder for KV on disk; reuse it to restart with the same data. */
  persistDir?: string
  port?: number
  adminToken?: string
  /** Overrides of the rate limits (a load test from one address raises them). */
  attemptLimit?: number
  createLimit?: number
  /** Serve dist/public as static assets in front of the worker, as Cloudflare does (default true). */
  assets?: boolean
}

/** Starts the bundled worker on 127.0.0.1 with KV on disk. */
export async function startMiniflare(options: WorkerOptions): Promise<{ mf: Miniflare; url: URL }> {
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      modules: true,
      scriptPath: options.scriptPath,
      modulesRoot: dirname(options.scriptPath),
      compatibilityDate: COMPATIBILITY_DATE,
      kvNamespaces: ['KV'],
      // one Durable Object per run-time quiz, with SQLite storage (wrangler.toml [[durable_objects.bindings]])
      durableObjects: { QUIZ: { className: 'QuizObject', useSQLite: true } },
      bindings: { ADMIN_TOKEN: options.adminToken ?? 'test-admin-token' },
      ratelimits: {
        ATTEMPT_LIMITER: { namespace_id: '1001', simple: { limit: options.attemptLimit ?? 200, period: 60 } },
        CREATE_LIMITER: { namespace_id: '1002', simple: { limit: options.createLimit ?? 10, period: 60 } },
      },
      ...(options.persistDir === undefined ? {} : { resourcePersistencePath: options.persistDir }),
      ...(options.assets === false
        ? {}
        : {
            assets: {
              directory: join(ROOT, 'dist/public'),
              binding: 'ASSETS',
              routerConfig: { has_user_worker: true },
            },
          }),
      cf: false,
      host: '127.0.0.1',
      port: options.port ?? 0,
    }),
  )
  const url = await mf.ready
  return { mf, url }
}
