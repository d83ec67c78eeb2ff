import { env } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { createQuizResponseSchema, publicQuizSchema, quizSchema } from '../../src/schema'
import { QuizVersions } from '../../src/store/quiz-versions'
import { COUNCIL_ARTICLE, THIN_ARTICLE } from '../fixtures/passages'
import { ADMIN, asTeacher, call, expectProblem, inOneLimiterMinute, postJson, sampleQuiz } from '../helpers'

let ip = 0
/** Each create comes from its own address, so the tests stay under the 10-a-minute limit. */
function create(body: unknown): Promise<Response> {
  ip++
  return postJson('/api/quizzes', body, { 'cf-connecting-ip': `192.0.2.${ip}` })
}

async function createCouncilQuiz() {
  const res = await create({
    article: COUNCIL_ARTICLE,
    title: 'Riverton approves bridge repairs',
    publisher: 'Test Gazette',
    url: 'https://example.org/bridge',
  })
  expect(res.status).toBe(201)
  return createQuizResponseSchema.parse(await res.json())
}

describe('POST /api/quizzes', () => {
  it('makes a quiz from a pasted article, stores it with only a hash of the token, and shows the token once', async () => {
    const created = await createCouncilQuiz()
    expect(created.quiz.id).toBe(created.id)
    expect(created.id).toMatch(/^[a-z0-9-]+-[a-z0-9]{8}$/)
    expect(created.quiz.title).toBe('Riverton approves bridge repairs')
    expect(created.quiz.source).toMatchObject({
      title: 'Riverton approves bridge repairs',
      date: '2026-03-12',
      publisher: 'Test Gazette',
      url: 'https://example.org/bridge',
    })
    expect(created.quiz.questions.length).toBeGreaterThanOrEqual(3)
    for (const q of created.quiz.questions)
      expect(COUNCIL_ARTICLE.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text)
    const head = await new QuizVersions(env.QUIZ, created.id).head()
    expect(head?.version).toBe(1)
    expect(head?.record.quiz).toEqual(created.quiz)
    expect(head?.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(head)).not.toContain(created.teacherToken)
    // the generator's next-best questions are kept for swapping in, none of them already asked
    expect(head?.record.alternates.length).toBeGreaterThan(0)
    const asked = new Set(created.quiz.questions.map((q) => q.id))
    expect(head?.record.alternates.some((q) => asked.has(q.id))).toBe(false)
  })

  it('serves the new quiz to students without answers, and scores attempts on it', async () => {
    const created = await createCouncilQuiz()
    const pub = publicQuizSchema.parse(await (await call(`/api/quizzes/${created.id}`)).json())
    expect(pub.questions.map((q) => q.id)).toEqual(created.quiz.questions.map((q) => q.id))
    const first = created.quiz.questions.find((q) => q.options !== undefined)
    if (first === undefined) throw new Error('expected a choice question')
    const res = await postJson(`/api/quizzes/${created.id}/attempts`, {
      answers: { [first.id]: first.answer },
    })
    expect(res.status).toBe(201)
    expect(((await res.json()) as { score: number }).score).toBe(1)
  })

  it("opens the quiz's results with its own token or the admin token, and with no other", async () => {
    const a = await createCouncilQuiz()
    const b = await createCouncilQuiz()
    expect((await asTeacher(`/api/quizzes/${a.id}/results`, a.teacherToken)).status).toBe(200)
    expect((await asTeacher(`/api/quizzes/${a.id}/results`, ADMIN)).status).toBe(200)
    await expectProblem(await asTeacher(`/api/quizzes/${a.id}/results`, b.teacherToken), 401)
    await expectProblem(await asTeacher(`/api/quizzes/${a.id}/answers`, b.teacherToken), 401)
    expect(await (await asTeacher(`/api/quizzes/${a.id}/answers`, a.teacherToken)).json()).toEqual(a.quiz)
    await expectProblem(await asTeacher(`/api/quizzes/${sampleQuiz().id}/results`, a.teacherToken), 401)
  })

  it('refuses an article with too few facts with 422 saying what was missing, and stores nothing', async () => {
    const before = (await env.KV.list({ prefix: 'v1:' })).keys.length
    const problem = await expectProblem(await create({ article: THIN_ARTICLE }), 422)
    expect(problem.type).toBe('/problems/not-enough-facts')
    expect(problem.detail).toMatch(/no attributed quotes/)
    expect(problem.detail).toMatch(/at least 3 questions/)
    expect((await env.KV.list({ prefix: 'v1:' })).keys.length).toBe(before)
  })

  it('makes the quiz without a publication date, reading "on Tuesday" against the day it is made, and says so', async () => {
    const undated = COUNCIL_ARTICLE.replace(/^date \S+\n/, '')
    const res = await create({ article: undated })
    expect(res.status).toBe(201)
    const { quiz } = createQuizResponseSchema.parse(await res.json())
    expect(quiz.source).toMatchObject({ date: new Date().toISOString().slice(0, 10), dateAssumed: true })
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3)
    const dated = createQuizResponseSchema.parse(
      await (await create({ article: undated, date: '2026-03-12' })).json(),
    )
    expect(dated.quiz.source.date).toBe('2026-03-12')
    expect(dated.quiz.source.dateAssumed).toBeUndefined()
  })

  it.each([
    ['only spaces and line breaks', { article: ' \n\t \n' }, 'article', /^Paste the text of a news article/],
    [
      'a date written as the picker shows it',
      { article: COUNCIL_ARTICLE, date: '03/12/2026' },
      'date',
      /date picker/,
    ],
    [
      'a day that is not in the calendar',
      { article: COUNCIL_ARTICLE, date: '2026-02-30' },
      'date',
      /date picker/,
    ],
    ['a link that is not a web address', { article: COUNCIL_ARTICLE, url: 'ftp://x' }, 'url', /http:\/\//],
  ])('says in plain words what to do about %s', async (_label, body, field, message) => {
    const problem = await expectProblem(await create(body), 422)
    expect(problem.detail).toMatch(message)
    // no schema jargon for people; the field paths stay in `errors` for programs
    expect(problem.detail).not.toMatch(/Invalid input|request body|#\/|expected|YYYY/)
    expect(problem.errors?.map((e) => e.path[0])).toContain(field)
  })

  it.each([
    ['no article', {}, ['article']],
    ['an empty article', { article: '' }, ['article']],
    ['a date that is not YYYY-MM-DD', { article: COUNCIL_ARTICLE, date: '12/03/2026' }, ['date']],
    ['a link that is not http(s)', { article: COUNCIL_ARTICLE, url: 'javascript:alert(1)' }, ['url']],
    ['an unknown field', { article: COUNCIL_ARTICLE, answers: {} }, []],
  ])('answers 422 with the field path for %s', async (_label, body, path) => {
    const problem = await expectProblem(await create(body), 422)
    expect(problem.errors?.map((e) => e.path)).toContainEqual(path)
  })

  it('answers 413 for an article over 100 KB', async () => {
    const problem = await expectProblem(
      await create({ article: `${COUNCIL_ARTICLE}\n${'Lorem ipsum dolor sit amet. '.repeat(4000)}` }),
      413,
    )
    expect(problem.detail).toContain('100 KB')
  })

  it('limits a network to 10 new quizzes a minute', () =>
    inOneLimiterMinute(async (attempt) => {
      const headers = { 'cf-connecting-ip': `203.0.113.${99 + 60 * attempt}` }
      const statuses: number[] = []
      for (let i = 0; i < 11; i++)
        statuses.push((await postJson('/api/quizzes', { article: THIN_ARTICLE }, headers)).status)
      expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true)
      const res = await postJson('/api/quizzes', { article: THIN_ARTICLE }, headers)
      await expectProblem(res, 429)
      expect(res.headers.get('retry-after')).toBe('60')
    }))
})

