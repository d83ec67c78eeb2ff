import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The default report, then one plain closing line (`N passed, N failed`) for CI to read.
    reporters: ['default', './test/reporters/plain-summary.ts'],
    // Three files at once, from both projects (vitest's default on two cores is one): a browser file
    // mostly waits on Chromium and workerd, and every file spends a second or more starting up.
    // Both projects share this pool (projects with different maxWorkers would run one after the other).
    maxWorkers: 3,
    projects: [
      {
        // Worker, storage, API and pure code: inside workerd with real KV.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { ADMIN_TOKEN: 'test-admin-token' } },
          }),
        ],
        test: {
          name: 'workers',
          include: ['test/**/*.test.ts'],
          exclude: ['test/node/**'],
          testTimeout: 30_000,
        },
      },
      {
        // CLIs, the real server (Miniflare / wrangler dev) and real Chromium: in Node.
        test: {
          name: 'node',
          include: ['test/node/**/*.test.ts'],
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
