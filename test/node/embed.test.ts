import type { BrowserContext, Frame, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Quiz } from '../../src/schema'
import { embedHeight, embedSnippets } from '../../src/shared/embed-snippets'
import { COUNCIL_ARTICLE } from '../fixtures/passages'
import { HOSTILE_QUIZ, HOSTILE_QUIZ_ID } from './fixtures/hostile-quiz'
import { expectNoAxeViolations } from './harness/axe'
import {
  launchBrowser,
  newPageOnFakeClock,
  outputDir,
  runClockUntil,
  takeScreenshots,
} from './harness/browser'
import { type HostSite, startHostSite } from './harness/host-site'
import { fromNetwork, sharedServer } from './harness/server'

const _ROOT = new URL('../../', import.meta.url).pathname
const CLASS = 'room-12'

/** The node project's shared wrangler dev (this file keeps to its own quizzes and class codes). */
const server = sharedServer()
let host: HostSite | undefined
let hostUrl: string
let context: BrowserContext
let pages: Record<string, string>
/** The quiz the teacher made from an article at run time, with its answers, and its teacher token. */
let quiz: Quiz
let teacherToken: string

/** Makes the host page throw on storage and cookies, and records every message it receives. */
const HOST_HEAD = `<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<script>
  window.received = [];
  addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
  for (const key of ['localStorage', 'sessionStorage'])
    Object.defineProperty(window, key, { get() { window.storageTouched = key; throw new DOMException('blocked', 'SecurityError') } });
  Object.defineProperty(document, 'cookie', { get() { window.storageTouched = 'cookie'; return '' }, set() { window.storageTouched = 'cookie' } });
</script>
<style>body{font-family:Georgia,serif;margin:0;padding:1rem;color:#222;background:#f6f5f2} main{max-width:760px;margin:auto} civic-quiz{--civic-quiz-accent:#6a1b9a}</style>`

function hostPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title>${HOST_HEAD}</head><body><main><h1>${title}</h1>${body}</main></body></html>`
}

function hostPages(): Record<string, string> {
  return {
    // WordPress embeds discovered oEmbed iframes sandboxed, with a secret in the fragment.
    '/wordpress': hostPage(
      'A WordPress post',
      `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="abc"
        src="${server.url}/embed/${quiz.id}#?secret=abc" title="Quiz" width="600" height="400"></iframe>`,
    ),
    '/frame-only': hostPage(
      'Room 13',
      embedSnippets(server.url, quiz.id, 'room-13', quiz.title, quiz.questions.length).iframe,
    ),
    '/retry': hostPage(
      'Flaky school network',
      `<script src="${server.url}/widget.js" async></script><civic-quiz quiz="${quiz.id}" class-code="retry-room"></civic-quiz>`,
    ),
    '/hostile': hostPage(
      'Hostile quiz',
      `${embedSnippets(server.url, HOSTILE_QUIZ_ID, null, HOSTILE_QUIZ.title, 2).widget}
       ${embedSnippets(server.url, HOSTILE_QUIZ_ID, null, HOSTILE_QUIZ.title, 2).iframe}`,
    ),
  }
}

beforeAll(async () => {
  const res = await fetch(`${server.url}/api/quizzes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...fromNetwork('198.51.100.21') },
    body: JSON.stringify({ article: COUNCIL_ARTICLE, title: 'Riverton council approves bridge repairs' }),
  })
  if (res.status !== 201) throw new Error(`could not make the quiz: ${res.status} ${await res.text()}`)
  ;({ quiz, teacherToken } = (await res.json()) as { quiz: Quiz; teacherToken: string })
  pages = hostPages()
  host = await startHostSite((req, res) => {
    const page = pages[req.url ?? '']
    res.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page ?? 'not found')
  })
  hostUrl = host.url
  context = await launchBrowser()
})

afterAll(async () => {
  await context?.close()
  await host?.close()
})

/** Choices that get every other question right; returns the answers given and the expected score. */
function choose(offset: number): {
  picks: Array<{ legend: string; answer: string; right: boolean }>
  score: number
} {
  const picks = quiz.questions.map((q, i) => {
    const right = (i + offset) % 2 === 0
    const legend = `${i + 1}. ${q.prompt}`
    if (q.options === undefined) return { legend, answer: right ? (q.accept?.[0] ?? '') : 'nothing', right }
    const index = right ? (q.answer ?? 0) : ((q.answer ?? 0) + 1) % q.options.length
    return { legend, answer: q.options[index] ?? '', right }
  })
  return { picks, score: picks.filter((p) => p.right).length }
}

