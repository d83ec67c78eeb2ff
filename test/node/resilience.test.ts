/**
 * A student on flaky school Wi-Fi, in a real Chromium against the real worker (wrangler dev, KV on
 * disk), on each of the three ways to take a quiz: our page /quiz/:id, the <civic-quiz> widget on a
 * class page of another site (http://localhost:A embedding http://127.0.0.1:B), and the /embed/:id
 * iframe on that page.
 *   - The API fails twice with 503 problem+json and Retry-After: 1 → the student is told the answers
 *     are safe and being sent again, then sees the score; every try carried the same attemptId.
 *   - The browser is offline when the student presses "Check answers" → told the answers will go when
 *     back online, answers kept; back online → sent by themselves, score shown.
 *   - The first POST reaches the server but its answer is lost → the retry is answered 200 with the
 *     stored result.
 * Each time, the teacher's results hold exactly one attempt.
 * The pages run on Playwright's fake clock (page.clock): the test moves time on, so a retry's second of
 * backoff, or half a minute offline, costs no real time, and when each try went is read on that clock.
 */
import type { BrowserContext, FrameLocator, Locator, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Quiz } from '../../src/schema'
import { launchBrowser, newPageOnFakeClock, runClockUntil } from './harness/browser'
import { type HostSite, startHostSite } from './harness/host-site'
import { sharedServer, TEST_ADMIN_TOKEN } from './harness/server'

type Scope = Locator | FrameLocator

/** The node project's shared wrangler dev (this file keeps to its own quizzes and class codes). */
const server = sharedServer()
let host: HostSite | undefined
let hostUrl: string
let context: BrowserContext
/** A built-in quiz, with its answers (read with the admin token). */
let quiz: Quiz

const SCORE = /^You scored \d+ out of \d+$/
const SAFE = /^Your answers are safe — sending them again in \d+ s…$/