/** The council passage as a CMS would hand it over: paragraphs in <p>, curly quotes as references. */
const COUNCIL_HTML = COUNCIL_ARTICLE.replace(/^date \S+\n/, '')
  .trim()
  .split(/\n\s*\n/)
  .map(
    (p) => `<p class="story">${p.replaceAll('"', '&quot;').replace('Okafor', '<strong>Okafor</strong>')}</p>`,
  )
  .join('\n')

describe('POST /api/quizzes with pasted markup', () => {
  it('reads the text, not the tags: no question shows a tag or a reference', async () => {
    const res = await create({ article: COUNCIL_HTML, date: '2026-03-12' })
    expect(res.status).toBe(201)
    const { quiz } = createQuizResponseSchema.parse(await res.json())
    const shown = JSON.stringify(quiz.questions.map((q) => [q.prompt, q.options, q.evidence.text]))
    expect(shown).not.toMatch(/<\/?(p|strong)\b|&quot;|class=/)
    expect(shown).toContain('Okafor')
  })
})

describe('DELETE /api/quizzes/:id/questions/:questionId', () => {
  const versions = new Map<string, number>()
  const remove = async (id: string, questionId: string, token: string) => {
    const res = await call(`/api/quizzes/${id}/questions/${questionId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}`, 'if-match': `"v${versions.get(id) ?? 1}"` },
    })
    const tag = /^"v(\d+)"$/.exec(res.headers.get('etag') ?? '')?.[1]
    if (res.status === 200 && tag !== undefined) versions.set(id, Number(tag))
    return res
  }

  it('takes a question out of a run-time quiz; stored results keep their scores', async () => {
    const created = await createCouncilQuiz()
    const [gone, kept] = created.quiz.questions
    if (gone === undefined || kept === undefined) throw new Error('expected two questions')
    const answers = Object.fromEntries(
      created.quiz.questions.map((q) => [
        q.id,
        q.options !== undefined ? (q.answer ?? 0) : (q.accept?.[0] ?? ''),
      ]),
    )
    const before = await postJson(`/api/quizzes/${created.id}/attempts`, { class: 'del', answers })
    expect(before.status).toBe(201)
    const res = await remove(created.id, gone.id, created.teacherToken)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe('"v2"')
    const body = (await res.json()) as { version: number; quiz: unknown }
    expect(body.version).toBe(2)
    const quiz = quizSchema.parse(body.quiz)
    expect(quiz.questions.map((q) => q.id)).toEqual(created.quiz.questions.slice(1).map((q) => q.id))
    const pub = publicQuizSchema.parse(await (await call(`/api/quizzes/${created.id}`)).json())
    expect(pub.questions.map((q) => q.id)).not.toContain(gone.id)
    const results = (await (
      await asTeacher(`/api/quizzes/${created.id}/results?class=del`, created.teacherToken)
    ).json()) as {
      attempts: number
      meanScore: number
      questions: Array<{ question: string; correct: number }>
    }
    expect(results.attempts).toBe(1)
    expect(results.meanScore).toBe(created.quiz.questions.length)
    // the removed question keeps its figures, marked as no longer in the current version
    expect(results.questions.map((q) => q.question)).toEqual([...quiz.questions.map((q) => q.id), gone.id])
    expect(results.questions.every((q) => q.correct === 1)).toBe(true)
    await expectProblem(
      await postJson(`/api/quizzes/${created.id}/attempts`, { answers: { [gone.id]: 0 } }),
      422,
    )
    // a student who loaded version 1 is still scored on it
    const old = await postJson(`/api/quizzes/${created.id}/attempts`, {
      version: 1,
      answers: { [gone.id]: answers[gone.id] },
    })
    expect(old.status).toBe(201)
    expect(await old.json()).toMatchObject({ version: 1, score: 1, total: created.quiz.questions.length })
  })

  it('needs the quiz’s token', async () => {
    const created = await createCouncilQuiz()
    const q = created.quiz.questions[0]?.id ?? ''
    await expectProblem(await remove(created.id, q, 'wrong'), 401)
    await expectProblem(await call(`/api/quizzes/${created.id}/questions/${q}`, { method: 'DELETE' }), 401)
  })

  it('answers 404 for an unknown question, 403 for a built-in quiz, 409 for the last question', async () => {
    const created = await createCouncilQuiz()
    await expectProblem(await remove(created.id, 'q-nope', created.teacherToken), 404)
    const builtin = sampleQuiz()
    await expectProblem(await remove(builtin.id, builtin.questions[0]?.id ?? '', ADMIN), 403)
    const ids = created.quiz.questions.map((q) => q.id)
    for (const id of ids.slice(1))
      expect((await remove(created.id, id, created.teacherToken)).status).toBe(200)
    await expectProblem(await remove(created.id, ids[0] ?? '', created.teacherToken), 409)
  })
})

