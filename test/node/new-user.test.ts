import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Quiz } from '../../src/schema'
import { embedSnippets } from '../../src/shared/embed-snippets'
import { EVERY_TYPE_QUIZ_ID, EVERY_TYPE_TOKEN, everyTypeQuiz } from './fixtures/every-type-quiz'
import { launchBrowser, outputDir, takeScreenshots, updateDocsScreenshots } from './harness/browser'
import { type HostSite, startHostSite } from './harness/host-site'
import { sharedServer } from './harness/server'

const ROOT = new URL('../../', import.meta.url).pathname
/** The README's screenshots when asked to refresh them (UPDATE_SCREENSHOTS=1), else test-output/. */
const SCREENS = updateDocsScreenshots() ? join(ROOT, 'docs/screens') : join(outputDir(), 'screens')
const TOKEN = EVERY_TYPE_TOKEN
/** Seeded into the shared worker's KV by global-setup.ts. */
const QUIZ_ID = EVERY_TYPE_QUIZ_ID

/** The node project's shared wrangler dev (this file keeps to its own quizzes and class codes). */
const server = sharedServer()
let host: HostSite
let browser: BrowserContext
let quiz: Quiz

beforeAll(async () => {
  quiz = everyTypeQuiz()
  const snippets = embedSnippets(server.url, QUIZ_ID, 'room-5', quiz.title, quiz.questions.length)
  const pages: Record<string, string> = {
    '/widget': `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width,initial-scale=1"><title>Widget</title></head><body style="margin:0;padding:8px;font-family:Georgia,serif">${snippets.widget}</body></html>`,
    '/both': `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width,initial-scale=1"><title>Both</title></head><body>${snippets.widget}\n${snippets.iframe}</body></html>`,
  }
  host = await startHostSite((req, res) => {
    const page = pages[req.url ?? '']
    res.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page ?? 'not found')
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

/** Every legend whose top sits above the inside of its fieldset's top border (it would cross the line). */
async function legendsAcrossBorders(scope: Locator): Promise<string[]> {
  return scope.locator('fieldset').evaluateAll((sets) =>
    sets.flatMap((set) => {
      const legend = set.querySelector('legend')
      if (!legend) return []
      const inner = set.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(set).borderTopWidth)
      return legend.getBoundingClientRect().top < inner - 0.5 ? [legend.textContent ?? ''] : []
    }),
  )
}

describe('every question type, laid out inside its box', () => {
  for (const width of [320, 375, 1280]) {
    it(`at ${width} px in the widget, the embed and the quiz page (screenshots in docs/screens)`, async () => {
      mkdirSync(SCREENS, { recursive: true })
      const page = await browser.newPage()
      await page.setViewportSize({ width, height: 900 })
      const views: Array<[string, string, (p: Page) => Locator]> = [
        ['widget', `${host.url}/widget`, (p) => p.locator('civic-quiz')],
        ['embed', `${server.url}/embed/${QUIZ_ID}`, (p) => p.locator('main')],
        ['quiz', `${server.url}/quiz/${QUIZ_ID}`, (p) => p.locator('main')],
      ]
      for (const [name, url, scope] of views) {
        await page.goto(url)
        await scope(page).locator('fieldset').first().waitFor()
        expect(await scope(page).locator('fieldset').count()).toBe(quiz.questions.length)
        expect(await legendsAcrossBorders(scope(page)), `${name} at ${width} px`).toEqual([])
        // nothing wider than the screen
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        if (takeScreenshots())
          await page.screenshot({ path: join(SCREENS, `${name}-${width}.jpg`), fullPage: true, quality: 60 })
      }
      await page.close()
    })
  }
})

describe('focus follows what the student did', () => {
  it('moves to the score after "Check answers" on the quiz page, the embed and in the widget', async () => {
    const page = await browser.newPage()
    for (const url of [`${server.url}/quiz/${QUIZ_ID}`, `${server.url}/embed/${QUIZ_ID}`]) {
      await page.goto(url)
      // every question answered, so no "Send anyway" step stands between the button and the score
      for (const fieldset of await page.locator('fieldset').all()) {
        const radios = fieldset.getByRole('radio')
        if ((await radios.count()) > 0) await radios.first().check()
        else await fieldset.getByRole('textbox').fill('answer')
      }
      await page.getByRole('button', { name: 'Check answers' }).click()
      await page.getByText(/^You scored \d+ out of \d+/).waitFor()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cq-score')
    }
    await page.goto(`${host.url}/widget`)
    await page.getByRole('button', { name: 'Check answers' }).click()
    await page.getByText(/^You scored \d+ out of \d+/).waitFor()
    expect(
      await page.evaluate(() => document.querySelector('civic-quiz')?.shadowRoot?.activeElement?.textContent),
    ).toMatch(/^You scored/)
    await page.close()
  })

  it('moves to the next question after a question is removed, and to the list heading after the last', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/teach/${QUIZ_ID}#token=${TOKEN}`)
    const items = page.locator('[data-questions] > li')
    await items.first().waitFor()
    const second = (await items.nth(1).locator('h3').textContent()) ?? ''
    await page.getByRole('button', { name: 'Remove question 1', exact: true }).click()
    await page.getByRole('button', { name: 'Yes, remove question 1' }).click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.querySelector('h3')?.textContent))
      .toBe(second)
    const count = await items.count()
    await page.getByRole('button', { name: `Remove question ${count}`, exact: true }).click()
    await page.getByRole('button', { name: `Yes, remove question ${count}` }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('questions-h')
    await page.close()
  })
})

