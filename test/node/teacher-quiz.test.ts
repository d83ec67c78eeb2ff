/**
 * The teacher's quiz in a real Chromium against the real worker (wrangler dev, with its Durable
 * Objects): keep it (the teacher link, "Your quizzes"), fix it (edit, swap, add from a sentence,
 * reorder, undo; versions that keep scores true; two tabs, one 412), set it (score-only, one attempt
 * per name, the article, blanks confirmed), and read the results. axe on every new view; screenshots
 * at 375 and 1280 px into docs/.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EditView, Question } from '../../src/schema'
import { COUNCIL_ARTICLE } from '../fixtures/passages'
import { expectNoAxeViolations } from './harness/axe'
import { launchBrowser, screenshotWidths } from './harness/browser'
import { fromNetwork, sharedServer } from './harness/server'

const TITLE = 'Riverton approves bridge repairs'

/** The node project's shared wrangler dev (this file keeps to its own quizzes and class codes). */
const server = sharedServer()
let browser: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A quiz made through the API, as the home page's form makes it: its id and teacher link. */
async function makeQuiz(): Promise<{ id: string; token: string; link: string }> {
  const res = await fetch(`${server.url}/api/quizzes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...fromNetwork('198.51.100.22') },
    body: JSON.stringify({ article: COUNCIL_ARTICLE, title: TITLE }),
  })
  expect(res.status).toBe(201)
  const { id, teacherToken } = (await res.json()) as { id: string; teacherToken: string }
  return {
    id,
    token: teacherToken,
    link: `${server.url}/teach/${id}#token=${encodeURIComponent(teacherToken)}`,
  }
}

async function editView(id: string, token: string): Promise<EditView> {
  const res = await fetch(`${server.url}/api/quizzes/${id}/edit`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return (await res.json()) as EditView
}

async function setSettings(id: string, token: string, settings: object): Promise<void> {
  const res = await fetch(`${server.url}/api/quizzes/${id}/settings`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  })
  expect(res.status).toBe(200)
}

/** Answers every question on a quiz page: the first option, or a word typed. */
async function answerAll(page: Page): Promise<number> {
  // The student's tab may be behind the teacher's: a desktop Chromium (Debian's) stops painting a
  // tab behind another of its context, and each check then waits about 2 s for a frame.
  await page.bringToFront()
  const groups = page.locator('form.quiz > fieldset')
  const count = await groups.count()
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i)
    if ((await group.getByRole('radio').count()) > 0) await group.getByRole('radio').first().check()
    else await group.getByRole('textbox').fill('repairs')
  }
  return count
}

async function teacherPage(link: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(link)
  await expect.poll(() => page.locator('[data-questions] > li').count()).toBeGreaterThan(0)
  return page
}

