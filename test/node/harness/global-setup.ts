/**
 * Started once for the whole node project (vitest `globalSetup`): one `wrangler dev` and one headless
 * Chromium that every browser test file shares, instead of one of each per file. Their addresses reach
 * the test files through vitest's `provide`/`inject` (test/node/harness/shared.ts). Each file keeps to
 * its own quizzes, class codes and browser context, so files running side by side do not meet.
 *
 * The quizzes made at run time that the files need are written into the worker's local KV before it
 * starts (`wrangler kv bulk put --local`), each under its own id. Files that need another worker config
 * (the link import's IMPORT_ALLOW_LOOPBACK) or a restart start their own (test/node/harness/server.ts).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../src/cli/browser'
import type { StoredQuiz } from '../../../src/schema'
import { everyTypeStoredQuiz } from '../fixtures/every-type-quiz'
import { hostileStoredQuiz, notedStoredQuiz, owaspStoredQuiz } from '../fixtures/hostile-quiz'
import { startServer } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared `wrangler dev`: http://127.0.0.1:PORT */
    workerUrl: string
    /** The shared Chromium's playwright endpoint (ws://…) */
    chromiumEndpoint: string
  }
}

const ROOT = new URL('../../../', import.meta.url).pathname

/** The run-time quizzes the browser test files read: the hostile ones, the noted one, every type. */
function seeds(): StoredQuiz[] {
  return [hostileStoredQuiz(), owaspStoredQuiz(), notedStoredQuiz(), everyTypeStoredQuiz()]
}

/** Writes quizzes made at run time straight into the local KV that the server will use. */
function seedQuizzes(persistDir: string, stored: StoredQuiz[]): void {
  const file = join(persistDir, 'seed.json')
  writeFileSync(
    file,
    JSON.stringify(stored.map((s) => ({ key: `v1:quiz:${s.quiz.id}`, value: JSON.stringify(s) }))),
  )
  execFileSync(
    'npx',
    ['wrangler', 'kv', 'bulk', 'put', file, '--binding', 'KV', '--local', '--persist-to', persistDir],
    { cwd: ROOT, stdio: 'ignore', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
  )
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const persistDir = mkdtempSync(join(tmpdir(), 'civic-quiz-shared-'))
  seedQuizzes(persistDir, seeds())
  const [server, browser] = await Promise.all([
    startServer({ persistDir }),
    chromiumExecutable().then(({ path }) =>
      chromium.launchServer({ executablePath: path, headless: true, args: [...CHROMIUM_ARGS] }),
    ),
  ])
  project.provide('workerUrl', server.url)
  project.provide('chromiumEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await server.stop()
  }
}
