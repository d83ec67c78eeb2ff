import { statSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Quiz } from '../../src/schema'
import { OWASP_XSS } from '../fixtures/owasp-xss'
import { COUNCIL_ARTICLE, THIN_ARTICLE } from '../fixtures/passages'
import {
  HOSTILE_QUIZ,
  HOSTILE_QUIZ_ID,
  HOSTILE_TOKEN,
  NOTED_QUIZ_ID,
  NOTED_QUIZ_NOTE,
  OWASP_QUIZ_ID,
  owaspStoredQuiz,
} from './fixtures/hostile-quiz'
import { expectNoAxeViolations } from './harness/axe'
import {
  downloadedText,
  launchBrowser,
  outputDir,
  screenshotWidths,
  takeScreenshots,
} from './harness/browser'
import { fromNetwork, sharedServer, TEST_ADMIN_TOKEN } from './harness/server'

/** The sample quiz: the first of the catalogue (the Trump–Mamdani article), read from the API. */
let QUIZ_ID = ''
const CLASS = 'room-12'
const DOCS = new URL('../../docs/', import.meta.url).pathname

/** The node project's shared wrangler dev (this file keeps to its own quizzes and class codes). */
const server = sharedServer()
let browser: BrowserContext
let quiz: Quiz
/** What the students pick: the right option for even questions, a wrong one for odd ones. */
let picks: Array<{
  id: string
  type: string
  option?: number
  text?: string
  right: boolean
  answerText: string
}>
let expectedScore: number

beforeAll(async () => {
  browser = await launchBrowser()
  const list = (await (await fetch(`${server.url}/api/quizzes`)).json()) as { quizzes: Array<{ id: string }> }
  QUIZ_ID = list.quizzes[0]?.id ?? ''
  expect(QUIZ_ID).toMatch(/mamdani/)
  const res = await fetch(`${server.url}/api/quizzes/${QUIZ_ID}/answers`, {
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
  })
  quiz = (await res.json()) as Quiz
  picks = quiz.questions.map((q, i) => {
    const right = i % 2 === 0
    if (q.options !== undefined) {
      const answer = q.answer ?? 0
      return {
        id: q.id,
        type: q.type,
        option: right ? answer : (answer + 1) % q.options.length,
        right,
        answerText: q.options[answer] ?? '',
      }
    }
    const accepted = q.accept?.[0] ?? ''
    return {
      id: q.id,
      type: q.type,
      text: right ? accepted : 'certainly not this',
      right,
      answerText: accepted,
    }
  })
  expectedScore = picks.filter((p) => p.right).length
})

afterAll(async () => {
  await browser?.close()
})

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLInputElement | null
    return a === null ? '' : `${a.tagName.toLowerCase()}:${a.name || a.textContent?.trim() || ''}`
  })
}

/** Checks the feedback of every question: right/wrong, the right answer, evidence with it marked. */
async function expectFeedback(page: Page): Promise<void> {
  for (const p of picks) {
    const box = page.locator(`[data-feedback="${p.id}"]`)
    await expect.poll(() => box.isVisible()).toBe(true)
    expect(await box.locator('.verdict').textContent()).toBe(p.right ? 'Right.' : 'Not quite.')
    expect(await box.locator('strong').textContent()).toBe(p.answerText)
    expect((await box.locator('blockquote.evidence').textContent())?.length).toBeGreaterThan(0)
    // a true/false statement's evidence is the whole sentence: "True" has nothing in it to mark
    if (p.type === 'true-false') continue
    const marked = (await box.locator('blockquote.evidence mark').textContent()) ?? ''
    expect(marked.length).toBeGreaterThan(0)
    expect(p.answerText.toLowerCase()).toContain(marked.toLowerCase())
  }
}

