import { describe, expect, it } from 'vitest'
import { launchBrowser } from './harness/browser'
import { sharedServer } from './harness/server'

/** The node project's shared wrangler dev (this file keeps to its own quizzes and class codes). */
const server = sharedServer()

describe('the worker under wrangler dev', () => {
  it('serves the API over real HTTP', async () => {
    const res = await fetch(`${server.url}/api/quizzes`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { quizzes: unknown[] }
    expect(body.quizzes.length).toBeGreaterThan(0)
  })

  it('is reachable from a real Chromium', async () => {
    const context = await launchBrowser()
    try {
      const page = await context.newPage()
      const res = await page.goto(`${server.url}/healthz`)
      expect(res?.status()).toBe(200)
      expect(await page.textContent('body')).toContain('"ok":true')
    } finally {
      await context.close()
    }
  })
})

describe('the built-in bank as a static asset', () => {
  it('is not served to the public (it holds the answers), while the quizzes it holds are', async () => {
    const res = await fetch(`${server.url}/bank/quizzes.json`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await res.text()).not.toContain('"answer"')
    const list = (await (await fetch(`${server.url}/api/quizzes`)).json()) as {
      quizzes: Array<{ id: string }>
    }
    const first = list.quizzes[0]?.id ?? ''
    const quiz = await fetch(`${server.url}/api/quizzes/${first}`)
    expect(quiz.status).toBe(200)
    expect(await quiz.text()).not.toContain('"answer"')
    // nor the article files a copy of a built-in quiz is made from (they hold the alternates' answers)
    const article = await fetch(`${server.url}/bank/articles/${first}.json`)
    expect(article.status).toBe(404)
    expect(await article.text()).not.toContain('"answer"')
  })
})
