/**
 * A teacher makes a quiz from a link in a real Chromium: a news page served by a local site on
 * 127.0.0.1, the real worker under wrangler dev with IMPORT_ALLOW_LOOPBACK=true. The home page shows
 * what was read (headline, date, outlet, author, the text collapsed), the teacher view opens, and a
 * student takes the quiz, whose source line names the page's headline, outlet and date.
 */
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COUNCIL_PARAGRAPHS } from '../fixtures/pages'
import { expectNoAxeViolations } from './harness/axe'
import { launchBrowser, outputDir, takeScreenshots } from './harness/browser'
import { type PageSite, startPageSite } from './harness/page-site'
import { type RunningServer, startServer } from './harness/server'

let site: PageSite
let worker: RunningServer
let browser: BrowserContext

beforeAll(async () => {
  site = await startPageSite()
  worker = await startServer({ vars: { IMPORT_ALLOW_LOOPBACK: 'true' } })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await worker?.stop()
  await site?.stop()
})

describe('a teacher makes a quiz from a link', () => {
  it('pastes the link, checks what was read, opens the teacher view, and a class takes the quiz', async () => {
    const page = await browser.newPage()
    await page.goto(worker.url)
    await page.getByLabel('Link to a news article').fill(`${site.url}/article`)
    await page.getByRole('button', { name: 'Make the quiz' }).click()

    const panel = page.getByRole('region', { name: 'Read from the page' })
    await panel.waitFor()
    expect(await panel.locator('[data-imported-source]').textContent()).toBe(
      'Council approves $4.5m bridge repairs (The Riverton Courier), 2026-03-10 · by Mara Quinn',
    )
    const text = panel.locator('details')
    expect(await text.locator('p').first().isVisible()).toBe(false) // collapsed until asked for
    await text.locator('summary').click()
    expect(await text.locator('p').allTextContents()).toEqual(COUNCIL_PARAGRAPHS)
    await expectNoAxeViolations(page)
    if (takeScreenshots())
      await page.screenshot({ path: `${outputDir()}import-preview-1280.png`, fullPage: true })

    await page.getByRole('link', { name: 'Open the teacher view to share the quiz' }).click()
    await page.waitForURL(/\/teach\/[a-z0-9-]+$/)
    const id = new URL(page.url()).pathname.split('/').pop() ?? ''
    await expect.poll(() => page.locator('[data-questions] > li').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('.source').first().textContent()).toContain(
      'Council approves $4.5m bridge repairs',
    )

    const student = await browser.newPage()
    await student.goto(`${worker.url}/quiz/${id}?class=room-7`)
    expect(await student.locator('main .source').first().textContent()).toMatch(
      /Council approves \$4\.5m bridge repairs,\s*The Riverton Courier,\s*2026-03-10/,
    )
    const link = student.getByRole('link', { name: 'Council approves $4.5m bridge repairs' })
    expect(await link.getAttribute('href')).toBe('https://courier.example.com/news/2026/03/10/bridge')
    const questions = student.locator('fieldset')
    const count = await questions.count()
    for (let i = 0; i < count; i++) {
      const radios = questions.nth(i).getByRole('radio')
      if ((await radios.count()) > 0) await radios.first().check()
      else await questions.nth(i).getByRole('textbox').fill('bridge')
    }
    await student.getByRole('button', { name: 'Check answers' }).click()
    await expect
      .poll(() => student.getByRole('status').first().textContent())
      .toMatch(new RegExp(`^You scored \\d+ out of ${count}$`))
    await student.close()

    await page.getByRole('button', { name: 'Refresh results' }).click()
    await expect.poll(() => page.locator('[data-summary]').textContent()).toMatch(/^1 attempt · /)
    await page.close()
  })

  it('shows the reason when a link is refused, keeping the link in the field', async () => {
    const page = await browser.newPage()
    await page.goto(worker.url)
    await page.getByLabel('Link to a news article').fill(`${site.url}/report.pdf`)
    await page.getByRole('button', { name: 'Make the quiz' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/application\/pdf, not a web page/)
    expect(await page.getByLabel('Link to a news article').inputValue()).toBe(`${site.url}/report.pdf`)
    await page.close()
  })
})
