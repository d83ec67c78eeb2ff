import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The default report, then one plain closing line (`N passed, N failed`) for CI to read.
    reporters: ['default', './test/reporters/plain-summary.ts'],
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
          // Browser files mostly wait on Chromium and workerd: run three at once even on two cores.
          maxWorkers: 3,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