describe('a student takes the sample quiz', () => {
  it('with the keyboard alone, and sees the score and feedback in place', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/quiz/${QUIZ_ID}?class=${CLASS}`)
    await expectNoAxeViolations(page)
    await screenshotWidths(page, 'quiz')
    // Tab from the top: skip link, site link, then the first-name field
    for (let i = 0; i < 10 && (await focusedName(page)) !== 'input:name'; i++)
      await page.keyboard.press('Tab')
    expect(await focusedName(page)).toBe('input:name')
    await page.keyboard.type('Keyboard Kim')
    for (const p of picks) {
      await page.keyboard.press('Tab')
      if (p.option !== undefined) {
        expect(await focusedName(page)).toBe(`input:c:${p.id}`)
        await page.keyboard.press('Space') // checks the first option
        for (let k = 0; k < p.option; k++) await page.keyboard.press('ArrowDown')
        expect(await page.locator(`input[name="c:${p.id}"]:checked`).getAttribute('value')).toBe(
          String(p.option),
        )
      } else {
        expect(await focusedName(page)).toBe(`input:t:${p.id}`)
        await page.keyboard.type(p.text ?? '')
      }
    }
    await page.keyboard.press('Tab')
    expect(await focusedName(page)).toBe('button:Check answers')
    await page.keyboard.press('Enter')
    const status = page.getByRole('status').filter({ hasText: 'You scored' })
    await expect.poll(() => status.textContent()).toBe(`You scored ${expectedScore} out of ${picks.length}`)
    expect(page.url()).toBe(`${server.url}/quiz/${QUIZ_ID}?class=${CLASS}`) // no navigation: in place
    await expectFeedback(page)
    await expectNoAxeViolations(page)
    await screenshotWidths(page, 'result')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page) // contrast holds in dark mode too
    if (takeScreenshots())
      await page.screenshot({ path: `${outputDir()}result-dark-1280.png`, fullPage: true })
    await page.close()
  })

  it('without JavaScript, where the form POST gives the same score', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false })
    try {
      const page = await noJs.newPage()
      await page.goto(`${server.url}/quiz/${QUIZ_ID}?class=${CLASS}`)
      await page.getByLabel('First name').fill('Noscript Nia')
      for (const [i, p] of picks.entries()) {
        const group = page.getByRole('group', { name: `${i + 1}. ${quiz.questions[i]?.prompt}` })
        if (p.option !== undefined)
          await group.getByRole('radio', { name: quiz.questions[i]?.options?.[p.option] ?? '' }).check()
        else await group.getByRole('textbox').fill(p.text ?? '')
      }
      await page.getByRole('button', { name: 'Check answers' }).click()
      await page.waitForURL(`${server.url}/quiz/${QUIZ_ID}#cq-score`)
      expect(await page.getByRole('status').textContent()).toBe(
        `You scored ${expectedScore} out of ${picks.length}`,
      )
      await expectFeedback(page)
    } finally {
      await noJs.close()
    }
  })
})

