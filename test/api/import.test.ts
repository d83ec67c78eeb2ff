import { env } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IMPORT_USER_AGENT } from '../../src/import/fetch-page'
import { createQuizResponseSchema } from '../../src/schema'
import { QuizVersions } from '../../src/store/quiz-versions'
import { COUNCIL_PARAGRAPHS, FRENCH_PAGE, NEWS_PAGE, PAYWALL_PAGE } from '../fixtures/pages'
import { expectProblem, postJson } from '../helpers'

// The worker's outbound fetch is replaced by a table of pages, so nothing leaves the test; the real
// server (redirect chains, big and slow bodies) is in test/node/import-fetch.test.ts.

type Route = () => Response
let site: Map<string, Route>
let requests: Request[]

beforeEach(() => {
  site = new Map()
  requests = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init)
    requests.push(request)
    const route = site.get(request.url)
    if (route === undefined) throw new Error(`test fetch: nothing at ${request.url}`)
    return route()
  })
})
afterEach(() => {
  vi.restoreAllMocks()
})

const html =
  (body: string, type = 'text/html; charset=utf-8') =>
  () =>
    new Response(body, { headers: { 'content-type': type } })
const redirect = (to: string) => () => new Response(null, { status: 302, headers: { location: to } })

let ip = 0
function importLink(body: unknown): Promise<Response> {
  ip++
  return postJson('/api/quizzes', body, { 'cf-connecting-ip': `198.51.100.${ip}` })
}

async function storedQuizKeys(): Promise<number> {
  return (await env.KV.list({ prefix: 'v1:quiz:' })).keys.length
}