describe('keep it', () => {
  it('shows the teacher link with a copy button and a warning; the quiz is found again after the tab is closed', async () => {
    const page = await browser.newPage()
    await page.goto(server.url)
    await page.getByLabel('Article text').fill(COUNCIL_ARTICLE)
    await page.getByLabel(/^Title/).fill(TITLE)
    await page.getByRole('button', { name: 'Make the quiz' }).click()
    await page.waitForURL(/\/teach\/[a-z0-9-]+$/)
    const id = new URL(page.url()).pathname.split('/').pop() ?? ''
    const linkBox = page.getByRole('textbox', { name: 'Teacher link' })
    await expect.poll(() => linkBox.inputValue()).toMatch(new RegExp(`^${server.url}/teach/${id}#token=.+`))
    const link = await linkBox.inputValue()
    expect(await page.locator('#teacher-link-warning').textContent()).toMatch(/only way back/)
    await page.getByRole('button', { name: 'Copy teacher link' }).click()
    await expect
      .poll(() => page.locator('#link-section [role=status]').textContent())
      .toMatch(/^Teacher link (copied|is selected)/)
    await expect.poll(() => page.locator('[data-summary]').count()).toBe(1)
    await expectNoAxeViolations(page)
    await page.close()

    // the tab is gone: the home page lists the quiz under "Your quizzes"
    const home = await browser.newPage()
    await home.goto(server.url)
    const yours = home.locator('#your-quizzes')
    await expect.poll(() => yours.isVisible()).toBe(true)
    expect(await yours.getByRole('heading', { level: 3 }).first().textContent()).toBe(TITLE)
    await expectNoAxeViolations(home)
    await screenshotWidths(home, 'home-your-quizzes')
    await home
      .getByRole('link', { name: `Open the teacher view of “${TITLE}”` })
      .first()
      .click()
    await home.waitForURL(new RegExp(`/teach/${id}$`))
    await expect.poll(() => home.locator('[data-questions] > li').count()).toBeGreaterThan(2)
    await home.close()

    // and through the link itself, in a new tab
    const again = await teacherPage(link)
    expect(again.url()).toBe(`${server.url}/teach/${id}`)
    await again.close()

    // removing it from the list asks first
    const list = await browser.newPage()
    await list.goto(server.url)
    await list
      .getByRole('button', { name: `Remove from this list “${TITLE}”` })
      .first()
      .click()
    await list.getByRole('button', { name: `Yes, remove “${TITLE}”` }).click()
    await expect.poll(() => list.getByRole('status').filter({ hasText: 'Removed' }).count()).toBe(1)
    await list.close()
  }, 180_000)

  it('makes a copy of a built-in quiz to edit, with its own teacher link', async () => {
    const page = await browser.newPage()
    await page.goto(server.url)
    await page
      .getByRole('button', { name: /^Make a copy to edit/ })
      .first()
      .click()
    await page.waitForURL(/\/teach\/[a-z0-9-]+$/)
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Teacher link' }).inputValue())
      .toMatch(/#token=/)
    await expect
      .poll(() => page.getByRole('button', { name: 'Edit question 1', exact: true }).count())
      .toBe(1)
    await page.close()
  }, 120_000)
})

describe('fix it', () => {
  it('edits, swaps, adds from a sentence and reorders; the old version’s student is scored on it; results show both', async () => {
    const made = await makeQuiz()
    const v1 = await editView(made.id, made.token)
    const student = await browser.newPage()
    await student.goto(`${server.url}/quiz/${made.id}?class=p5`)

    const page = await teacherPage(made.link)
    // edit question 1, with inline validation and a preview as a student sees it
    await page.getByRole('button', { name: 'Edit question 1', exact: true }).click()
    const prompt = page.getByRole('textbox', { name: 'Question', exact: true })
    await prompt.fill('')
    await page.getByRole('button', { name: 'Save the question' }).click()
    expect(await page.locator('.field-error').first().textContent()).toBe('Write the question.')
    const reworded = `In your own words: ${v1.quiz.questions[0]?.prompt ?? ''}`
    await prompt.fill(reworded)
    await expect
      .poll(() => page.getByRole('group', { name: `Preview, as a student sees it: 1. ${reworded}` }).count())
      .toBe(1)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Save the question' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved question 1.' }).count()).toBe(1)
    await expect.poll(() => page.locator('[data-questions] > li h3').first().textContent()).toBe(reworded)
    expect(await page.locator('[data-questions] > li').first().textContent()).toContain(
      'Edited by the teacher',
    )

    // swap question 2 for the generator's next-best
    await page.getByRole('button', { name: 'Swap question 2', exact: true }).click()
    await expectNoAxeViolations(page)
    const alternate = await page.getByRole('combobox', { name: 'Swap question 2 for' }).inputValue()
    await page.getByRole('button', { name: 'Swap it in' }).click()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Swapped question 2' }).count())
      .toBe(1)
    await expect
      .poll(() => page.locator('[data-questions] > li').nth(1).getAttribute('data-question'))
      .toBe(alternate)

    // add a question from a sentence the teacher picks
    const view = await editView(made.id, made.token)
    let index = -1
    for (const [i, s] of (view.article?.sentences ?? []).entries()) {
      const res = await fetch(
        `${server.url}/api/quizzes/${made.id}/candidates?start=${s.start}&end=${s.end}`,
        {
          headers: { authorization: `Bearer ${made.token}` },
        },
      )
      if (((await res.json()) as { questions: Question[] }).questions.length > 0) {
        index = i
        break
      }
    }
    expect(index).toBeGreaterThanOrEqual(0)
    await page.getByRole('combobox', { name: 'Sentence' }).selectOption(String(index))
    await page.getByRole('button', { name: 'Show its questions' }).click()
    const add = page.getByRole('button', { name: /^Add this question/ }).first()
    await expect.poll(() => add.count()).toBe(1)
    await expectNoAxeViolations(page)
    const before = await page.locator('[data-questions] > li').count()
    await add.click()
    await expect.poll(() => page.locator('[data-questions] > li').count()).toBe(before + 1)

    // reorder, then undo, then reorder again
    const first = await page.locator('[data-questions] > li').first().getAttribute('data-question')
    await page.getByRole('button', { name: 'Move down question 1', exact: true }).click()
    await expect
      .poll(() => page.locator('[data-questions] > li').nth(1).getAttribute('data-question'))
      .toBe(first)
    await page.getByRole('button', { name: 'Undo the last change' }).click()
    await expect
      .poll(() => page.locator('[data-questions] > li').first().getAttribute('data-question'))
      .toBe(first)
    await page.getByRole('button', { name: 'Move down question 1', exact: true }).click()
    await expect
      .poll(() => page.locator('[data-questions] > li').nth(1).getAttribute('data-question'))
      .toBe(first)
    const latest = await editView(made.id, made.token)
    expect(latest.version).toBe(7)

    // the student who loaded version 1 is scored on version 1
    const oldCount = await answerAll(student)
    expect(oldCount).toBe(v1.quiz.questions.length)
    await student.getByRole('button', { name: 'Check answers' }).click()
    await expect
      .poll(() => student.getByRole('status').first().textContent())
      .toMatch(new RegExp(`^You scored \\d+ out of ${v1.quiz.questions.length}$`))
    // a scored attempt is final: its answers cannot be changed and sent again
    expect(await student.getByRole('radio').first().isDisabled()).toBe(true)
    expect(await student.getByRole('button', { name: 'Check answers' }).isVisible()).toBe(false)

    // a new student gets the latest version
    const fresh = await browser.newPage()
    await fresh.goto(`${server.url}/quiz/${made.id}?class=p5`)
    expect(await fresh.locator('form.quiz > fieldset').count()).toBe(latest.quiz.questions.length)
    expect(await fresh.locator('form.quiz').textContent()).toContain(reworded)
    await fresh.getByLabel('First name').fill('Bo')
    await answerAll(fresh)
    await fresh.getByRole('button', { name: 'Check answers' }).click()
    await expect
      .poll(() => fresh.getByRole('status').first().textContent())
      .toMatch(new RegExp(`out of ${latest.quiz.questions.length}$`))

    // the teacher's results refresh by themselves and show both versions, students first
    await page.getByLabel(/^Show results of class/).fill('p5')
    await expect
      .poll(() => page.locator('[data-summary]').textContent(), { timeout: 15_000 })
      .toMatch(/^2 attempts/)
    const versions = await page.locator('table.students tbody td:last-child').allTextContents()
    expect(versions.sort()).toEqual(['v1', 'v7'])
    expect(await page.locator('[data-results] li.old').count()).toBeGreaterThan(0)
    const order = await page
      .locator('[data-results] table, [data-results] ol')
      .evaluateAll((nodes) => nodes.map((n) => n.tagName))
    expect(order).toEqual(['TABLE', 'OL'])
    await expectNoAxeViolations(page)
    await screenshotWidths(page, 'teacher-editor')
    await Promise.all([student.close(), fresh.close(), page.close()])
  }, 240_000)

  it('two tabs editing at once: one change is saved, the other gets 412 and the latest version', async () => {
    const made = await makeQuiz()
    const [a, b] = await Promise.all([teacherPage(made.link), teacherPage(made.link)])
    const refused = b.waitForResponse((r) => r.url().endsWith('/order') && r.status() === 412)
    await a.getByRole('button', { name: 'Move down question 1', exact: true }).click()
    await expect.poll(() => a.getByRole('status').filter({ hasText: 'Moved question 1' }).count()).toBe(1)
    await b.getByRole('button', { name: 'Move down question 2', exact: true }).click()
    await refused
    await expect
      .poll(() => b.getByRole('status').filter({ hasText: 'changed in another tab' }).count())
      .toBe(1)
    expect((await editView(made.id, made.token)).version).toBe(2)
    await Promise.all([a.close(), b.close()])
  })
})