/** A class page on another site: the widget, or the iframe, for one class code. */
function hostPage(kind: 'widget' | 'iframe', classCode: string): string {
  const embed =
    kind === 'widget'
      ? `<script src="${server.url}/widget.js" async></script><civic-quiz quiz="${quiz.id}" class-code="${classCode}"></civic-quiz>`
      : `<iframe src="${server.url}/embed/${quiz.id}?class=${classCode}" title="Quiz" style="width:100%;height:4000px;border:0"></iframe>`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Room 7</title></head><body><main><h1>Room 7</h1>${embed}</main></body></html>`
}

beforeAll(async () => {
  const list = (await (await fetch(`${server.url}/api/quizzes`)).json()) as { quizzes: Array<{ id: string }> }
  const id = list.quizzes[0]?.id ?? ''
  const res = await fetch(`${server.url}/api/quizzes/${id}/answers`, {
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
  })
  quiz = (await res.json()) as Quiz
  host = await startHostSite((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host')
    const kind = url.pathname.slice(1)
    const code = url.searchParams.get('class') ?? ''
    if ((kind !== 'widget' && kind !== 'iframe') || !/^[a-z0-9-]+$/.test(code)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(kind, code))
  })
  hostUrl = host.url
  context = await launchBrowser()
})

afterAll(async () => {
  await context?.close()
  await host?.close()
})

/** The three ways a student meets a quiz; each opens it for one class code and returns its scope. */
const SURFACES: Array<[string, (page: Page, classCode: string) => Promise<Scope>]> = [
  [
    'the quiz page',
    async (page, classCode) => {
      await page.goto(`${server.url}/quiz/${quiz.id}?class=${classCode}`)
      return page.locator('main')
    },
  ],
  [
    'the widget on another site',
    async (page, classCode) => {
      await page.goto(`${hostUrl}/widget?class=${classCode}`)
      return page.locator('civic-quiz')
    },
  ],
  [
    'the iframe on another site',
    async (page, classCode) => {
      await page.goto(`${hostUrl}/iframe?class=${classCode}`)
      return page.frameLocator('iframe')
    },
  ],
]

/** Picks the right answer to every question (radios and text boxes); returns what a full score says. */
async function answerAll(scope: Scope): Promise<string> {
  await scope.getByRole('button', { name: 'Check answers' }).waitFor()
  for (const [i, q] of quiz.questions.entries()) {
    const group = scope.getByRole('group', { name: `${i + 1}. ${q.prompt}`, exact: true })
    if (q.options !== undefined)
      await group.getByRole('radio', { name: q.options[q.answer ?? 0] ?? '', exact: true }).check()
    else await group.getByRole('textbox').fill(q.accept?.[0] ?? '')
  }
  return `You scored ${quiz.questions.length} out of ${quiz.questions.length}`
}

/** Whether every answer picked by answerAll is still in the page. */
async function answersKept(scope: Scope): Promise<boolean> {
  for (const [i, q] of quiz.questions.entries()) {
    const group = scope.getByRole('group', { name: `${i + 1}. ${q.prompt}`, exact: true })
    const kept =
      q.options !== undefined
        ? await group.getByRole('radio', { name: q.options[q.answer ?? 0] ?? '', exact: true }).isChecked()
        : (await group.getByRole('textbox').inputValue()) === (q.accept?.[0] ?? '')
    if (!kept) return false
  }
  return true
}

/** What the teacher's results say for a class. */
async function storedAttempts(classCode: string): Promise<number> {
  const res = await fetch(`${server.url}/api/quizzes/${quiz.id}/results?class=${classCode}`, {
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
  })
  return ((await res.json()) as { attempts: number }).attempts
}

/** The attempt POSTs a page sends, intercepted: `handle` decides each one's fate. */
async function interceptAttempts(
  page: Page,
  handle: (route: Route, index: number) => Promise<void>,
): Promise<Array<{ attemptId: string }>> {
  const sent: Array<{ attemptId: string }> = []
  await page.route('**/api/quizzes/*/attempts', async (route) => {
    if (route.request().method() !== 'POST') return route.continue() // the widget's CORS preflight
    const body = JSON.parse(route.request().postData() ?? '{}') as { attemptId?: string }
    sent.push({ attemptId: body.attemptId ?? '' })
    return handle(route, sent.length - 1)
  })
  return sent
}

/** The API's answer when KV is down, as it sends it (src/api/errors.ts), CORS headers included. */
const UNAVAILABLE = {
  status: 503,
  contentType: 'application/problem+json',
  headers: {
    'retry-after': '1',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'retry-after',
  },
  body: JSON.stringify({
    type: '/problems/unavailable',
    title: 'Storage temporarily unavailable',
    status: 503,
    detail: 'Nothing was lost or half-saved. Send the same request again in a moment.',
  }),
}

describe.each(SURFACES)('%s, on a flaky school network', (name, open) => {
  const slug = name.split(' ')[1] ?? 'x'

  it('keeps the answers through two 503s with Retry-After, says so, and stores them once with one attemptId', async () => {
    const classCode = `faults-${slug}`
    const page = await newPageOnFakeClock(context)
    const sent = await interceptAttempts(page, (route, i) =>
      i < 2 ? route.fulfill(UNAVAILABLE) : route.continue(),
    )
    const scope = await open(page, classCode)
    const full = await answerAll(scope)
    await scope.getByRole('button', { name: 'Check answers' }).click()
    // A polite live region tells the student, and counts down to the next try.
    await scope.getByRole('status').filter({ hasText: SAFE }).waitFor()
    // Retry-After: 1 is honoured: on the page's clock, no try comes sooner than a second after the one before.
    expect(await runClockUntil(page, () => sent.length >= 2)).toBeGreaterThanOrEqual(1000)
    expect(await runClockUntil(page, () => sent.length >= 3)).toBeGreaterThanOrEqual(1000)
    await scope.getByRole('status').filter({ hasText: SCORE }).waitFor()
    expect(await scope.getByRole('status').filter({ hasText: SCORE }).textContent()).toBe(full)
    expect(sent).toHaveLength(3)
    expect(new Set(sent.map((s) => s.attemptId)).size).toBe(1)
    expect(sent[0]?.attemptId).toMatch(/^[0-9a-f-]{36}$/)
    expect(await answersKept(scope)).toBe(true)
    expect(await storedAttempts(classCode)).toBe(1)
    await page.close()
  })

  it('is answered with the stored result when the first answer was lost on the way back', async () => {
    const classCode = `lost-${slug}`
    const page = await newPageOnFakeClock(context)
    const statuses: number[] = []
    const sent = await interceptAttempts(page, async (route, i) => {
      const res = await route.fetch() // it reaches the server, which stores the attempt…
      statuses.push(res.status())
      if (i === 0) return route.abort('connectionreset') // …but the student's browser never hears back
      return route.fulfill({ response: res })
    })
    const scope = await open(page, classCode)
    const full = await answerAll(scope)
    await scope.getByRole('button', { name: 'Check answers' }).click()
    await scope.getByRole('status').filter({ hasText: SAFE }).waitFor()
    expect(await runClockUntil(page, () => sent.length >= 2)).toBeGreaterThanOrEqual(1000)
    await scope.getByRole('status').filter({ hasText: SCORE }).waitFor()
    expect(await scope.getByRole('status').filter({ hasText: SCORE }).textContent()).toBe(full)
    expect(statuses).toEqual([201, 200]) // the retry got the stored result, nothing new stored
    expect(new Set(sent.map((s) => s.attemptId)).size).toBe(1)
    expect(await storedAttempts(classCode)).toBe(1)
    await page.close()
  })

  it('waits while the browser is offline, keeps the answers, and sends them by itself when back online', async () => {
    const classCode = `offline-${slug}`
    const page = await newPageOnFakeClock(context)
    const posts: string[] = []
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.url().includes('/attempts')) posts.push(req.url())
    })
    const scope = await open(page, classCode)
    const full = await answerAll(scope)
    try {
      await context.setOffline(true)
      await scope.getByRole('button', { name: 'Check answers' }).click()
      await scope
        .getByRole('status')
        .filter({
          hasText: /You are offline\. Your answers are safe here and will be sent when you are back online\./,
        })
        .waitFor()
      // 20 s pass on the page's clock (short of its try every 30 s in case it is wrong): nothing is sent.
      await page.clock.runFor(20_000)
      expect(await answersKept(scope)).toBe(true)
      expect(posts).toEqual([]) // nothing is thrown at a network that is not there
      expect(await storedAttempts(classCode)).toBe(0)
    } finally {
      await context.setOffline(false)
    }
    await scope.getByRole('status').filter({ hasText: SCORE }).waitFor()
    expect(await scope.getByRole('status').filter({ hasText: SCORE }).textContent()).toBe(full)
    expect(posts).toHaveLength(1)
    expect(await answersKept(scope)).toBe(true)
    expect(await storedAttempts(classCode)).toBe(1)
    await page.close()
  })
})