describe('POST /api/quizzes with { url }', () => {
  it('fetches the page, makes the quiz from its article and credits headline, date, outlet, author and canonical link', async () => {
    site.set('https://courier.example.com/story', html(NEWS_PAGE))
    const res = await importLink({ url: 'https://courier.example.com/story' })
    expect(res.status).toBe(201)
    const created = createQuizResponseSchema.parse(await res.json())
    expect(created.quiz.source).toEqual({
      title: 'Council approves $4.5m bridge repairs',
      date: '2026-03-10',
      publisher: 'The Riverton Courier',
      author: 'Mara Quinn',
      url: 'https://courier.example.com/news/2026/03/10/bridge',
    })
    expect(created.quiz.title).toBe('Council approves $4.5m bridge repairs')
    expect(created.imported?.text.split('\n\n')).toEqual(COUNCIL_PARAGRAPHS)
    for (const q of created.quiz.questions)
      expect(created.imported?.text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text)
    // stored by the quiz's Durable Object (issue 12), not in KV
    expect(await new QuizVersions(env.QUIZ, created.id).head()).not.toBeNull()
    const sent = requests[0]
    expect(sent?.headers.get('user-agent')).toBe(IMPORT_USER_AGENT)
    expect(sent?.headers.get('cookie')).toBeNull()
    expect(sent?.headers.get('authorization')).toBeNull()
  })

  it("lets the teacher's title, date and publisher override the page's", async () => {
    site.set('https://courier.example.com/story', html(NEWS_PAGE))
    const res = await importLink({
      url: 'https://courier.example.com/story',
      title: 'Bridge vote',
      date: '2026-03-11',
      publisher: 'Courier',
    })
    const created = createQuizResponseSchema.parse(await res.json())
    expect(created.quiz.source).toMatchObject({
      title: 'Bridge vote',
      date: '2026-03-11',
      publisher: 'Courier',
    })
  })

  it('follows a redirect on the same rule and reads the page it lands on', async () => {
    site.set('https://short.example/x', redirect('https://courier.example.com/story'))
    site.set('https://courier.example.com/story', html(NEWS_PAGE))
    expect((await importLink({ url: 'https://short.example/x' })).status).toBe(201)
    expect(requests.map((r) => r.url)).toEqual([
      'https://short.example/x',
      'https://courier.example.com/story',
    ])
  })

  it.each([
    [
      'a link to a private address, never fetched',
      'http://169.254.169.254/latest/meta-data/',
      {},
      'import-forbidden-address',
      /not a public web site/,
    ],
    [
      'a redirect to a loopback address',
      'https://a.example/',
      { 'https://a.example/': redirect('http://127.0.0.1:8080/admin') },
      'import-forbidden-address',
      /127\.0\.0\.1/,
    ],
    [
      'a redirect to file:///etc/passwd',
      'https://a.example/',
      { 'https://a.example/': redirect('file:///etc/passwd') },
      'import-bad-url',
      /only http and https/i,
    ],
    [
      'a redirect to a link with credentials',
      'https://a.example/',
      { 'https://a.example/': redirect('https://user:pw@b.example/') },
      'import-bad-url',
      /user name or password/,
    ],
    [
      'a 404',
      'https://a.example/gone',
      { 'https://a.example/gone': () => new Response('no', { status: 404, statusText: 'Not Found' }) },
      'import-upstream-status',
      /answered 404/,
    ],
    [
      'a PDF',
      'https://a.example/report.pdf',
      { 'https://a.example/report.pdf': html('%PDF-1.7', 'application/pdf') },
      'import-unsupported-type',
      /application\/pdf, not a web page/,
    ],
    [
      'JSON',
      'https://a.example/api',
      { 'https://a.example/api': html('{}', 'application/json') },
      'import-unsupported-type',
      /application\/json/,
    ],
    [
      'a page in French',
      'https://a.example/fr',
      { 'https://a.example/fr': html(FRENCH_PAGE) },
      'import-not-english',
      /reads English articles for now/,
    ],
    [
      'a paywall teaser',
      'https://a.example/paid',
      { 'https://a.example/paid': html(PAYWALL_PAGE) },
      'import-no-article',
      /Paste the article text instead/,
    ],
  ] as const)('refuses %s with its problem+json and stores nothing', async (_, url, pages, type, detail) => {
    for (const [at, route] of Object.entries(pages)) site.set(at, route)
    const before = await storedQuizKeys()
    const problem = await expectProblem(await importLink({ url }), 422)
    expect(problem.type).toBe(`/problems/${type}`)
    expect(problem.detail).toMatch(detail)
    expect(problem.errors?.[0]?.pointer).toBe('#/url')
    expect(await storedQuizKeys()).toBe(before)
    if (type === 'import-forbidden-address' && url.startsWith('http://169')) expect(requests).toEqual([])
  })

  it('refuses a sixth redirect, having checked each hop', async () => {
    for (let i = 0; i < 6; i++) site.set(`https://hop.example/${i}`, redirect(`https://hop.example/${i + 1}`))
    site.set('https://hop.example/6', html(NEWS_PAGE))
    const problem = await expectProblem(await importLink({ url: 'https://hop.example/0' }), 422)
    expect(problem.type).toBe('/problems/import-too-many-redirects')
    expect(requests).toHaveLength(6)
  })

  it('refuses a page over 2 MB by its Content-Length without reading it', async () => {
    site.set(
      'https://a.example/big',
      () => new Response('x'.repeat(3 * 1024 * 1024), { headers: { 'content-type': 'text/html' } }),
    )
    const problem = await expectProblem(await importLink({ url: 'https://a.example/big' }), 422)
    expect(problem.type).toBe('/problems/import-too-large')
  })

  it('asks for an article or a link when the body has neither', async () => {
    const problem = await expectProblem(await importLink({}), 422)
    expect(problem.errors?.[0]?.pointer).toBe('#/article')
    expect(requests).toEqual([])
  })

  it('refuses a link that is not http(s) in the schema, before anything is fetched', async () => {
    const problem = await expectProblem(await importLink({ url: 'file:///etc/passwd' }), 422)
    expect(problem.errors?.[0]?.pointer).toBe('#/url')
    expect(requests).toEqual([])
  })
})
