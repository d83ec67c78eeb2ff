/**
 * WCAG 2.1 A/AA checks with axe-core on a page and every frame in it, cross-site frames included.
 *
 * axe-core runs in the page itself: its source is evaluated once per document (again only after a
 * navigation) and every frame allows messages from any origin, so `axe.run` in the top document walks
 * into the frames the way a screen reader meets them. @axe-core/playwright's default mode opened and
 * closed a blank page for every check (about 1.5 s of CPU each on two cores, and the test's own page
 * went to the background, where Chromium stops painting it); its legacy mode skips cross-site frames.
 */
import axe from 'axe-core'
import type { Frame, Page } from 'playwright-core'
import { expect } from 'vitest'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa']

async function injectAxe(frame: Frame): Promise<void> {
  if (await frame.evaluate(() => 'axe' in window)) return
  await frame.evaluate(axe.source)
  await frame.evaluate(() => {
    ;(window as unknown as { axe: typeof axe }).axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] })
  })
}

/** Every violation as `rule-id: selector, selector` (frames' selectors are joined with " "). */
export async function axeViolations(page: Page): Promise<string[]> {
  // A frame that is gone or navigating is skipped, as the library does: the run below sees what is there.
  for (const frame of page.frames()) await injectAxe(frame).catch(() => undefined)
  const violations = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run
    const results = await run(document, { runOnly: { type: 'tag', values: tags } })
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))
  }, TAGS)
  return violations.map((v) => `${v.id}: ${v.targets.join(', ')}`)
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([])
}
