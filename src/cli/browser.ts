/**
 * The one place that decides which Chromium the browser tests, `npm run bench` and the Lighthouse bench
 * drive (through playwright-core or Lighthouse's launcher; never a downloaded browser). In order:
 *   1. `CHROMIUM_PATH`, when set (an error if nothing is there: the user asked for it);
 *   2. a Chromium or Chrome installed on the system (Debian/Ubuntu/Fedora paths, macOS apps, Windows);
 *   3. the Chromium build shipped inside the `@sparticuz/chromium` npm package, which `npm install` brings:
 *      unpacked once per clone into node_modules/.cache and launched with plain headless and the flags
 *      below, not the package's Lambda flags (which include `--single-process`).
 */
import { execFile } from 'node:child_process'
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

/** Flags for every launch (tests, bench, Lighthouse): no sandbox, GPU, QUIC or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

/** Where a system browser may live, per platform, most specific first. */
export const SYSTEM_CHROMIUM_PATHS: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
}

export type ChromiumChoice =
  | { source: 'CHROMIUM_PATH' | 'system'; path: string }
  | { source: '@sparticuz/chromium' }

export interface ChoiceInput {
  env: Readonly<Record<string, string | undefined>>
  platform: string
  /** Whether an executable file is at the path (see `isExecutableFile`). */
  exists: (path: string) => boolean
}

/** Which browser to use, given the environment and a way to test for files (pure: no I/O of its own). */
export function chooseChromium({ env, platform, exists }: ChoiceInput): ChromiumChoice {
  const wanted = env.CHROMIUM_PATH?.trim()
  if (wanted) {
    if (!exists(wanted))
      throw new Error(`CHROMIUM_PATH is set to ${wanted}, but there is no executable file there`)
    return { source: 'CHROMIUM_PATH', path: wanted }
  }
  const found = (SYSTEM_CHROMIUM_PATHS[platform] ?? []).find((path) => exists(path))
  return found === undefined ? { source: '@sparticuz/chromium' } : { source: 'system', path: found }
}

/** A regular file we may execute (a device, folder or unreadable file is no browser). */
export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const run = promisify(execFile)
let resolved: Promise<{ path: string; source: ChromiumChoice['source'] }> | undefined

/** The browser to launch, as an absolute path, and where it came from (memoised per process). */
export function chromiumExecutable(): Promise<{ path: string; source: ChromiumChoice['source'] }> {
  resolved ??= (async () => {
    const choice = chooseChromium({ env: process.env, platform: process.platform, exists: isExecutableFile })
    if (choice.source !== '@sparticuz/chromium') return choice
    return { path: await unpackPackagedChromium(), source: choice.source }
  })()
  return resolved
}

/**
 * Unpacks @sparticuz/chromium's browser into node_modules/.cache/civic-quiz-chromium-VERSION/ (about 2.5 s,
 * once per clone). The package unpacks into os.tmpdir(), and treats a half-written file there as done; so
 * it runs in a child process whose TMPDIR is a fresh folder, which is then renamed into place in one step:
 * test files launching at the same time each get a whole browser, and an interrupted unpack leaves nothing.
 */
async function unpackPackagedChromium(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium') // …/build/index.js
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '../package.json'), 'utf8')) as {
    version: string
  }
  const cache = join(REPO, 'node_modules', '.cache')
  const target = join(cache, `civic-quiz-chromium-${version}`)
  const executable = join(target, 'chromium')
  if (existsSync(executable)) return executable
  mkdirSync(cache, { recursive: true })
  const staging = mkdtempSync(join(cache, 'civic-quiz-chromium-unpacking-'))
  try {
    const script = "console.log(await (await import('@sparticuz/chromium')).default.executablePath())"
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: REPO,
      env: { ...process.env, TMPDIR: staging },
    })
    if (resolve(stdout.trim()) !== join(staging, 'chromium'))
      throw new Error(`@sparticuz/chromium unpacked to ${stdout.trim()}, not into ${staging}`)
    try {
      renameSync(staging, target)
    } catch (error) {
      // Another process put a whole browser there first: use it.
      if (!existsSync(executable)) throw error
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
  return executable
}
