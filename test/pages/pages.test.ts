import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { APP_CSS, cssVersion } from '../../src/pages/styles'
import { shareLinks } from '../../src/shared/snippets'
import { COUNCIL_ARTICLE, THIN_ARTICLE } from '../fixtures/passages'
import { ADMIN, asTeacher, BASE, call, postJson, rightAnswers, sampleQuiz, wrongAnswers } from '../helpers'

const quiz = sampleQuiz()
const HOSTILE = `"><script>window.__pwned=1</script><img src=x onerror=alert(1)>`

function expectSecurityHeaders(res: Response, frameAncestors = "'none'"): void {
  const csp = res.headers.get('content-security-policy') ?? ''
  expect(csp).toMatch(/script-src 'self'(;|$)/)
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain('unsafe-eval')
  expect(csp).toContain(`frame-ancestors ${frameAncestors}`)
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('no-referrer')
}

/** How JSX escapes text content. */
function escapeText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

function form(fields: Record<string, string>): RequestInit {
  return { method: 'POST', body: new URLSearchParams(fields), headers: { origin: BASE } }
}

/** The form fields that answer `answers` the way the quiz form names them. */
function answerFields(answers: Record<string, number | string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, a]) => [typeof a === 'number' ? `c:${id}` : `t:${id}`, String(a)]),
  )
}

describe('GET /', () => {
  it('lists the built-in quizzes with links to take and teach them, and the make-a-quiz form', async () => {
    const res = await call('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expectSecurityHeaders(res)
    const body = await res.text()
    expect(body.startsWith('<!doctype html>')).toBe(true)
    expect(body).toContain('<html lang="en">')
    expect(body).toContain(`href="/quiz/${quiz.id}"`)
    expect(body).toContain(`href="/teach/${quiz.id}"`)
    expect(body).toContain(`${quiz.questions.length} questions`)
    expect(body).toMatch(/<form method="post" action="\/new"/)
    expect(body).toContain('<textarea id="mq-article" name="article"')
    expect(body).not.toMatch(/<script>|<script [^>]*>[^<]/)
  })
})

describe('GET /quiz/:id', () => {
  it('renders each question as a fieldset with a legend and labelled radios, and a Check answers button', async () => {
    const res = await call(`/quiz/${quiz.id}?class=period-3`)
    expect(res.status).toBe(200)
    expectSecurityHeaders(res)
    const body = await res.text()
    expect(body.match(/<fieldset/g)?.length).toBe(quiz.questions.length)
    expect(body.match(/<legend>/g)?.length).toBe(quiz.questions.length)
    expect(body).toContain('<button type="submit">Check answers</button>')
    expect(body).toContain('role="status"')
    expect(body).toContain('<input type="hidden" name="class" value="period-3"/>')
    expect(body).toMatch(/<script src="\/static\/quiz\.js\?v=[0-9a-f]+" defer="">/)
    expect(body).toContain('type="application/json+oembed"')
    // the discovery link names the page as it is, class code included
    expect(body).toContain(
      `href="${BASE}/oembed?url=${encodeURIComponent(`${BASE}/quiz/${quiz.id}?class=period-3`)}&amp;format=json"`,
    )
    // the answers never reach the student's page
    const q = quiz.questions[0]
    expect(body).not.toContain(q?.explanation ?? 'none')
  })

  it('escapes a hostile class code instead of carrying it', async () => {
    const res = await call(`/quiz/${quiz.id}?class=${encodeURIComponent(HOSTILE)}`)
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).not.toContain('<script>window.__pwned')
    expect(body).not.toContain('<img src=x')
    expect(body).toContain('The class code in this link is not valid')
  })

  it('answers an unknown quiz with an HTML 404 page', async () => {
    const res = await call('/quiz/no-such-quiz')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expectSecurityHeaders(res)
  })
})