/** Answers every question in `scope` (a widget or a frame) with the keyboard-reachable controls. */
async function answer(scope: Locator | ReturnType<Page['frameLocator']>, offset: number, name: string) {
  const { picks, score } = choose(offset)
  await scope.getByRole('textbox', { name: /first name/i }).fill(name)
  for (const pick of picks) {
    const group = scope.getByRole('group', { name: pick.legend, exact: true })
    const radio = group.getByRole('radio', { name: pick.answer, exact: true })
    if ((await group.getByRole('radio').count()) > 0) await radio.check()
    else await group.getByRole('textbox').fill(pick.answer)
  }
  await scope.getByRole('button', { name: 'Check answers' }).click()
  return score
}

function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${server.url}/embed/`))
  if (frame === undefined) throw new Error('no embed frame on the page')
  return frame
}

/** Waits until the host has sized the frame to its content: no inner scrollbar. */
async function frameFits(page: Page, frame: Frame): Promise<{ outer: number; inner: number }> {
  const element = page.locator(`iframe[src^="${server.url}/embed/"]`)
  let size = { outer: 0, inner: 1 }
  for (let i = 0; i < 50; i++) {
    const inner = await frame.evaluate(() => document.documentElement.scrollHeight)
    const outer = await element.evaluate((el) => el.clientHeight)
    size = { outer, inner }
    if (outer >= inner && Math.abs(outer - inner) <= 2) return size
    await page.waitForTimeout(100)
  }
  throw new Error(`the frame does not fit its content: ${JSON.stringify(size)}`)
}

async function results(): Promise<{
  attempts: number
  recent: Array<{ name: string | null; score: number }>
}> {
  const res = await fetch(`${server.url}/api/quizzes/${quiz.id}/results?class=${CLASS}`, {
    headers: { authorization: `Bearer ${teacherToken}` },
  })
  return (await res.json()) as { attempts: number; recent: Array<{ name: string | null; score: number }> }
}

describe('a class page on another site', () => {
  it('takes a new quiz from the share kit: two students in the widget and the iframe, which fits its content', async () => {
    // The teacher view of the new quiz: pick the class, copy the widget and the iframe snippets.
    const teacher = await context.newPage()
    await teacher.goto(`${server.url}/teach/${quiz.id}#token=${teacherToken}`)
    await teacher.getByLabel('Class code').fill(CLASS)
    await teacher.getByLabel(/^Show results of class/).fill(CLASS)
    const summary = teacher.locator('[data-summary]')
    await expect.poll(() => summary.textContent()).toBe('No attempts yet.')
    const widgetSnippet = await teacher.getByLabel('Widget snippet').inputValue()
    const iframeSnippet = await teacher.getByLabel('Iframe snippet').inputValue()
    expect(widgetSnippet).toContain(`class-code="${CLASS}"`)
    expect(iframeSnippet).toContain(`/embed/${quiz.id}?class=${CLASS}"`)
    pages['/class-page'] = hostPage(
      'Room 12: civics this week',
      `<p>Read the article, then take the quiz below.</p><section aria-label="Quiz in the page">${widgetSnippet}</section>
       <h2>The same quiz in a frame</h2>${iframeSnippet}`,
    )

    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${hostUrl}/class-page`)

    // The widget, in the page: shadow DOM pierced by role locators.
    const widget = page.locator('civic-quiz')
    await widget.getByRole('button', { name: 'Check answers' }).waitFor()
    // It follows the host's font and takes the host's theme.
    const button = widget.getByRole('button', { name: 'Check answers' })
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(106, 27, 154)')
    expect(
      await widget
        .getByRole('group')
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily),
    ).toBe('Georgia, serif')
    const widgetScore = await answer(widget, 0, 'Ana')
    const status = widget.getByRole('status')
    await widget.getByText(/^You scored \d+ out of \d+$/).waitFor()
    expect(await status.textContent()).toBe(`You scored ${widgetScore} out of ${quiz.questions.length}`)
    expect(await widget.getByText('Right.', { exact: true }).count()).toBe(widgetScore)
    expect(await widget.locator('mark').count()).toBeGreaterThan(0)

    // The iframe: a third party, so Chromium gives it no storage.
    const frame = embedFrame(page)
    expect(
      await frame.evaluate(() => {
        try {
          return String(window.localStorage.length)
        } catch (e) {
          return (e as Error).name
        }
      }),
    ).toBe('SecurityError')
    const before = await frameFits(page, frame)
    const frameLocator = page.frameLocator(`iframe[src^="${server.url}/embed/"]`)
    const frameScore = await answer(frameLocator, 1, 'Ben')
    await frameLocator.getByText(/^You scored \d+ out of \d+$/).waitFor()
    expect(await frameLocator.getByRole('status').filter({ hasText: 'You scored' }).textContent()).toContain(
      `You scored ${frameScore} out of ${quiz.questions.length}`,
    )
    const after = await frameFits(page, frame)
    expect(after.outer).toBeGreaterThan(before.outer) // the feedback opened and the frame grew
    // Hosts that run no script keep embedSnippets' fixed height: it holds the quiz with its feedback open.
    expect(after.inner).toBeLessThanOrEqual(embedHeight(quiz.questions.length))

    // Canvas's message came too, and the host page's storage was never touched.
    const received = (await page.evaluate(
      () => (window as unknown as { received: unknown[] }).received,
    )) as Array<{
      origin: string
      data: { subject?: string; height?: number }
    }>
    expect(received.some((m) => m.origin === server.url && m.data.subject === 'lti.frameResize')).toBe(true)
    expect(
      await page.evaluate(() => (window as unknown as { storageTouched?: string }).storageTouched),
    ).toBeUndefined()
    expect(errors).toEqual([])

    // The teacher sees both attempts under the class code.
    await teacher.getByRole('button', { name: 'Refresh results' }).click()
    await expect.poll(() => summary.textContent()).toMatch(/^2 attempts · mean score /)
    const res = await results()
    expect(res.attempts).toBe(2)
    expect(res.recent.map((r) => [r.name, r.score]).sort()).toEqual([
      ['Ana', widgetScore],
      ['Ben', frameScore],
    ])
    await teacher.close()

    // No WCAG 2.1 A/AA violations on the host page, in the widget and in the frame, feedback open.
    await expectNoAxeViolations(page)

    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await frameFits(page, frame)
      if (!takeScreenshots()) continue
      // Chromium paints a cross-site frame only within the viewport: make the viewport the whole page.
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      await page.setViewportSize({ width, height: Math.min(height, 12_000) })
      await page.waitForTimeout(150)
      await page.screenshot({ path: `${outputDir()}embed-host-${width}.png` })
    }
    await page.close()
  })

  it('tells a WordPress host its height with the secret from the URL fragment', async () => {
    const page = await context.newPage()
    await page.goto(`${hostUrl}/wordpress`)
    const message = await page.waitForFunction(() =>
      (window as unknown as { received: Array<{ data: { message?: string } }> }).received.find(
        (m) => m.data?.message === 'height',
      ),
    )
    const { data } = (await message.jsonValue()) as {
      data: { secret: string; message: string; value: number }
    }
    expect(data.secret).toBe('abc')
    expect(data.value).toBeGreaterThan(200)
    // Sandboxed without allow-same-origin (an opaque origin, no storage, no form posts), it still works.
    // This host never resizes the 400 px frame, so the quiz turns to one question at a time.
    const frame = page.frameLocator('iframe.wp-embedded-content')
    const n = quiz.questions.length
    await frame.getByText(`Question 1 of ${n}`, { exact: true }).waitFor()
    await frame.getByRole('radio').first().check()
    for (let i = 1; i < n; i++) await frame.getByRole('button', { name: 'Next' }).click()
    await frame.getByRole('button', { name: 'Check answers' }).click()
    await frame.getByRole('button', { name: 'Send anyway' }).click()
    // one question answered: the score, and a request to finish before any answer is shown
    await frame.getByText(/^You scored \d out of \d+\. Answer every question/).waitFor()
    await page.close()
  })
})

describe('the iframe when its quiz script fails to load', () => {
  it('posts the form the plain way and shows the result in the frame, which still fits', async () => {
    const page = await context.newPage()
    await page.route(/\/static\/quiz\.js(\?|$)/, (route) => route.abort('failed'))
    await page.goto(`${hostUrl}/frame-only`)
    const frame = page.frameLocator(`iframe[src^="${server.url}/embed/"]`)
    await answer(frame, 0, 'Noor')
    const { score } = choose(0)
    await frame.getByText(`You scored ${score} out of ${quiz.questions.length}`, { exact: true }).waitFor()
    await frameFits(page, embedFrame(page))
    const res = await fetch(`${server.url}/api/quizzes/${quiz.id}/results?class=room-13`, {
      headers: { authorization: `Bearer ${teacherToken}` },
    })
    expect(((await res.json()) as { attempts: number }).attempts).toBe(1)
    await page.close()
  })
})

describe('the widget on a flaky network', () => {
  it('keeps the answers, says so, and sends them again with the same attempt id until they are stored', async () => {
    const page = await newPageOnFakeClock(context) // the retries' backoff passes when the test moves the clock
    const sent: string[] = []
    let lost = 0
    await page.route(`${server.url}/api/quizzes/${quiz.id}/attempts`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue()
      sent.push((JSON.parse(route.request().postData() ?? '{}') as { attemptId: string }).attemptId)
      if (lost < 2) {
        lost++
        await route.fetch() // the server stores the attempt, but the answer never reaches the student
        return route.abort('connectionreset')
      }
      return route.continue()
    })
    await page.goto(`${hostUrl}/retry`)
    const widget = page.locator('civic-quiz')
    await widget.getByRole('button', { name: 'Check answers' }).waitFor()
    // With the keyboard alone: Tab to the name, Tab to the first question, Space picks, Enter sends.
    await page.keyboard.press('Tab')
    await page.keyboard.type('Kai')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    expect(await widget.getByRole('radio').first().isChecked()).toBe(true)
    await page.keyboard.press('Enter')
    await widget.getByText(/Your answers are safe/).waitFor()
    expect(await runClockUntil(page, () => sent.length >= 3)).toBeGreaterThanOrEqual(3000) // 1 s, then 2 s
    await widget.getByText(/^You scored \d out of \d+\. Answer every question/).waitFor()
    expect(sent.length).toBe(3)
    expect(new Set(sent).size).toBe(1)
    const res = await fetch(`${server.url}/api/quizzes/${quiz.id}/results?class=retry-room`, {
      headers: { authorization: `Bearer ${teacherToken}` },
    })
    const stored = (await res.json()) as { attempts: number; recent: Array<{ name: string | null }> }
    expect(stored.attempts).toBe(1)
    expect(stored.recent[0]?.name).toBe('Kai')
    await page.close()
  })
})

describe('a quiz made of HTML and script payloads, embedded', () => {
  const [choice, typed] = HOSTILE_QUIZ.questions

  it('shows every payload as text in the widget and in the iframe, and runs none', async () => {
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto(`${hostUrl}/hostile`)
    const widget = page.locator('civic-quiz')
    const frame = page.frameLocator(`iframe[src^="${server.url}/embed/"]`)
    for (const scope of [widget, frame]) {
      const group = scope.getByRole('group', { name: `1. ${choice?.prompt}`, exact: true })
      await group.getByRole('radio', { name: choice?.options?.[0] ?? '', exact: true }).check()
      await scope.getByRole('textbox', { name: 'Your answer to question 2' }).fill(typed?.accept?.[0] ?? '')
      await scope.getByRole('button', { name: 'Check answers' }).click()
      await scope.getByText('You scored 2 out of 2', { exact: true }).waitFor()
      expect(await scope.getByRole('heading', { name: HOSTILE_QUIZ.title, exact: true }).count()).toBe(1)
      expect(await scope.locator('mark').allTextContents()).toEqual([
        choice?.options?.[0],
        typed?.accept?.[0],
      ])
      expect(await scope.locator('blockquote').first().textContent()).toBe(choice?.evidence.text)
    }
    const injected =
      'img, svg, iframe, b, script, style, [onerror], [onload], [onfocus], a[href^="javascript"]'
    expect(await widget.evaluate((el, sel) => el.shadowRoot?.querySelectorAll(sel).length, injected)).toBe(0)
    expect(await widget.locator('a').getAttribute('href')).toBe(HOSTILE_QUIZ.source.url)
    const inner = embedFrame(page)
    expect(await inner.locator(`main :is(${injected})`).count()).toBe(0)
    await page.waitForTimeout(200)
    for (const f of [page.mainFrame(), inner])
      expect(await f.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    await page.close()
  })
})
