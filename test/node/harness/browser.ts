/**
 * Chromium through playwright-core: one browser for the node project (global-setup.ts launches it; which
 * one — CHROMIUM_PATH, the system's, or the one npm installs — is src/cli/browser.ts's choice), a new
 * context per file or per test.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Download, type Page } from 'playwright-core'
import { inject } from 'vitest'

/**
 * Blocks storage in a frame of another site than the top page's, as schools' browsers do (they block
 * third-party cookies and site data): reading `localStorage` or `sessionStorage` there throws a
 * SecurityError. Debian's Chromium 156 does this by itself under playwright-core (which turns off storage
 * partitioning); the headless build in @sparticuz/chromium 153 does not, and reads no setting for it; so
 * every context gets it, and the embed tests see the same locked-down frame whichever browser runs.
 */
function blockThirdPartyStorage(): void {
  const ancestors = location.ancestorOrigins
  const top = ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined
  if (top === undefined || new URL(top).hostname === location.hostname) return
  for (const key of ['localStorage', 'sessionStorage'])
    Object.defineProperty(window, key, {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
    })
}

/**
 * A fresh browser context (its own cookies, storage and cache) in the Chromium that the whole node
 * project shares (started once by test/node/harness/global-setup.ts). Closing the context also drops
 * this file's connection to that browser.
 */
export async function launchBrowser(
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const browser = await chromium.connect(inject('chromiumEndpoint'))
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  })
  await context.addInitScript(blockThirdPartyStorage)
  // Closing the context (as every file does in afterAll) also ends this connection to the shared browser.
  const closeContext = context.close.bind(context)
  context.close = async (options) => {
    await closeContext(options)
    await browser.close()
  }
  return context
}

/** The text of a finished download (the shared browser keeps its files to itself: it is saved here first). */
export async function downloadedText(download: Download): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'civic-quiz-download-')), download.suggestedFilename())
  await download.saveAs(file)
  return readFileSync(file, 'utf8')
}

/** Where screenshots and other test output go (git-ignored). */
export function outputDir(): string {
  const dir = new URL('../../../test-output/', import.meta.url).pathname
  mkdirSync(dir, { recursive: true })
  return dir
}

/** A new page whose clock (Date, timers; in every frame, cross-site ones too) stands still until the test moves it. */
export async function newPageOnFakeClock(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  const start = Date.now()
  await page.clock.install({ time: start })
  await page.clock.pauseAt(start + 1000)
  return page
}

/**
 * Moves the page's fake clock (newPageOnFakeClock) on in steps of `stepMs` until `done()` holds,
 * and returns how far it moved: the page's timers (retry backoff, countdowns) fire as the clock passes
 * them, with no real waiting. What `done()` watches may show up a step late, so the answer is an upper
 * bound, to within one step, of the page time at which it happened.
 */
export async function runClockUntil(
  page: Page,
  done: () => boolean,
  { stepMs = 100, maxMs = 60_000 }: { stepMs?: number; maxMs?: number } = {},
): Promise<number> {
  for (let ms = 0; ms <= maxMs; ms += stepMs) {
    if (done()) return ms
    await page.clock.runFor(stepMs)
  }
  throw new Error(`not done after ${maxMs} ms on the page's clock`)
}

/**
 * True when a run should refresh the README's screenshots in docs/ (`UPDATE_SCREENSHOTS=1 npm
 * test`); otherwise tests write their screenshots to test-output/ only, so a test run (and CI) never
 * changes committed files.
 */
export function updateDocsScreenshots(): boolean {
  return process.env.UPDATE_SCREENSHOTS === '1'
}

/**
 * True when a run takes screenshots at all: to refresh the README's (UPDATE_SCREENSHOTS=1) or to look
 * at them in test-output/ (SCREENSHOTS=1). A plain run (and CI) takes none: a full-page PNG costs about
 * a second of CPU on two cores and asserts nothing.
 */
export function takeScreenshots(): boolean {
  return updateDocsScreenshots() || process.env.SCREENSHOTS === '1'
}

const DOCS = new URL('../../../docs/', import.meta.url).pathname

/**
 * Full-page screenshots of `page` at 375 and 1280 px as test-output/NAME-WIDTH.png, copied into docs/
 * (the README shows them) when refreshing; nothing on a plain run. The page is left at 1280 × 900.
 */
export async function screenshotWidths(page: Page, name: string): Promise<void> {
  if (!takeScreenshots()) return
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    const file = `${outputDir()}${name}-${width}.png`
    await page.screenshot({ path: file, fullPage: true })
    if (updateDocsScreenshots()) {
      mkdirSync(DOCS, { recursive: true })
      copyFileSync(file, `${DOCS}${name}-${width}.png`)
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}