describe('class codes in the share kit', () => {
  it('an invalid code blocks copying, with the reason next to the field; a valid one is shown back lowercase', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/teach/${QUIZ_ID}`)
    const code = page.getByRole('textbox', { name: /Class code/ })
    await code.fill('period')
    await code.pressSequentially(' 3')
    await expect.poll(() => page.locator('#class-code-error').textContent()).toMatch(/no spaces/)
    for (const name of [
      'Copy student link',
      'Copy widget snippet',
      'Copy iframe snippet',
      'Copy oEmbed link',
    ])
      expect(await page.getByRole('button', { name }).isDisabled(), name).toBe(true)
    expect(await page.locator('#student-link').inputValue()).toBe('')
    expect(await page.locator('#widget-snippet').inputValue()).not.toContain('period')
    await code.fill('Case-Test')
    await code.blur()
    expect(await code.inputValue()).toBe('case-test')
    expect(await page.locator('#student-link').inputValue()).toBe(
      `${server.url}/quiz/${QUIZ_ID}?class=case-test`,
    )
    expect(await page.getByRole('button', { name: 'Copy student link' }).isDisabled()).toBe(false)
    expect(await page.locator('#class-code-error').textContent()).toBe('')
    await page.close()
  })
})

describe('the results table on a phone', () => {
  it('keeps every header word whole at 320 px', async () => {
    const post = (name: string) =>
      fetch(`${server.url}/api/quizzes/${QUIZ_ID}/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ class: 'phone', name, answers: {} }),
      })
    expect((await post('Alexandrina-Konstantinopoulou')).status).toBe(201)
    const page = await browser.newPage()
    await page.setViewportSize({ width: 320, height: 700 })
    await page.goto(`${server.url}/teach/${QUIZ_ID}?class=phone#token=${TOKEN}`)
    await page.locator('[data-results] thead th').first().waitFor()
    const lines = await page.locator('[data-results] thead th').evaluateAll((cells) =>
      cells.map((th) => {
        const range = document.createRange()
        range.selectNodeContents(th)
        return [th.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size]
      }),
    )
    expect(lines).toEqual([
      ['Name', 1],
      ['Score', 1],
      ['Time', 1],
      ['Version', 1],
    ])
    await page.close()
  })
})

describe('a host page holding both embed snippets', () => {
  it('runs widget.js once and logs no postMessage warning', async () => {
    const page = await browser.newPage()
    const warnings: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text())
    })
    const loads: string[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/widget.js')) loads.push(r.url())
    })
    await page.goto(`${host.url}/both`)
    await page.locator('civic-quiz').getByRole('button', { name: 'Check answers' }).waitFor()
    await page.frameLocator('iframe').getByRole('button', { name: 'Check answers' }).waitFor()
    await page.waitForTimeout(500)
    expect(warnings.filter((w) => /postMessage/.test(w))).toEqual([])
    expect(loads).toHaveLength(1)
    await page.close()
  })
})
