import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import {
  attemptResultSchema,
  classResultsSchema,
  publicQuizSchema,
  type Question,
  type Quiz,
  quizListSchema,
} from '../../src/schema'
import {
  ADMIN,
  asTeacher,
  bankQuizzes,
  call,
  expectProblem,
  postJson,
  rightAnswers,
  sampleQuiz,
  wrongAnswers,
} from '../helpers'

const quiz = sampleQuiz()
const attempts = `/api/quizzes/${quiz.id}/attempts`

/**
 * A quiz made at run time with a typed question (the generator asks only choice questions now, but a
 * stored quiz may hold typed ones): the sample quiz with its first choice question asked as text.
 */
async function typedQuiz(): Promise<{ quiz: Quiz; typed: Question; attempts: string }> {
  const index = quiz.questions.findIndex((q) => q.options !== undefined)
  const source = quiz.questions[index]
  if (source === undefined) throw new Error('the sample quiz needs a choice question')
  const { options, answer, ...rest } = source
  const typed: Question = { ...rest, accept: [options?.[answer ?? 0] ?? ''] }
  const made: Quiz = {
    ...quiz,
    id: 'typed-answers-quiz',
    questions: quiz.questions.map((q, i) => (i === index ? typed : q)),
  }
  await env.KV.put(
    'v1:quiz:typed-answers-quiz',
    JSON.stringify({
      quiz: made,
      tokenHash: 'b'.repeat(64),
      createdAt: '2026-11-01T09:00:00.000Z',
      idSalt: 's'.repeat(32),
    }),
  )
  return { quiz: made, typed, attempts: '/api/quizzes/typed-answers-quiz/attempts' }
}