describe('teacher tokens', () => {
  it('never appear in logs, nor in any response but the one that created them', async () => {
    const logged: string[] = []
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
      }),
    )
    try {
      const created = await createCouncilQuiz()
      const token = created.teacherToken
      const bodies: string[] = []
      const q = created.quiz.questions[0]?.id ?? ''
      for (const [path, init] of [
        [`/api/quizzes/${created.id}`, {}],
        [`/api/quizzes/${created.id}/answers`, { headers: { authorization: `Bearer ${token}` } }],
        [`/api/quizzes/${created.id}/results`, { headers: { authorization: `Bearer ${token}` } }],
        [`/api/quizzes/${created.id}/results.csv`, { headers: { authorization: `Bearer ${token}` } }],
        [
          `/api/quizzes/${created.id}/results?class=bad%20code`,
          { headers: { authorization: `Bearer ${token}` } },
        ],
        [`/api/quizzes/${sampleQuiz().id}/results`, { headers: { authorization: `Bearer ${token}` } }],
        [`/api/quizzes/${created.id}/results`, { headers: { authorization: `Bearer ${token}x` } }],
        [
          `/api/quizzes/${created.id}/questions/${q}`,
          { method: 'DELETE', headers: { authorization: `Bearer ${token}`, 'if-match': '"v1"' } },
        ],
        [
          `/api/quizzes/${created.id}/questions/nope`,
          { method: 'DELETE', headers: { authorization: `Bearer ${token}`, 'if-match': '"v2"' } },
        ],
        [`/nowhere/${token}`, {}],
      ] as Array<[string, RequestInit]>) {
        const res = await call(path, init)
        bodies.push(`${[...res.headers].join(' ')} ${await res.text()}`)
      }
      expect(bodies).toHaveLength(10)
      for (const body of bodies.slice(0, 9)) expect(body).not.toContain(token)
      expect(logged.join('\n')).not.toContain(token)
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })
})
