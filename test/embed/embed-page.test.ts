import { describe, expect, it } from 'vitest'
import { BASE, call, inOneLimiterMinute, rightAnswers, sampleQuiz } from '../helpers'

const quiz = sampleQuiz()

function expectFramable(res: Response): void {
  const csp = res.headers.get('content-security-policy') ?? ''
  expect(csp).toContain('frame-ancestors *')
  expect(csp).toMatch(/script-src 'self'(;|$)/)
  expect(csp).not.toContain('unsafe-inline')
  expect(res.headers.get('x-frame-options')).toBeNull()
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('no-referrer')
}

describe('GET /embed/:id', () => {
  it('serves the quiz alone, framable by any site, with the resize script', async () => {
    const res = await call(`/embed/${quiz.id}?class=period-3`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expectFramable(res)
    const body = await res.text()
    expect(body.startsWith('<!doctype html><html lang="en">')).toBe(true)
    expect(body.match(/<fieldset/g)?.length).toBe(quiz.questions.length)
    expect(body.match(/<legend>/g)?.length).toBe(quiz.questions.length)
    expect(body).toContain('<button type="submit">Check answers</button>')
    expect(body).toContain('role="status"')
    expect(body).toContain(`action="/embed/${quiz.id}#cq-score"`)
    expect(body).toContain('<input type="hidden" name="class" value="period-3"/>')
    expect(body).toMatch(/<script src="\/static\/embed\.js\?v=[0-9a-f]+" defer="">/)
    expect(body).toMatch(/<script src="\/static\/quiz\.js\?v=[0-9a-f]+" defer="">/)
    expect(body).not.toContain('class="site"') // no site header or footer
  })

  it('drops a class code that is not one', async () => {
    const body = await (await call(`/embed/${quiz.id}?class=${encodeURIComponent('"><b>')}`)).text()
    expect(body).not.toContain('name="class"')
    expect(body).not.toContain('"><b>')
  })

  it('answers 404 for an unknown quiz, still framable', async () => {
    const res = await call('/embed/no-such-quiz')
    expect(res.status).toBe(404)
    expectFramable(res)
    expect(await res.text()).toContain('Quiz not found')
  })
})

describe('POST /embed/:id (no JavaScript)', () => {
  it('scores the form in the frame and shows the result', async () => {
    const fields = new URLSearchParams({ attemptId: crypto.randomUUID(), class: 'period-3', name: 'Ana' })
    for (const [id, a] of Object.entries(rightAnswers(quiz)))
      fields.set(typeof a === 'number' ? `c:${id}` : `t:${id}`, String(a))
    const res = await call(`/embed/${quiz.id}`, { method: 'POST', body: fields, headers: { origin: BASE } })
    expect(res.status).toBe(200)
    expectFramable(res)
    const body = await res.text()
    expect(body).toContain(`You scored ${quiz.questions.length} out of ${quiz.questions.length}`)
    expect(body).toContain(`href="/embed/${quiz.id}?class=period-3">Take the quiz again`)
    expect(body).toContain(`${BASE}/quiz/${quiz.id}?class=period-3`)
  })

  it('asks before sending a partly blank form, and sends it on "Send anyway"', async () => {
    const [answered] = Object.entries(rightAnswers(quiz))
    const fields = new URLSearchParams({ attemptId: crypto.randomUUID() })
    if (answered !== undefined) fields.set(`c:${answered[0]}`, String(answered[1]))
    const asked = await call(`/embed/${quiz.id}`, { method: 'POST', body: fields, headers: { origin: BASE } })
    expect(asked.status).toBe(422)
    const page = await asked.text()
    expect(page).toContain(
      `${quiz.questions.length - 1} of ${quiz.questions.length} questions are not answered`,
    )
    expect(page).toContain('name="confirmBlank" value="1"')
    expect(page).toContain('Send anyway')
    fields.set('confirmBlank', '1')
    const sent = await call(`/embed/${quiz.id}`, { method: 'POST', body: fields, headers: { origin: BASE } })
    expect(sent.status).toBe(200)
    expect(await sent.text()).toContain(`out of ${quiz.questions.length}`)
  })

  it('keeps the answers and says why when they do not fit the quiz', async () => {
    const fields = new URLSearchParams({ 'c:no-such-question': '1', confirmBlank: '1' })
    const res = await call(`/embed/${quiz.id}`, { method: 'POST', body: fields, headers: { origin: BASE } })
    expect(res.status).toBe(422)
    expectFramable(res)
    expect(await res.text()).toContain('no-such-question')
  })
})

describe('POST /embed/:id and the rate limit', () => {
  function post(ip: string, attempt: number): Promise<Response> {
    const fields = new URLSearchParams({ class: `embed-limited-${attempt}`, 'c:none': '', confirmBlank: '1' })
    return call(`/embed/${quiz.id}`, {
      method: 'POST',
      body: fields,
      headers: { 'cf-connecting-ip': ip, origin: BASE },
    })
  }

  it("counts each student's network apart, as the quiz page does: one network limited leaves another free", () =>
    inOneLimiterMinute(async (attempt) => {
      const statuses: number[] = []
      for (let i = 0; i < 200; i += 50)
        statuses.push(
          ...(await Promise.all(Array.from({ length: 50 }, () => post('203.0.113.50', attempt)))).map(
            (r) => r.status,
          ),
        )
      expect(statuses.every((s) => s === 200)).toBe(true)
      const limited = await post('203.0.113.50', attempt)
      expect(limited.status).toBe(429)
      expectFramable(limited)
      expect(await limited.text()).toMatch(/Too many attempts for this class from this network/)
      // Had the page called the API as the worker itself, every network would share one count.
      expect((await post('198.51.100.50', attempt)).status).toBe(200)
    }))
})
