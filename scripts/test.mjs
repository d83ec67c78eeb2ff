/**
 * `npm test` after the client build: the static checks (scripts/checks.mjs) and vitest at once. vitest
 * leaves a core idle for part of its run (files waiting on Chromium or workerd), and the checks take
 * about 17 s of CPU: beside it they cost a few seconds of wall time instead of 7–14.
 *
 * Each check prints one line when it ends (a failed one's output follows it whole). vitest's own last
 * line is the plain summary `N passed, N failed` (test/reporters/plain-summary.ts), which CI reads. If a
 * check failed, that is said after vitest ends, closed by a summary line that counts the failure, so the
 * last line still tells CI the truth; the exit code is 1 if anything failed.
 */
import { spawn } from 'node:child_process'
import { printCheck, runChecks, toolEnv } from './checks.mjs'

const checks = runChecks(printCheck)
const vitest = spawn('vitest', ['run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: toolEnv({ ADMIN_TOKEN: process.env.ADMIN_TOKEN ?? 'test-admin-token' }),
})
const vitestCode = await new Promise((resolve) => {
  vitest.on('error', () => resolve(1))
  vitest.on('close', (code) => resolve(code ?? 1))
})
const failed = (await checks).filter((r) => r.code !== 0)
if (failed.length > 0) {
  process.stdout.write(`static checks failed: ${failed.map((r) => r.label).join(', ')} (see above)\n`)
  process.stdout.write(`0 passed, ${failed.length} failed\n`)
}
process.exitCode = vitestCode === 0 && failed.length === 0 ? 0 : 1