describe('POST /quiz/:id (no JavaScript)', () => {
  it('scores the form on the server and shows the result with highlighted evidence', async () => {
    const answers = { ...rightAnswers(quiz) }
    const wrong = wrongAnswers(quiz)
    const firstId = quiz.questions[0]?.id ?? ''
    answers[firstId] = wrong[firstId] ?? 0
    const attemptId = crypto.randomUUID()
    const res = await call(
      `/quiz/${quiz.id}`,
      form({ ...answerFields(answers), name: 'Ana', class: 'nojs-1', attemptId }),
    )
    expect(res.status).toBe(200)
    expectSecurityHeaders(res)
    const body = await res.text()
    const n = quiz.questions.length
    expect(body).toContain(`You scored ${n - 1} out of ${n}`)
    expect(body).toContain('Not quite.')
    expect(body).toMatch(/<blockquote class="evidence">[^<]*(<[^m][^<]*)*<mark>/)
    // stored once, under the class, by the API's own code
    const results = await asTeacher(`/api/quizzes/${quiz.id}/results?class=nojs-1`)
    expect(((await results.json()) as { attempts: number }).attempts).toBe(1)
    // posting the same form again (a reload) stores nothing new
    const again = await call(
      `/quiz/${quiz.id}`,
      form({ ...answerFields(answers), name: 'Ana', class: 'nojs-1', attemptId }),
    )
    expect(await again.text()).toContain(`You scored ${n - 1} out of ${n}`)
    const after = await asTeacher(`/api/quizzes/${quiz.id}/results?class=nojs-1`)
    expect(((await after.json()) as { attempts: number }).attempts).toBe(1)
  })

  it('escapes a hostile name in the re-rendered form and says why it was refused', async () => {
    const res = await call(`/quiz/${quiz.id}`, form({ ...answerFields(rightAnswers(quiz)), name: HOSTILE }))
    expect(res.status).toBe(422)
    const body = await res.text()
    expect(body).not.toContain('<script>window.__pwned')
    expect(body).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;')
    expect(body).toMatch(/A first name is at most 40 characters/)
  })
})

describe('GET /teach/:id', () => {
  it('renders the share kit with the three snippets and no answers without a token', async () => {
    const res = await call(`/teach/${quiz.id}?class=p3`)
    expect(res.status).toBe(200)
    expectSecurityHeaders(res)
    const body = await res.text()
    expect(body).toContain(`${BASE}/quiz/${quiz.id}?class=p3`)
    const links = shareLinks({
      origin: BASE,
      quizId: quiz.id,
      title: quiz.title,
      questionCount: quiz.questions.length,
      classCode: 'p3',
    })
    for (const snippet of [links.widget, links.iframe]) expect(body).toContain(escapeText(snippet))
    expect(body).toContain(`&lt;civic-quiz quiz=&quot;${quiz.id}&quot; class-code=&quot;p3&quot;&gt;`)
    expect(body).toContain(`&lt;iframe src=&quot;${BASE}/embed/${quiz.id}?class=p3&quot;`)
    expect(body).toMatch(/<script src="\/static\/teach\.js\?v=[0-9a-f]+" defer="">/)
    expect(body).not.toContain(quiz.questions[0]?.explanation ?? 'none')
    expect(body).not.toContain(ADMIN)
  })
})

describe('security headers', () => {
  it('are on API answers and static files too', async () => {
    for (const path of ['/api/quizzes', '/favicon.svg', '/nowhere']) {
      expectSecurityHeaders(await call(path))
    }
  })

  it('the stylesheet is a static asset, linked with its hash, and the icon is served with its type', async () => {
    // Built by scripts/build-client.mjs into dist/public, served by Workers assets in front of the worker.
    const css = await env.ASSETS.fetch(new Request(`${BASE}/static/app.css`))
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
    expect(css.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await css.text()).toBe(APP_CSS)
    const link = `<link rel="stylesheet" href="/static/app.css?v=${cssVersion(APP_CSS)}"/>`
    for (const path of ['/', `/quiz/${quiz.id}`, `/embed/${quiz.id}`, `/teach/${quiz.id}`])
      expect(await (await call(path)).text()).toContain(link)
    expect((await call('/favicon.ico')).headers.get('content-type')).toBe('image/svg+xml')
  })

  it('keeps a policy a route set itself (the embed routes opt out of frame-ancestors none)', async () => {
    const { Hono } = await import('hono')
    const { securityHeaders, contentSecurityPolicy } = await import('../../src/pages/security')
    const app = new Hono()
      .use('*', securityHeaders)
      .get('/embed/x', (c) =>
        c.text('ok', 200, { 'content-security-policy': contentSecurityPolicy({ frameAncestors: '*' }) }),
      )
    const res = await app.request('/embed/x')
    expectSecurityHeaders(res, '*')
    expect(res.headers.get('x-frame-options')).toBeNull()
  })

  it('a POST of the API stays JSON', async () => {
    const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: {} })
    expect(res.status).toBe(201)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  })
})

