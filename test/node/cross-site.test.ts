/**
 * A foreign page's flood, in a real Chromium: a page on another site (http://localhost:A) that a
 * student opens spends the attempt API's budget for `period-3` as fast as the browser sends, and posts
 * a hidden no-JS form into the quiz (http://127.0.0.1:B). Then a real student on the quiz page takes
 * the quiz for `period-3` from the same browser and network. The foreign page spends only its own
 * origin's budget (its later attempts are refused), its form post is refused by csrf, and the student's
 * attempt is scored and reaches the teacher's results.
 */
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClassResults, PublicQuiz } from '../../src/schema'
import { inOneLimiterMinute } from '../support/limiter-minute'
import { launchBrowser } from './harness/browser'
import { type HostSite, startHostSite } from './harness/host-site'
import { sharedServer, TEST_ADMIN_TOKEN } from './harness/server'

/** The class code of a run (a second run, after a minute's turn, starts on fresh limiter keys). */
const classOf = (attempt: number) => (attempt === 0 ? 'period-3' : `period-3-again-${attempt}`)
/** More than a class budget (200 a minute): the flood must be refused before it ends. */
const FLOOD = 260

/** The node project's shared wrangler dev (this file keeps to its own quizzes and class codes). */
const server = sharedServer()
let host: HostSite | undefined
let context: BrowserContext
let quiz: PublicQuiz

function floodPage(classCode: string): string {
  const first = quiz.questions[0]?.id ?? ''
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Free games</title></head><body>
<h1>Free games</h1>
<iframe name="sink" title="sink" hidden></iframe>
<form id="forged" method="post" action="${server.url}/quiz/${quiz.id}" target="sink">
  <input type="hidden" name="class" value="${classCode}"><input type="hidden" name="name" value="Forged">
  <input type="hidden" name="c:${first}" value="0">
</form>
<script>
  window.statuses = [];
  (async () => {
    document.getElementById('forged').submit();
    const send = () => fetch('${server.url}/api/quizzes/${quiz.id}/attempts', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ class: '${classCode}', name: 'Flood', answers: {} }),
    }).then((r) => r.status, () => 0);
    for (let i = 0; i < ${FLOOD}; i += 20)
      window.statuses.push(...await Promise.all(Array.from({ length: 20 }, send)));
    window.done = true;
  })();
</script></body></html>`
}

beforeAll(async () => {
  const list = (await (await fetch(`${server.url}/api/quizzes`)).json()) as { quizzes: Array<{ id: string }> }
  const id = list.quizzes[0]?.id ?? ''
  quiz = (await (await fetch(`${server.url}/api/quizzes/${id}`)).json()) as PublicQuiz
  host = await startHostSite((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(floodPage(new URL(req.url ?? '/', 'http://host').searchParams.get('class') ?? ''))
  })
  context = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await context?.close()
  await host?.close()
})

describe('a foreign page in the student’s browser', () => {
  it('cannot lock a class out: its flood spends its own budget, its forged form is refused, and the class still takes the quiz', async () => {
    // the budget is a minute of the limiter's clock: a run across a minute's turn runs again, on a fresh class
    await inOneLimiterMinute((attempt) => floodAndTakeQuiz(classOf(attempt)))
  }, 150_000)
})

async function floodAndTakeQuiz(classCode: string): Promise<void> {
  const foreign = await context.newPage()
  await foreign.goto(`${host?.url}/flood?class=${classCode}`)
  await foreign.waitForFunction(() => (window as unknown as { done?: boolean }).done === true, null, {
    timeout: 60_000,
  })
  const statuses = (await foreign.evaluate(
    () => (window as unknown as { statuses: number[] }).statuses,
  )) as number[]
  expect(statuses).toHaveLength(FLOOD)
  expect(statuses.filter((s) => s === 201)).toHaveLength(200)
  expect(statuses.filter((s) => s === 429).length).toBe(FLOOD - 200)

  // a student of that class, same browser, same network, on the quiz page
  const page = await context.newPage()
  await page.goto(`${server.url}/quiz/${quiz.id}?class=${classCode}`)
  await page.getByRole('textbox', { name: /first name/i }).fill('Real Student')
  for (const [i, q] of quiz.questions.entries()) {
    const group = page.getByRole('group', { name: `${i + 1}. ${q.prompt}`, exact: true })
    if (q.options !== undefined) await group.getByRole('radio').first().check()
    else await group.getByRole('textbox').fill('an answer')
  }
  await page.getByRole('button', { name: 'Check answers' }).click()
  await page.getByText(/^You scored \d+ out of \d+$/).waitFor({ timeout: 20_000 })

  const res = await fetch(`${server.url}/api/quizzes/${quiz.id}/results?class=${classCode}`, {
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
  })
  const results = (await res.json()) as ClassResults
  const names = results.recent.map((r) => r.name)
  expect(names).toContain('Real Student')
  expect(names).not.toContain('Forged')
  expect(results.attempts).toBe(201)
}