describe('GET /healthz', () => {
  it('answers 200', async () => {
    const res = await call('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })
})

describe('GET /api/quizzes', () => {
  it('lists every built-in quiz with its question count', async () => {
    const res = await call('/api/quizzes')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = quizListSchema.parse(await res.json())
    expect(body.quizzes.map((q) => q.id).sort()).toEqual([...bankQuizzes().keys()].sort())
    const sample = body.quizzes.find((q) => q.id === quiz.id)
    expect(sample).toEqual({
      id: quiz.id,
      title: quiz.title,
      source: quiz.source,
      questionCount: quiz.questions.length,
    })
  })
})

describe('GET /api/quizzes/:id', () => {
  it.each([...bankQuizzes().values()].map((q) => [q.id, q] as const))(
    'serves %s without any answer',
    async (id, full) => {
      const res = await call(`/api/quizzes/${id}`)
      expect(res.status).toBe(200)
      const text = await res.text()
      const body = publicQuizSchema.parse(JSON.parse(text))
      expect(body.questions.map((q) => q.id)).toEqual(full.questions.map((q) => q.id))
      for (const key of ['"answer"', '"accept"', '"explanation"', '"evidence"'])
        expect(text).not.toContain(key)
      for (const q of full.questions) {
        expect(text).not.toContain(JSON.stringify(q.explanation).slice(1, -1))
        expect(text).not.toContain(JSON.stringify(q.evidence.text).slice(1, -1))
      }
    },
  )

  it('answers 404 problem+json for an unknown quiz', async () => {
    const problem = await expectProblem(await call('/api/quizzes/no-such-quiz'), 404)
    expect(problem.detail).toContain('no-such-quiz')
  })

  it('answers 404 for an id that is not a slug', async () => {
    await expectProblem(await call('/api/quizzes/%3Cscript%3E'), 404)
  })

  it('allows any origin, for the widget', async () => {
    const res = await call(`/api/quizzes/${quiz.id}`, { headers: { origin: 'https://sites.google.com' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('POST /api/quizzes/:id/attempts', () => {
  it('scores an all-right attempt and stores it', async () => {
    const res = await postJson(attempts, { answers: rightAnswers(quiz), class: 'scoring-right' })
    expect(res.status).toBe(201)
    const body = attemptResultSchema.parse(await res.json())
    expect(body.score).toBe(quiz.questions.length)
    expect(body.total).toBe(quiz.questions.length)
    expect(body.complete).toBe(true)
    expect(body.results).toHaveLength(quiz.questions.length)
    expect(body.results.every((r) => r.correct)).toBe(true)
    const stored = await env.KV.get(`v1:attempt:${quiz.id}:scoring-right:${body.attemptId}`, 'json')
    expect(stored).toEqual(body)
  })

  it('scores an all-wrong attempt 0 and shows the right answers with evidence', async () => {
    const res = await postJson(attempts, { answers: wrongAnswers(quiz) })
    expect(res.status).toBe(201)
    const body = attemptResultSchema.parse(await res.json())
    expect(body.score).toBe(0)
    for (const [i, r] of body.results.entries()) {
      const q = quiz.questions[i]
      expect(r.question).toBe(q?.id)
      expect(r.correct).toBe(false)
      expect(r.answer).toEqual(q?.options !== undefined ? q.answer : q?.accept?.[0])
      expect(r.evidence).toEqual(q?.evidence)
      expect(r.explanation).toBe(q?.explanation)
    }
  })

  it('counts unanswered questions as wrong, and gives a partial attempt its score but no answer key', async () => {
    const first = quiz.questions[0]
    if (first === undefined) throw new Error('empty quiz')
    const res = await postJson(attempts, { answers: { [first.id]: rightAnswers(quiz)[first.id] } })
    const text = await res.text()
    const body = attemptResultSchema.parse(JSON.parse(text))
    expect(body.score).toBe(1)
    expect(body.total).toBe(quiz.questions.length)
    expect(body.complete).toBe(false)
    expect(body.results).toEqual([])
    for (const q of quiz.questions) expect(text).not.toContain(q.evidence.text.slice(0, 30))
  })

  it('gives no key to an empty attempt under any class, nor to one with a blank typed answer', async () => {
    for (const classCode of ['decoy-1', 'decoy-2', undefined]) {
      const body = attemptResultSchema.parse(
        await (
          await postJson(attempts, { answers: {}, ...(classCode === undefined ? {} : { class: classCode }) })
        ).json(),
      )
      expect(body).toMatchObject({ score: 0, complete: false, results: [] })
    }
    const withTyped = await typedQuiz()
    const blank = attemptResultSchema.parse(
      await (
        await postJson(withTyped.attempts, {
          answers: { ...wrongAnswers(withTyped.quiz), [withTyped.typed.id]: '  ' },
        })
      ).json(),
    )
    expect(blank.complete).toBe(false)
    expect(blank.results).toEqual([])
    // a replay of the partial attempt gives no more than the first answer did
    const attemptId = crypto.randomUUID()
    await postJson(attempts, { attemptId, answers: {} })
    const replay = attemptResultSchema.parse(
      await (await postJson(attempts, { attemptId, answers: {} })).json(),
    )
    expect(replay.results).toEqual([])
  })

  it('accepts typed answers whatever their case, spacing, punctuation and quote marks', async () => {
    const { quiz: made, typed, attempts: path } = await typedQuiz()
    const accepted = typed.accept?.[0] ?? ''
    const variant = `  ${accepted.toUpperCase().replaceAll("'", '\u2019')}!! `
    const res = await postJson(path, { answers: { ...wrongAnswers(made), [typed.id]: variant } })
    const body = attemptResultSchema.parse(await res.json())
    expect(body.results.find((r) => r.question === typed.id)?.correct).toBe(true)
    const wrong = await postJson(path, {
      answers: { ...wrongAnswers(made), [typed.id]: `${accepted} not` },
    })
    const wrongBody = attemptResultSchema.parse(await wrong.json())
    expect(wrongBody.results.find((r) => r.question === typed.id)?.correct).toBe(false)
  })

  it('returns the stored result for a replayed attemptId and stores nothing new', async () => {
    const attemptId = crypto.randomUUID()
    const first = await postJson(attempts, { attemptId, class: 'replay', answers: rightAnswers(quiz) })
    expect(first.status).toBe(201)
    const firstBody = await first.json()
    const again = await postJson(attempts, { attemptId, class: 'replay', answers: wrongAnswers(quiz) })
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(firstBody)
    const keys = await env.KV.list({ prefix: `v1:attempt:${quiz.id}:replay:` })
    expect(keys.keys.map((k) => k.name)).toEqual([`v1:attempt:${quiz.id}:replay:${attemptId}`])
  })

  it('keeps the first name and the class, in its one lowercase form', async () => {
    const res = await postJson(attempts, { class: 'Per-3_b', name: 'Zoë', answers: {} })
    const body = attemptResultSchema.parse(await res.json())
    expect(body).toMatchObject({ class: 'per-3_b', name: 'Zoë', score: 0 })
  })

  it('counts "Case-Test" and "case-test" as one class, whichever spelling the teacher asks for', async () => {
    await postJson(attempts, { class: 'Case-Test', answers: {} })
    await postJson(attempts, { class: ' case-test ', answers: {} })
    for (const spelling of ['case-test', 'CASE-TEST']) {
      const results = classResultsSchema.parse(
        await (await asTeacher(`/api/quizzes/${quiz.id}/results?class=${spelling}`)).json(),
      )
      expect(results).toMatchObject({ class: 'case-test', attempts: 2 })
    }
  })

  it.each([
    ['an unknown question id', { answers: { 'no-such-question': 0 } }, ['answers', 'no-such-question']],
    ['an option index out of range', { answers: { FIRST_CHOICE: 9 } }, ['answers', 'FIRST_CHOICE']],
    [
      'text for a choice question',
      { answers: { FIRST_CHOICE: 'Donald Trump' } },
      ['answers', 'FIRST_CHOICE'],
    ],
    ['a negative index', { answers: { FIRST_CHOICE: -1 } }, ['answers', 'FIRST_CHOICE']],
    ['a fractional index', { answers: { FIRST_CHOICE: 1.5 } }, ['answers', 'FIRST_CHOICE']],
    ['no answers object', {}, ['answers']],
    ['answers as a list', { answers: [0, 1] }, ['answers']],
    ['a class code with spaces', { class: 'room 12', answers: {} }, ['class']],
    ['a class code over 32 characters', { class: 'x'.repeat(33), answers: {} }, ['class']],
    ['a name over 40 characters', { name: 'n'.repeat(41), answers: {} }, ['name']],
    ['a name with private-use characters', { name: 'Ann\ue000', answers: {} }, ['name']],
    ['an attemptId that is not a UUID', { attemptId: 'abc', answers: {} }, ['attemptId']],
    ['an unknown field', { answers: {}, score: 100 }, []],
  ])('answers 422 with the field path for %s', async (_label, raw, path) => {
    const firstChoice = quiz.questions.find((q) => q.options !== undefined)?.id ?? ''
    const body = JSON.parse(JSON.stringify(raw).replaceAll('FIRST_CHOICE', firstChoice))
    const expectedPath = path.map((p) => (p === 'FIRST_CHOICE' ? firstChoice : p))
    const before = await env.KV.list({ prefix: 'v1:attempt:' })
    const problem = await expectProblem(await postJson(attempts, body), 422)
    expect(problem.errors?.map((e) => e.path)).toContainEqual(expectedPath)
    const after = await env.KV.list({ prefix: 'v1:attempt:' })
    expect(after.keys.length).toBe(before.keys.length)
  })

  it('answers 400 for malformed JSON', async () => {
    const res = await call(attempts, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"answers": {',
    })
    const problem = await expectProblem(res, 400)
    expect(problem.type).toBe('/problems/malformed-json')
    expect(problem.detail).toMatch(/JSON/)
  })

  it('answers 415 for a body that is not JSON', async () => {
    const res = await call(attempts, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"answers":{}}',
    })
    await expectProblem(res, 415)
  })

  it('answers 413 for a body over 64 KB', async () => {
    const problem = await expectProblem(
      await postJson(attempts, { answers: {}, name: 'x'.repeat(70_000) }),
      413,
    )
    expect(problem.detail).toContain('64 KB')
  })

  it('answers 404 for an unknown quiz before reading the body', async () => {
    await expectProblem(await postJson('/api/quizzes/nope/attempts', { answers: {} }), 404)
  })

  it('answers a CORS preflight from any origin', async () => {
    const res = await call(attempts, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://canvas.example.edu',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
  })
})

describe('GET /api/quizzes/:id/results', () => {
  it('needs a teacher token', async () => {
    const none = await expectProblem(await call(`/api/quizzes/${quiz.id}/results`), 401)
    expect(none.detail).toContain('Bearer')
    await expectProblem(await asTeacher(`/api/quizzes/${quiz.id}/results`, 'wrong-token'), 401)
    await expectProblem(await asTeacher(`/api/quizzes/${quiz.id}/results`, ''), 401)
    await expectProblem(await asTeacher(`/api/quizzes/${quiz.id}/results`, `${ADMIN}x`), 401)
    await expectProblem(await asTeacher(`/api/quizzes/${quiz.id}/results`, 'a'.repeat(5000)), 401)
  })

  it('tells every cache to keep teacher answers private: no-store, Vary: Authorization (401 too)', async () => {
    for (const path of [
      `/api/quizzes/${quiz.id}/results`,
      `/api/quizzes/${quiz.id}/results?class=period-3`,
      `/api/quizzes/${quiz.id}/results.csv`,
      `/api/quizzes/${quiz.id}/answers`,
    ]) {
      for (const res of [await asTeacher(path), await call(path), await asTeacher(path, 'wrong')]) {
        expect(res.headers.get('cache-control'), path).toBe('no-store')
        expect(res.headers.get('vary') ?? '', path).toMatch(/\bauthorization\b/i)
      }
    }
  })

  it('is not open to other origins', async () => {
    const res = await call(`/api/quizzes/${quiz.id}/results`, {
      headers: { origin: 'https://evil.example', authorization: `Bearer ${ADMIN}` },
    })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it("aggregates a class's attempts per question from what was sent", async () => {
    const sent = [rightAnswers(quiz), wrongAnswers(quiz), rightAnswers(quiz), {}]
    for (const [i, answers] of sent.entries()) {
      const res = await postJson(attempts, { class: 'agg', name: `Student ${i}`, answers })
      expect(res.status).toBe(201)
    }
    await postJson(attempts, { class: 'other-class', answers: rightAnswers(quiz) })
    const res = await asTeacher(`/api/quizzes/${quiz.id}/results?class=agg`)
    expect(res.status).toBe(200)
    const body = classResultsSchema.parse(await res.json())
    const n = quiz.questions.length
    expect(body).toMatchObject({ quiz: quiz.id, class: 'agg', attempts: 4, meanScore: (n + 0 + n + 0) / 4 })
    for (const [i, q] of quiz.questions.entries()) {
      const stats = body.questions[i]
      expect(stats?.question).toBe(q.id)
      expect(stats?.answered).toBe(3)
      expect(stats?.correct).toBe(2)
      if (q.options !== undefined) {
        const expected = new Array(q.options.length).fill(0)
        expected[q.answer ?? 0] += 2
        expected[((q.answer ?? 0) + 1) % q.options.length] += 1
        expect(stats?.choices).toEqual(expected)
      } else expect(stats?.choices).toEqual([])
    }
    expect(body.recent.map((r) => r.name).sort()).toEqual([
      'Student 0',
      'Student 1',
      'Student 2',
      'Student 3',
    ])
  })

  it('answers 422 with the field path for a malformed class code', async () => {
    const problem = await expectProblem(await asTeacher(`/api/quizzes/${quiz.id}/results?class=a%20b`), 422)
    expect(problem.errors?.[0]?.path).toEqual(['class'])
  })

  it('sees all 50 attempts sent at the same moment', async () => {
    const sends = Array.from({ length: 50 }, (_, i) =>
      postJson(attempts, {
        class: 'concurrent',
        answers: i % 2 === 0 ? rightAnswers(quiz) : wrongAnswers(quiz),
      }),
    )
    const statuses = (await Promise.all(sends)).map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(50)
    const body = classResultsSchema.parse(
      await (await asTeacher(`/api/quizzes/${quiz.id}/results?class=concurrent`)).json(),
    )
    expect(body.attempts).toBe(50)
    expect(body.meanScore).toBe(quiz.questions.length / 2)
  })
})

describe('GET /api/quizzes/:id/results.csv', () => {
  it('needs a teacher token', async () => {
    await expectProblem(await call(`/api/quizzes/${quiz.id}/results.csv`), 401)
  })

  it('quotes cells and neutralises formulas', async () => {
    const names = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'Doe, "Jo"']
    for (const name of names) await postJson(attempts, { class: 'csv', name, answers: rightAnswers(quiz) })
    const res = await asTeacher(`/api/quizzes/${quiz.id}/results.csv?class=csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain(`${quiz.id}-csv-results.csv`)
    const lines = (await res.text()).split('\r\n')
    expect(lines[0]?.startsWith('time,name,class,version,score,total,')).toBe(true)
    expect(lines[1]?.startsWith('answer key,,,1,,,')).toBe(true)
    expect(lines).toHaveLength(names.length + 3)
    const body = lines.join('\n')
    expect(body).toContain(`,"'=HYPERLINK(""http://x"")",csv,1,`)
    expect(body).toContain(",'+1,csv,1,")
    expect(body).toContain(",'-2,csv,1,")
    expect(body).toContain(",'@SUM(A1),csv,1,")
    expect(body).toContain(',"Doe, ""Jo""",csv,')
  })
})

describe('GET /api/openapi.json', () => {
  it('describes the API in OpenAPI 3.1 from the zod schemas', async () => {
    const res = await env.ASSETS.fetch(new Request('https://quiz.test/api/openapi.json'))
    expect(res.status).toBe(200)
    const doc = (await res.json()) as {
      openapi: string
      paths: Record<string, unknown>
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> }
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toContain('/api/quizzes/{id}/attempts')
    for (const path of ['edit', 'questions', 'order', 'undo', 'settings', 'release', 'copy', 'candidates'])
      expect(Object.keys(doc.paths)).toContain(`/api/quizzes/{id}/${path}`)
    expect(Object.keys(doc.components.schemas.PublicQuiz?.properties ?? {})).toContain('version')
    expect(Object.keys(doc.components.schemas.AttemptRequest?.properties ?? {}).sort()).toEqual([
      'answers',
      'attemptId',
      'class',
      'name',
      'version',
    ])
    expect(Object.keys(doc.components.schemas.PublicQuiz?.properties ?? {})).not.toContain('answer')
  })
})

describe('unknown routes', () => {
  it('answer 404 problem+json', async () => {
    await expectProblem(await call('/nowhere'), 404)
  })
})

describe('GET /api/quizzes/:id/answers', () => {
  it('gives the teacher the full quiz, answers included', async () => {
    await expectProblem(await call(`/api/quizzes/${quiz.id}/answers`), 401)
    const res = await asTeacher(`/api/quizzes/${quiz.id}/answers`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(quiz)
  })
})

describe('the served OpenAPI document', () => {
  it('is the one the zod schemas give now (the build is not stale)', async () => {
    const { openApiDocument } = await import('../../src/api/openapi')
    const res = await env.ASSETS.fetch(new Request('https://quiz.test/api/openapi.json'))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(openApiDocument())
  })
})

describe('results paging', () => {
  it('answers a page of results with no `more` when one page holds them, and 422 for a cursor that is not text', async () => {
    const res = await asTeacher(`/api/quizzes/${quiz.id}/results?class=agg`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { more?: unknown }).more).toBeUndefined()
    expect((await asTeacher(`/api/quizzes/${quiz.id}/results?cursor=`)).status).toBe(422)
    expect((await asTeacher(`/api/quizzes/${quiz.id}/results.csv?class=agg`)).headers.get('link')).toBeNull()
  })
})