describe('POST /new (make a quiz without JavaScript)', () => {
  let ip = 0
  function make(fields: Record<string, string>): Promise<Response> {
    ip++
    return call('/new', {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'cf-connecting-ip': `198.51.100.${ip}`, origin: BASE },
      redirect: 'manual',
    })
  }

  it('makes the quiz and sends the teacher to its view with the token in the fragment', async () => {
    const res = await make({ article: COUNCIL_ARTICLE, title: 'Riverton bridge', date: '', publisher: ' ' })
    expect(res.status).toBe(303)
    const location = res.headers.get('location') ?? ''
    const match = /^\/teach\/([a-z0-9-]+)#token=([A-Za-z0-9_-]+)$/.exec(location)
    expect(match).not.toBeNull()
    const answers = await asTeacher(`/api/quizzes/${match?.[1]}/answers`, match?.[2])
    expect(answers.status).toBe(200)
    expect(((await answers.json()) as { title: string }).title).toBe('Riverton bridge')
  })

  it('keeps the pasted text and says what was missing when the article is too thin', async () => {
    const hostile = `${THIN_ARTICLE}\n</textarea><script>window.__pwned=1</script>`
    const res = await make({ article: hostile, title: '"><b>x</b>' })
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expectSecurityHeaders(res)
    const body = await res.text()
    expect(body).toContain('The weather was pleasant and people walked in the park.')
    expect(body).toContain('&lt;/textarea&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;')
    expect(body).not.toContain('<script>window.__pwned')
    expect(body).toContain('value="&quot;&gt;&lt;b&gt;x&lt;/b&gt;"')
    expect(body).toMatch(/<p class="alert" role="alert" data-error="true">This article is too thin[^<]+<\/p>/)
  })

  it('says what is wrong with a field that does not fit', async () => {
    const res = await make({ article: COUNCIL_ARTICLE, url: 'javascript:alert(1)' })
    expect(res.status).toBe(422)
    const body = await res.text()
    expect(body).toMatch(/url/i)
    expect(body).toContain('value="javascript:alert(1)"')
  })
})

describe('cross-site form posts (csrf on the no-JS form routes)', () => {
  const quizForm = () =>
    new URLSearchParams({ class: 'csrf', name: 'Forged', ...answerFields(rightAnswers(quiz)) })
  const routes = [
    [`/quiz/${quiz.id}`, quizForm],
    [`/embed/${quiz.id}`, quizForm],
    ['/new', () => new URLSearchParams({ article: COUNCIL_ARTICLE })],
  ] as const

  it.each(routes)(
    'refuses a post to %s from another site, a sandboxed page or no page at all, storing nothing',
    async (path, fields) => {
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
        {},
      ]) {
        const before = (await env.KV.list({ prefix: 'v1:' })).keys.length
        const res = await call(path, { method: 'POST', body: fields(), headers, redirect: 'manual' })
        expect(res.status, JSON.stringify(headers)).toBe(403)
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
        expect(((await res.json()) as { detail: string }).detail).toMatch(/its own page/)
        expect((await env.KV.list({ prefix: 'v1:' })).keys.length).toBe(before)
      }
    },
  )

  it.each(routes)(
    'takes a post to %s from its own page (Origin, or Sec-Fetch-Site: same-origin)',
    async (path, fields) => {
      for (const headers of [{ origin: BASE }, { 'sec-fetch-site': 'same-origin' }]) {
        const res = await call(path, {
          method: 'POST',
          body: fields(),
          headers: { ...headers, 'cf-connecting-ip': `198.51.100.${Math.floor(Math.random() * 200) + 20}` },
          redirect: 'manual',
        })
        expect([200, 303]).toContain(res.status)
      }
    },
  )

  it('leaves the JSON attempt API open to any origin (the widget)', async () => {
    const res = await postJson(
      `/api/quizzes/${quiz.id}/attempts`,
      { answers: {} },
      { origin: 'https://school.example' },
    )
    expect(res.status).toBe(201)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})
