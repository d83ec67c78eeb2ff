import { HTTPException } from 'hono/http-exception'
import { describe, expect, it } from 'vitest'
import { toProblem } from '../../src/api/errors'
import { CLIENT_ASSETS } from '../../src/generated/client-assets'
import { cssVersion } from '../../src/pages/styles'
import { builtinQuizzes } from '../../src/store/builtin'
import { COUNCIL_ARTICLE } from '../fixtures/passages'
import { asTeacher, BASE, call, expectProblem, sampleQuiz } from '../helpers'

const quiz = sampleQuiz()

describe('form routes answer a form over the limit as the page, with the message', () => {
  it.each(['quiz', 'embed'])(
    'POST /%s/:id over 64 KB → 413 HTML with the quiz and what to do',
    async (kind) => {
      const fields = new URLSearchParams({ class: 'big', name: 'Ana', 't:x': 'y'.repeat(70_000) })
      // from the page itself (the form routes refuse cross-site posts)
      const res = await call(`/${kind}/${quiz.id}`, {
        method: 'POST',
        body: fields,
        headers: { origin: BASE },
      })
      expect(res.status).toBe(413)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      const body = await res.text()
      expect(body).toContain('<button type="submit">Check answers</button>')
      expect(body).toMatch(
        /<p class="alert" role="alert" data-error="true">Your answers are too long to send/,
      )
      if (kind === 'embed') expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
    },
  )
})

describe('errors are recognised by their type, never by their message', () => {
  it('an HTTPException that merely says "Malformed JSON" is a plain bad request', async () => {
    const fake = { req: { path: '/x' } } as unknown as Parameters<typeof toProblem>[1]
    const res = toProblem(new HTTPException(400, { message: 'Malformed JSON in request body' }), fake)
    const problem = await expectProblem(res, 400)
    expect(problem.type).toBe('/problems/bad-request')
  })
})

describe('the text a teacher and a student read', () => {
  it('shows the publisher in the teacher view', async () => {
    const wikinews = [...builtinQuizzes().values()].find((q) => q.source.publisher !== undefined)
    if (wikinews === undefined) throw new Error('expected a built-in quiz with a publisher')
    const body = await (await call(`/teach/${wikinews.id}`)).text()
    expect(body).toContain(`, ${wikinews.source.publisher}, <time`)
  })

  it('credits the publisher and the authors once each ("Wikinews", "Text: Wikinews contributors, CC BY 2.5")', async () => {
    for (const q of builtinQuizzes().values()) {
      expect(q.source.publisher ?? '').not.toMatch(/\(/)
      if (q.source.license === undefined) continue
      const body = await (await call(`/quiz/${q.id}`)).text()
      expect(body).toContain(`Text: ${q.source.author}, ${q.source.license}`)
    }
  })

  it('home-page cards do not repeat the title in the source line', async () => {
    const body = await (await call('/')).text()
    for (const q of builtinQuizzes().values()) {
      const card = body.slice(body.indexOf(`<h3>${escapeHtml(q.title)}</h3>`))
      const source = /<p class="source">(.*?)<\/p>/.exec(card)?.[1] ?? ''
      expect(source).not.toContain(escapeHtml(q.title))
      expect(source).toContain(`${q.questions.length} questions`)
    }
  })

  it('an undated quiz says in the teacher view that dates were read against the day it was made', async () => {
    const made = await call('/api/quizzes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.213' },
      body: JSON.stringify({ article: COUNCIL_ARTICLE.replace(/^date \S+\n/, '') }),
    })
    expect(made.status).toBe(201)
    const { id } = (await made.json()) as { id: string }
    const teach = await (await call(`/teach/${id}`)).text()
    expect(teach).toMatch(/No publication date was given/)
    const student = await (await call(`/quiz/${id}`)).text()
    expect(student).not.toMatch(/<time/)
    expect((await asTeacher(`/api/quizzes/${id}/answers`)).status).toBe(200)
  })
})

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll("'", '&#39;')
}

describe('page scripts carry their version in the URL', () => {
  it('links every script with the hash of what it is, so a deploy never runs an old script', async () => {
    for (const path of ['/', `/quiz/${quiz.id}`, `/embed/${quiz.id}`, `/teach/${quiz.id}`]) {
      const body = await (await call(path)).text()
      const scripts = [...body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? '')
      expect(scripts.length).toBeGreaterThan(0)
      for (const src of scripts) {
        const match = /^\/static\/([a-z-]+\.js)\?v=([0-9a-f]+)$/.exec(src)
        expect(match, src).not.toBeNull()
        expect(match?.[2]).toBe(cssVersion(CLIENT_ASSETS[match?.[1] ?? ''] ?? ''))
      }
    }
  })
})
