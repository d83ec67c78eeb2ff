import { describe, expect, it } from 'vitest'
import { oembedLinkHref, parseQuizUrl } from '../../src/api/oembed'
import { embedHeight } from '../../src/shared/embed-snippets'
import { BASE, call, expectProblem, sampleQuiz } from '../helpers'

const quiz = sampleQuiz()
const oembed = (url: string, extra = '') => call(`/oembed?url=${encodeURIComponent(url)}${extra}`)

interface OEmbed {
  type: string
  version: string
  title: string
  provider_name: string
  provider_url: string
  html: string
  width: number
  height: number
}

describe('GET /oembed', () => {
  it('answers a rich oEmbed for a quiz link, with the embed iframe as html', async () => {
    const res = await oembed(`${BASE}/quiz/${quiz.id}`, '&format=json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = (await res.json()) as OEmbed
    expect(body).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: quiz.title,
      provider_name: 'Civic Quiz',
      provider_url: `${BASE}/`,
      width: 720,
      height: embedHeight(quiz.questions.length),
    })
    // WordPress's own shape: a blockquote with a link to the quiz, then the sandboxed iframe; a post
    // loads wp-embed (which sizes the frame) only when the blockquote is there
    expect(body.html).toMatch(
      new RegExp(
        `^<blockquote class="wp-embedded-content"><a href="${BASE}/quiz/${quiz.id}">[^<]+</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${BASE}/embed/${quiz.id}" `,
      ),
    )
    expect(body.html).toContain(`width="720" height="${body.height}"`)
    expect(body.html).toContain('title="Quiz: ')
    expect(body.html).toMatch(/<\/iframe>$/)
  })

  it('takes json as the default format, /embed/ links too, and keeps the class code', async () => {
    const res = await oembed(`${BASE}/embed/${quiz.id}?class=period-3`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as OEmbed
    expect(body.html).toContain(`src="${BASE}/embed/${quiz.id}?class=period-3"`)
    expect(body.html).toContain(`href="${BASE}/quiz/${quiz.id}?class=period-3"`)
  })

  it('asks for the paged layout when maxheight is under the quiz height (WordPress: at most 1,000 px)', async () => {
    const body = (await (
      await oembed(`${BASE}/quiz/${quiz.id}?class=Period-3`, '&maxwidth=600&maxheight=750')
    ).json()) as OEmbed
    expect([body.width, body.height]).toEqual([600, 750])
    expect(body.html).toContain(`src="${BASE}/embed/${quiz.id}?class=period-3&amp;layout=paged"`)
    const tall = (await (
      await oembed(`${BASE}/quiz/${quiz.id}`, `&maxheight=${embedHeight(quiz.questions.length)}`)
    ).json()) as OEmbed
    expect(tall.html).not.toContain('layout=paged')
  })

  it('respects maxwidth and maxheight', async () => {
    const res = await oembed(`${BASE}/quiz/${quiz.id}`, '&format=json&maxwidth=400&maxheight=300')
    const body = (await res.json()) as OEmbed
    expect([body.width, body.height]).toEqual([400, 300])
    expect(body.html).toContain('width="400" height="300"')
    const roomy = (await (await oembed(`${BASE}/quiz/${quiz.id}`, '&maxwidth=5000')).json()) as OEmbed
    expect(roomy.width).toBe(720)
  })

  it('escapes the title in the html', async () => {
    const body = (await (await oembed(`${BASE}/quiz/${quiz.id}`)).json()) as OEmbed
    expect(body.html).not.toMatch(/title="[^"]*'/)
    expect(body.html.match(/"/g)?.length).toBe(24) // twelve quoted attribute values, no stray quote
  })

  it('answers 404 problem+json for an unknown quiz and for links of other sites or pages', async () => {
    for (const url of [
      `${BASE}/quiz/no-such-quiz`,
      `https://elsewhere.example/quiz/${quiz.id}`,
      `${BASE}/teach/${quiz.id}`,
      `${BASE}/quiz/${quiz.id}/extra`,
      'not a url',
    ]) {
      const problem = await expectProblem(await oembed(url), 404)
      expect(problem.type).toBe('/problems/not-found')
    }
  })

  it('answers 501 for a format other than json', async () => {
    await expectProblem(await oembed(`${BASE}/quiz/${quiz.id}`, '&format=xml'), 501)
  })

  it('answers 400 without a url, or with a maxwidth that is not a positive number', async () => {
    await expectProblem(await call('/oembed?format=json'), 400)
    await expectProblem(await oembed(`${BASE}/quiz/${quiz.id}`, '&maxwidth=wide'), 400)
  })
})

describe('oembedLinkHref and parseQuizUrl', () => {
  it('builds the discovery link of a quiz page', () => {
    expect(oembedLinkHref(BASE, `${BASE}/quiz/a-quiz?class=p3`)).toBe(
      `${BASE}/oembed?url=${encodeURIComponent(`${BASE}/quiz/a-quiz?class=p3`)}&format=json`,
    )
  })

  it('reads the quiz id and a valid class code from quiz and embed links of this origin only', () => {
    expect(parseQuizUrl(`${BASE}/quiz/a-quiz?class=p3`, BASE)).toEqual({ quizId: 'a-quiz', classCode: 'p3' })
    expect(parseQuizUrl(`${BASE}/embed/a-quiz/#?secret=x`, BASE)).toEqual({
      quizId: 'a-quiz',
      classCode: null,
    })
    expect(parseQuizUrl(`${BASE}/quiz/a-quiz?class=${encodeURIComponent('<b>')}`, BASE)?.classCode).toBeNull()
    expect(parseQuizUrl('http://quiz.test/quiz/a-quiz', BASE)).toBeNull()
    expect(parseQuizUrl(`${BASE}/quiz/A_Quiz`, BASE)).toBeNull()
  })
})
