/**
 * The accessibility check the browser tests rely on (test/node/harness/axe.ts) must see what it is
 * for: a violation in the page, and one inside a frame from another origin, on the first check and on
 * a second check of the same page.
 */
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { axeViolations } from './harness/axe'
import { launchBrowser } from './harness/browser'
import { type HostSite, startHostSite } from './harness/host-site'

let site: HostSite
let context: BrowserContext

const PAGE = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Class page</title></head><body><main><h1>Class page</h1>${body}</main></body></html>`
/** A 1×1 GIF, shown with no text alternative. */
const IMAGE = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='

beforeAll(async () => {
  site = await startHostSite((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8')
    if (req.url === '/frame') res.end(PAGE(`<img src="${IMAGE}">`))
    else if (req.url === '/clean') res.end(PAGE('<p>Nothing to report.</p>'))
    else {
      // the frame comes from another origin than the page (localhost against 127.0.0.1)
      const frame = site.url.replace('localhost', '127.0.0.1')
      res.end(PAGE(`<button></button><iframe src="${frame}/frame" title="Quiz"></iframe>`))
    }
  })
  context = await launchBrowser()
})

afterAll(async () => {
  await context?.close()
  await site?.close()
})

it('reports a violation in the page and one in a cross-origin frame, and again on a second check', async () => {
  const page = await context.newPage()
  await page.goto(`${site.url}/`)
  await page.frameLocator('iframe').locator('img').waitFor({ state: 'attached' })
  for (let check = 0; check < 2; check++) {
    const violations = await axeViolations(page)
    // axe names each node by its shortest unique selector; a node in a frame by the frame's, then its own
    expect(violations).toEqual(['button-name: button', 'image-alt: iframe img'])
  }
  // after a navigation the new document is checked, not the old one's results
  await page.goto(`${site.url}/clean`)
  expect(await axeViolations(page)).toEqual([])
  await page.close()
})
