/**
 * Runs the real worker for Node-side tests: `wrangler dev` (workerd, KV on disk) on a free loopback
 * port, with its own persistence folder. The browser test files share one (`sharedServer`, started by
 * global-setup.ts) and keep to their own quiz ids and class codes; a file that needs another config
 * starts its own with `startServer`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'

export const TEST_ADMIN_TOKEN = 'test-admin-token'
const ROOT = new URL('../../../', import.meta.url).pathname

export interface RunningServer {
  url: string
  port: number
  persistDir: string
  stop: () => Promise<void>
}

/** The `wrangler dev` that the node project's browser files share (test/node/harness/global-setup.ts). */
export function sharedServer(): { url: string } {
  return { url: inject('workerUrl') }
}

/**
 * Headers that make a Node-side request come from its own network (`CF-Connecting-IP`, which wrangler dev
 * passes on): files on the shared worker each make quizzes from their own address, so they never spend
 * one another's budget of 10 new quizzes a minute (the browser's requests come from 127.0.0.1).
 */
export function fromNetwork(address: string): Record<string, string> {
  return { 'cf-connecting-ip': address }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log()}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`wrangler dev did not become ready in ${timeoutMs} ms:\n${log()}`)
}

/** Starts `wrangler dev` on 127.0.0.1; pass `persistDir` to reuse KV from an earlier run (restart tests). */
export async function startServer(
  options: { persistDir?: string; port?: number; vars?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort())
  const persistDir = options.persistDir ?? mkdtempSync(join(tmpdir(), 'civic-quiz-kv-'))
  const vars = { ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...options.vars }
  const args = [
    'wrangler',
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--persist-to',
    persistDir,
    '--inspector-port',
    '0',
    '--show-interactive-dev-session=false',
  ]
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`)
  const child = spawn('npx', args, {
    cwd: ROOT,
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      NO_COLOR: '1',
      ...vars,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString()
  })
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString()
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url, child, () => output, 60_000)
  return {
    url,
    port,
    persistDir,
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      try {
        process.kill(-child.pid, 'SIGTERM') // the whole group: npx, wrangler and workerd
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }, 5_000)
      await exited
      clearTimeout(timer)
    },
  }
}
