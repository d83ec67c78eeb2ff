import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

/**
 * Test files of pure code: they import no `cloudflare:` module, call no worker and use no binding, so
 * they run in plain Node (the `pure` project) and skip workerd's module loading, which costs each
 * workerd file a second or more. test/quiz and test/facts hold such tests only (a test of them that
 * needs the worker or KV belongs under test/api or test/store). In Node, `import 'cloudflare:workers'`
 * fails at once, so a file listed here by mistake cannot pass quietly.
 */
export const PURE_TESTS = [
  'test/quiz/**/*.test.ts',
  // robustness.test.ts reads 1 MB lines of quotes: about 1.5× slower on Node's V8 than in workerd (19 s
  // against 11 s here), so it stays in workerd, where it ran before
  'test/facts/!(robustness).test.ts',
  'test/article/**/*.test.ts',
  'test/import/**/*.test.ts',
  'test/shared/**/*.test.ts',
  'test/embed/snippets.test.ts',
  'test/util.test.ts',
]

/** The worker's npm dependencies as src/ imports them, and fast-check (a missing one still loads, unbundled and slower). */
const WORKER_DEPS = [
  'chrono-node/en',
  'linkedom',
  '@mozilla/readability',
  'zod',
  'zod/mini',
  'zod/v4/core',
  'hono',
  'hono/tiny',
  'hono/jsx',
  'hono/jsx/jsx-runtime',
  'hono/body-limit',
  'hono/http-exception',
  'hono/factory',
  'hono/cors',
  'hono/csrf',
  'fast-check',
]

export default defineConfig({
  test: {
    // The default report, then one plain closing line (`N passed, N failed`) for CI to read.
    reporters: ['default', './test/reporters/plain-summary.ts'],
    // Three files at once, from every project (vitest's default on two cores is one): a browser file
    // mostly waits on Chromium and workerd, and every file spends a second or more starting up.
    // The projects share this pool (projects with different maxWorkers would run one after the other).
    maxWorkers: 3,
    projects: [
      {
        // Pure code (article → facts → quiz, the shared browser/server helpers, the importer's reader): plain Node.
        test: {
          name: 'pure',
          include: PURE_TESTS,
          environment: 'node',
          // One module graph per worker process, not per file: pure modules hold no state between calls
          // (no vi.mock here; a spy is restored after its test), and importing src/quiz and zod once per
          // process instead of once per file halves the project's CPU time.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        // Worker, storage and API: inside workerd with real KV.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { ADMIN_TOKEN: 'test-admin-token' } },
          }),
        ],
        test: {
          name: 'workers',
          include: ['test/**/*.test.ts'],
          // One module graph per workerd runner, not per file: without it every file imported the worker
          // and its dependencies again (about 3 s of CPU a file). Storage stays real KV; files keep to
          // their own quiz ids, class codes and client addresses, as they already must within a file.
          isolate: false,
          // The worker's dependencies pre-bundled once into one module each (node_modules/.vite), instead of
          // hundreds of small modules loaded one by one into workerd.
          deps: { optimizer: { ssr: { enabled: true, include: WORKER_DEPS } } },
          exclude: ['test/node/**', ...PURE_TESTS],
          testTimeout: 30_000,
        },
      },
      {
        // CLIs, the real server (Miniflare / wrangler dev) and real Chromium: in Node.
        test: {
          name: 'node',
          include: ['test/node/**/*.test.ts'],
          // One module graph per worker process, not per file (playwright-core, zod, src/ imported once:
          // about 9 s less CPU a run). Node files mock nothing and keep their state in their own browser
          // contexts, quizzes and servers; a built-in patched to count work is restored after its test.
          isolate: false,
          // One wrangler dev and one Chromium for every browser file (test/node/harness/global-setup.ts).
          globalSetup: ['./test/node/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page's answer can take more than expect.poll's default second on a busy 2-core machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
})