describe('the teacher view', () => {
  it('asks for the token, refuses a wrong one, and keeps a right one out of the URL', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/teach/${QUIZ_ID}`)
    const token = page.getByRole('textbox', { name: 'Teacher token' })
    await token.fill('not-the-token')
    await page.getByRole('button', { name: 'Open the teacher view' }).click()
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'does not open' }).count()).toBe(1)
    await token.fill(TEST_ADMIN_TOKEN)
    await page.getByRole('button', { name: 'Open the teacher view' }).click()
    await expect.poll(() => page.locator('[data-questions] > li').count()).toBe(quiz.questions.length)
    expect(await page.getByText('Built-in quizzes cannot be edited.').isVisible()).toBe(true)
    await page.close()

    const viaLink = await browser.newPage()
    await viaLink.goto(`${server.url}/teach/${QUIZ_ID}#token=${TEST_ADMIN_TOKEN}`)
    await expect.poll(() => viaLink.locator('[data-questions] > li').count()).toBe(quiz.questions.length)
    expect(viaLink.url()).toBe(`${server.url}/teach/${QUIZ_ID}`)
    expect(await viaLink.evaluate(() => Object.values(sessionStorage))).toEqual([TEST_ADMIN_TOKEN])
    await viaLink.close()

    // storage blocked (as in a school browser's third-party context): the token lives in memory
    const blocked = await browser.newPage()
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'sessionStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError')
        },
      })
    })
    await blocked.goto(`${server.url}/teach/${QUIZ_ID}#token=${TEST_ADMIN_TOKEN}`)
    await expect.poll(() => blocked.locator('[data-questions] > li').count()).toBe(quiz.questions.length)
    expect(blocked.url()).toBe(`${server.url}/teach/${QUIZ_ID}`)
    await blocked.getByRole('button', { name: 'Refresh results' }).click()
    await expect.poll(() => blocked.locator('[data-summary]').textContent()).toMatch(/attempt/)
    await blocked.close()
  })

  it("shows the class's attempts and per-question bars, downloads the CSV and copies snippets", async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    const page = await browser.newPage()
    await page.goto(`${server.url}/teach/${QUIZ_ID}?class=${CLASS}#token=${TEST_ADMIN_TOKEN}`)
    const summary = page.locator('[data-summary]')
    await expect.poll(() => summary.textContent()).toMatch(/^2 attempts · mean score/)
    expect(await summary.textContent()).toBe(
      `2 attempts · mean score ${expectedScore} out of ${picks.length} · version 1`,
    )
    const stats = page.locator('[data-results] ol.stat > li')
    expect(await stats.count()).toBe(quiz.questions.length)
    for (const [i, p] of picks.entries()) {
      const row = stats.nth(i)
      expect(await row.textContent()).toContain(p.right ? '2 of 2 right (100%)' : '0 of 2 right (0%)')
      expect(await row.locator('.bar > span').evaluate((s) => (s as HTMLElement).style.width)).toBe(
        p.right ? '100%' : '0%',
      )
      if (!p.right) expect(await row.textContent()).toContain('Most of the class missed this question.')
    }
    expect(await page.locator('[data-results] table').textContent()).toContain('Keyboard Kim')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`${QUIZ_ID}-${CLASS}-results.csv`)
    const csv = await downloadedText(download)
    expect(csv).toContain('Keyboard Kim')
    expect(csv).toContain('Noscript Nia')

    await page.getByLabel('Class code').fill('period-7')
    const widget = await page.getByLabel('Widget snippet').inputValue()
    expect(widget).toBe(
      `<script src="${server.url}/widget.js" async></script>\n<civic-quiz quiz="${QUIZ_ID}" class-code="period-7"></civic-quiz>`,
    )
    expect(await page.getByRole('link', { name: 'Open the quiz as a student' }).getAttribute('href')).toBe(
      `${server.url}/quiz/${QUIZ_ID}?class=period-7`,
    )
    await page.getByRole('button', { name: 'Copy widget snippet' }).click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(widget)
    await page.getByRole('button', { name: 'Copy iframe snippet' }).click()
    const iframe = await page.evaluate(() => navigator.clipboard.readText())
    expect(iframe).toMatch(
      new RegExp(
        `^<iframe src="${server.url}/embed/${QUIZ_ID}\\?class=period-7" title="Quiz: [^"]+" width="\\d+" height="\\d+" style="[^"]*border:0" loading="lazy"></iframe>\n<script src="${server.url}/widget.js" async></script>$`,
      ),
    )
    expect(await page.getByRole('status').filter({ hasText: 'copied' }).textContent()).toBe(
      'Iframe snippet copied.',
    )
    await page.getByLabel('Class code').fill(CLASS)
    await page.getByLabel('Class code').press('Enter')
    await expect.poll(() => summary.textContent()).toMatch(/^2 attempts/)
    await expectNoAxeViolations(page)
    await screenshotWidths(page, 'teacher')
    await page.close()
  })
})