describe('set it', () => {
  it('score-only never sends the key to the student’s browser', async () => {
    const made = await makeQuiz()
    const page = await teacherPage(made.link)
    await page.getByRole('radio', { name: /^Show the score only/ }).check()
    await page.getByRole('checkbox', { name: 'Show the article to students' }).check()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1)
    await expectNoAxeViolations(page)
    await page.close()

    const view = await editView(made.id, made.token)
    const student = await browser.newPage()
    const bodies: string[] = []
    student.on('response', (r) => {
      if (r.url().includes('/api/')) void r.text().then((t) => bodies.push(t))
    })
    await student.goto(`${server.url}/quiz/${made.id}`)
    expect(await student.locator('details.article summary').textContent()).toBe('Read the article')
    await answerAll(student)
    await student.getByRole('button', { name: 'Check answers' }).click()
    await expect
      .poll(() => student.getByRole('status').first().textContent())
      .toMatch(/^You scored \d+ out of/)
    expect(await student.locator('[data-withheld]').textContent()).toMatch(/score only/)
    expect(await student.locator('.feedback:not([hidden])').count()).toBe(0)
    await expect.poll(() => bodies.length).toBeGreaterThan(0)
    const seen = `${bodies.join('\n')}${await student.content()}`
    for (const q of view.quiz.questions) {
      expect(seen).not.toContain(q.explanation)
      if (q.accept !== undefined) for (const a of q.accept) expect(seen).not.toContain(`"${a}"`)
    }
    expect(seen).not.toContain('"evidence"')
    expect(seen).not.toContain('"answer"')
    await expectNoAxeViolations(student)
    await student.close()
  }, 120_000)

  it('one-per-name refuses a second attempt under the same name with a clear message', async () => {
    const made = await makeQuiz()
    await setSettings(made.id, made.token, {
      feedback: 'immediate',
      attempts: 'one-per-name',
      showArticle: false,
    })
    const first = await browser.newPage()
    await first.goto(`${server.url}/quiz/${made.id}?class=p2`)
    await first.getByLabel('First name').fill('Ana')
    await answerAll(first)
    await first.getByRole('button', { name: 'Check answers' }).click()
    await expect.poll(() => first.getByRole('status').first().textContent()).toMatch(/^You scored/)
    const second = await browser.newPage()
    await second.goto(`${server.url}/quiz/${made.id}?class=p2`)
    await second.getByLabel('First name').fill('ana')
    await answerAll(second)
    await second.getByRole('button', { name: 'Check answers' }).click()
    await expect
      .poll(() => second.getByRole('alert').first().textContent())
      .toMatch(/“ana” has already taken this quiz in class p2/)
    await expectNoAxeViolations(second)
    await Promise.all([first.close(), second.close()])
  })

  it('asks the student to confirm a blank or partly blank submission first', async () => {
    const made = await makeQuiz()
    const page = await browser.newPage()
    await page.goto(`${server.url}/quiz/${made.id}`)
    const total = await page.locator('form.quiz > fieldset').count()
    await page.locator('form.quiz > fieldset').first().getByRole('radio').first().check()
    await page.getByRole('button', { name: 'Check answers' }).click()
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe(
        `${total - 1} of ${total} questions are not answered. Press “Send anyway” to send your answers as they are, or answer them first.`,
      )
    expect(await page.locator('[data-score]').textContent()).toBe('')
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Send anyway' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(`out of ${total}`)
    await page.close()
  })
})