describe('the teacher view notes', () => {
  it('says why a quiz is short, as text, and a full quiz says nothing of the kind', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/teach/${NOTED_QUIZ_ID}`)
    const notes = page.getByRole('region', { name: 'About this quiz' })
    await expect.poll(() => notes.getByRole('listitem').allTextContents()).toEqual([NOTED_QUIZ_NOTE])
    expect(await page.locator('#notes-section b').count()).toBe(0)
    // a full built-in quiz (9 questions; the sample quiz now carries a note of its own)
    await page.goto(`${server.url}/teach/arrest-made-as-mayor-of-gdansk-poland-stabbed-on-stage`)
    expect(await page.getByRole('region', { name: 'About this quiz' }).count()).toBe(0)
    await page.close()
  })
})

describe('the teacher view flags', () => {
  it('wrong options nobody picks once five students answered', async () => {
    const right = Object.fromEntries(
      quiz.questions.map((q) => [q.id, q.options !== undefined ? (q.answer ?? 0) : (q.accept?.[0] ?? '')]),
    )
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${server.url}/api/quizzes/${QUIZ_ID}/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ class: 'flags', answers: right }),
      })
      expect(res.status).toBe(201)
    }
    const page = await browser.newPage()
    await page.goto(`${server.url}/teach/${QUIZ_ID}?class=flags#token=${TEST_ADMIN_TOKEN}`)
    await expect.poll(() => page.locator('[data-summary]').textContent()).toMatch(/^5 attempts/)
    const first = quiz.questions[0]
    const idle = first?.options?.filter((_, i) => i !== first.answer) ?? []
    const row = page.locator('[data-results] ol.stat > li').first()
    for (const option of idle)
      expect(await row.textContent()).toContain(`Nobody picked “${option}”: this distractor does no work.`)
    expect(await row.textContent()).not.toContain('Most of the class missed')
    await page.close()
  })
})

describe('hostile input', () => {
  const payloads = [
    '<img src=x onerror=__pwned=1>',
    '"><svg onload=__pwned=1>',
    '<script>__pwned=1</script>',
    "' onmouseover='__pwned=1",
  ]

  it('student names full of markup are shown as text in the teacher view and execute nothing', async () => {
    for (const name of payloads) {
      const res = await fetch(`${server.url}/api/quizzes/${QUIZ_ID}/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ class: 'xss', name, answers: {} }),
      })
      expect(res.status).toBe(201)
    }
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto(`${server.url}/teach/${QUIZ_ID}?class=xss#token=${TEST_ADMIN_TOKEN}`)
    await expect.poll(() => page.locator('[data-summary]').textContent()).toMatch(/^4 attempts/)
    const cells = await page.locator('[data-results] th, [data-results] td').allTextContents()
    for (const name of payloads) expect(cells).toContain(name)
    await page.locator('[data-results] table').hover()
    expect(await page.locator('[data-results] img, [data-results] svg, [data-results] script').count()).toBe(
      0,
    )
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    await page.close()
  })
})

/** Fails the test if any payload ran: a dialog opened or `window.__pwned` got set. */
function watchForPayloads(page: Page): () => Promise<void> {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  return async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    // no element a payload could have injected, anywhere in the document
    expect(
      await page.locator('main img, main svg, main iframe, main b, main a[href^="javascript"]').count(),
    ).toBe(0)
    expect(await page.locator('script:not([src])').count()).toBe(0)
  }
}

describe('a quiz made of HTML and script payloads', () => {
  const [choice, typed] = HOSTILE_QUIZ.questions

  it('is served as escaped text in the HTML of every page', async () => {
    for (const path of [`/quiz/${HOSTILE_QUIZ_ID}`, `/teach/${HOSTILE_QUIZ_ID}`]) {
      const html = await (await fetch(`${server.url}${path}`)).text()
      expect(html).not.toMatch(
        /<script>window|<img src=x|<svg onload|<iframe src=javascript|<\/textarea><script/,
      )
      expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;')
    }
  })

  it('the quiz page shows every payload as text and runs none, before and after checking answers', async () => {
    const page = await browser.newPage()
    const check = watchForPayloads(page)
    await page.goto(`${server.url}/quiz/${HOSTILE_QUIZ_ID}`)
    expect(await page.title()).toBe(`${HOSTILE_QUIZ.title} — Civic Quiz`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(HOSTILE_QUIZ.title)
    expect(await page.locator('legend').first().textContent()).toBe(`1. ${choice?.prompt}`)
    await page.getByRole('radio', { name: choice?.options?.[0] ?? '' }).check()
    await page.getByRole('radio', { name: choice?.options?.[3] ?? '' }).focus()
    await page.getByRole('radio', { name: choice?.options?.[0] ?? '' }).check()
    await page.getByRole('textbox', { name: 'Your answer to question 2' }).fill(typed?.accept?.[0] ?? '')
    await page.getByRole('button', { name: 'Check answers' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('You scored 2 out of 2')
    const marks = await page.locator('blockquote.evidence mark').allTextContents()
    expect(marks).toEqual([choice?.options?.[0], typed?.accept?.[0]])
    expect(await page.locator('blockquote.evidence').first().textContent()).toBe(choice?.evidence.text)
    await check()
    await page.close()
  })

  it('the teacher view shows the payloads as text, escapes them in the snippets and runs none', async () => {
    const page = await browser.newPage()
    const check = watchForPayloads(page)
    await page.goto(`${server.url}/teach/${HOSTILE_QUIZ_ID}#token=${HOSTILE_TOKEN}`)
    const items = page.locator('[data-questions] > li')
    await expect.poll(() => items.count()).toBe(2)
    expect(await items.first().locator('h3').textContent()).toBe(choice?.prompt)
    expect(await items.nth(1).locator('h3').textContent()).toBe(typed?.prompt)
    expect(await page.getByRole('button', { name: 'Remove question 1' }).isVisible()).toBe(true)
    const iframe = await page.getByLabel('Iframe snippet').inputValue()
    expect(iframe).toContain('title="Quiz: &quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;')
    await page.getByLabel('Class code').fill('p1')
    expect(await page.getByLabel('Iframe snippet').inputValue()).toContain('title="Quiz: &quot;&gt;')
    // the class code box shapes the links only; the results have their own filter
    await page.getByLabel(/^Show results of class/).fill('p1')
    await page.getByRole('button', { name: 'Refresh results' }).click()
    await expect.poll(() => page.locator('[data-summary]').textContent()).toBe('No attempts yet.')
    await check()
    await page.close()
  })
})

/** The council article with script and HTML payloads in its quotes, title, publisher and a link. */
const HOSTILE_ARTICLE = COUNCIL_ARTICLE.replace(
  'a promise kept to every family',
  'a promise kept <img src=x onerror=window.__pwned=1> to every family',
)
  .replace('before we act', "before we act <script>window.__pwned=2</script> '><svg onload=window.__pwned=3>")
  .replace('the wrong way', 'the wrong way </textarea><iframe src=javascript:window.__pwned=4>')
  .concat('\n<a href="javascript:window.__pwned=5">Read more</a>\n')

describe("OWASP's XSS filter-evasion cases", () => {
  it('stay inert text on the quiz page, its result, and the teacher view with student names from them', async () => {
    const owasp = owaspStoredQuiz().quiz
    for (const name of OWASP_XSS.filter((n) => n.length <= 40 && !/[\p{Cc}]/u.test(n))) {
      const res = await fetch(`${server.url}/api/quizzes/${OWASP_QUIZ_ID}/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ class: 'owasp', name, answers: {} }),
      })
      expect(res.status).toBe(201)
    }
    const page = await browser.newPage()
    const check = watchForPayloads(page)
    await page.goto(`${server.url}/quiz/${OWASP_QUIZ_ID}?class=owasp`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(owasp.title)
    expect(await page.locator('legend').allTextContents()).toEqual(
      owasp.questions.map((q, i) => `${i + 1}. ${q.prompt}`),
    )
    for (const fieldset of await page.locator('fieldset').all())
      await fieldset.getByRole('radio').nth(1).check()
    await page.getByRole('button', { name: 'Check answers' }).click()
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(`You scored 0 out of ${owasp.questions.length}`)
    expect(await page.locator('blockquote.evidence').allTextContents()).toEqual(
      owasp.questions.map((q) => q.evidence.text),
    )
    await page.locator('main').hover()
    await check()
    await page.close()

    const teacher = await browser.newPage()
    const checkTeacher = watchForPayloads(teacher)
    await teacher.goto(`${server.url}/teach/${OWASP_QUIZ_ID}?class=owasp#token=${HOSTILE_TOKEN}`)
    await expect.poll(() => teacher.locator('[data-summary]').textContent()).toMatch(/^\d+ attempts/)
    const cells = await teacher.locator('[data-results] th, [data-results] td').allTextContents()
    expect(cells).toContain(OWASP_XSS[0])
    expect(await teacher.locator('[data-questions] h3').allTextContents()).toEqual(
      owasp.questions.map((q) => q.prompt),
    )
    await checkTeacher()
    await teacher.close()
  })
})

describe('a teacher makes a quiz from an article', () => {
  it('pastes it on /, gets the teacher view, copies the snippets, removes a question, downloads the CSV', async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    const page = await browser.newPage()
    await page.goto(server.url)
    await page.getByLabel('Article text').fill(COUNCIL_ARTICLE)
    await page.getByLabel(/^Title/).fill('Riverton bridge vote')
    await page.getByLabel(/^Publisher/).fill('Test Gazette')
    await page.getByRole('button', { name: 'Make the quiz' }).click()
    await page.waitForURL(/\/teach\/[a-z0-9-]+$/) // the token is already gone from the address bar
    const id = new URL(page.url()).pathname.split('/').pop() ?? ''
    const items = page.locator('[data-questions] > li')
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3)
    const before = await items.count()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Teacher view: Riverton bridge vote',
    )

    await page.getByRole('button', { name: 'Copy student link' }).click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${server.url}/quiz/${id}`)
    await page.getByRole('button', { name: 'Copy widget snippet' }).click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`<script src="${server.url}/widget.js" async></script>\n<civic-quiz quiz="${id}"></civic-quiz>`)

    const removed = (await items.first().locator('h3').textContent()) ?? ''
    await page.getByRole('button', { name: 'Remove question 1' }).click()
    await page.getByRole('button', { name: 'Yes, remove question 1' }).click()
    await expect.poll(() => items.count()).toBe(before - 1)
    expect(await page.getByRole('status').filter({ hasText: 'Removed question 1' }).count()).toBe(1)
    expect(await page.locator('[data-question-count]').textContent()).toBe(`${before - 1} questions`)
    await expectNoAxeViolations(page)

    const student = await browser.newPage()
    await student.goto(`${server.url}/quiz/${id}`)
    expect(await student.locator('fieldset').count()).toBe(before - 1)
    expect(await student.locator('main').textContent()).not.toContain(removed)
    await student.getByRole('button', { name: 'Check answers' }).click()
    // nothing answered: the student is asked first
    await student.getByRole('button', { name: 'Send anyway' }).click()
    await expect
      .poll(() => student.getByRole('status').first().textContent())
      // an empty attempt gets its score and is asked to finish: no answers, no evidence
      .toBe(
        `You scored 0 out of ${before - 1}. Answer every question, then check your answers again to see the right answers.`,
      )
    expect(await student.locator('blockquote.evidence').count()).toBe(0)
    await student.close()

    await page.getByRole('button', { name: 'Refresh results' }).click()
    await expect.poll(() => page.locator('[data-summary]').textContent()).toMatch(/^1 attempt · /)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`${id}-results.csv`)
    expect((await downloadedText(download)).trim().split(/\r?\n/)).toHaveLength(3) // header, answer key, the attempt
    await page.close()
  })

  it('without JavaScript: a thin article comes back kept, with the reason; a good one opens the teacher view', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false })
    try {
      const page = await noJs.newPage()
      await page.goto(server.url)
      await page.getByLabel('Article text').fill(THIN_ARTICLE)
      await page.getByLabel(/^Title/).fill('Park')
      const [response] = await Promise.all([
        page.waitForResponse(`${server.url}/new`),
        page.getByRole('button', { name: 'Make the quiz' }).click(),
      ])
      expect(response.status()).toBe(422)
      await page.waitForLoadState()
      expect(await page.getByLabel('Article text').inputValue()).toBe(THIN_ARTICLE)
      expect(await page.getByLabel(/^Title/).inputValue()).toBe('Park')
      expect(await page.getByRole('alert').textContent()).toMatch(/too thin for a fair quiz/)
      await page.getByLabel('Article text').fill(COUNCIL_ARTICLE)
      await page.getByRole('button', { name: 'Make the quiz' }).click()
      await page.waitForURL(/\/teach\/[a-z0-9-]+#token=[A-Za-z0-9_-]+$/)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Teacher view: /)
    } finally {
      await noJs.close()
    }
  })

  it('an article full of HTML and script payloads gives a quiz whose pages run none of them', async () => {
    const res = await fetch(`${server.url}/api/quizzes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fromNetwork('198.51.100.23') },
      body: JSON.stringify({
        article: HOSTILE_ARTICLE,
        title: '<img src=x onerror=alert(1)>Bridge "vote"',
        publisher: '"><script>alert(2)</script>',
      }),
    })
    expect(res.status).toBe(201)
    const created = (await res.json()) as { id: string; teacherToken: string; quiz: Quiz }
    // the payloads reached the quiz (so the pages below really render them): through the title, as
    // markup in the article text is read as text (tags dropped) before the quiz is made
    expect(JSON.stringify(created.quiz)).toContain('<img src=x onerror=alert(1)>Bridge')

    const page = await browser.newPage()
    const check = watchForPayloads(page)
    await page.goto(`${server.url}/quiz/${created.id}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(created.quiz.title)
    for (const radio of await page.locator('fieldset').all()) {
      const first = radio.getByRole('radio').first()
      if ((await first.count()) > 0) await first.check()
      else await radio.getByRole('textbox').fill('<img src=x onerror=alert(3)>')
    }
    await page.getByRole('button', { name: 'Check answers' }).click()
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/^You scored \d+ out of \d+$/)
    const evidence = (await page.locator('blockquote.evidence').allTextContents()).join('\n')
    for (const q of created.quiz.questions) expect(evidence).toContain(q.evidence.text)
    await check()

    const teacher = await browser.newPage()
    const checkTeacher = watchForPayloads(teacher)
    await teacher.goto(`${server.url}/teach/${created.id}#token=${created.teacherToken}`)
    await expect
      .poll(() => teacher.locator('[data-questions] > li').count())
      .toBe(created.quiz.questions.length)
    await expect.poll(() => teacher.locator('[data-summary]').textContent()).toMatch(/^1 attempt · /)
    expect(await teacher.getByLabel('Iframe snippet').inputValue()).toContain(
      'title="Quiz: &lt;img src=x onerror=alert(1)&gt;Bridge &quot;vote&quot;"',
    )
    await checkTeacher()
    await teacher.close()
    await page.close()
  })
})

describe('the catalogue', () => {
  it('links to the quiz and the teacher view, and has no axe violations', async () => {
    const page = await browser.newPage()
    await page.goto(server.url)
    expect(await page.title()).toMatch(/Civic Quiz/)
    await page
      .getByRole('link', { name: /Take the quiz/ })
      .first()
      .click()
    await page.waitForURL(`${server.url}/quiz/${QUIZ_ID}`)
    await page.goBack()
    await expectNoAxeViolations(page)
    await screenshotWidths(page, 'home')
    await page.close()
  })

  it('has the README screenshots (refreshed from this run with UPDATE_SCREENSHOTS=1 npm test)', () => {
    for (const width of [375, 1280]) expect(statSync(`${DOCS}quiz-${width}.png`).size).toBeGreaterThan(10_000)
  })
})
