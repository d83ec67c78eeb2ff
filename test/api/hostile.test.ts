import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ADMIN, call, sampleQuiz } from '../helpers'

const quiz = sampleQuiz()
/** Runs per property: a new seed every run; a failure prints its seed and path to replay it. */
const RUNS = 80

/** Every answer is a 4xx problem+json with a useful detail, or one of the given successes; never a 5xx. */
async function expectHandled(res: Response, ok: number[] = []): Promise<void> {
  expect(res.status).toBeLessThan(500)
  if (ok.includes(res.status)) return
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const body = (await res.json()) as { status: number; detail: string; title: string }
  expect(body.status).toBe(res.status)
  expect(body.detail.length).toBeGreaterThan(10)
}

async function attemptKeyCount(): Promise<number> {
  let count = 0
  let cursor: string | undefined
  do {
    const page = await env.KV.list(cursor === undefined ? { prefix: 'v1:' } : { prefix: 'v1:', cursor })
    count += page.keys.length
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor !== undefined)
  return count
}

/** Strings full of what breaks naive code: RTL marks, joiners, lone surrogates, NUL, markup, formulas. */
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '\u202Eevil\u202C',
    'a\u200Db\u200Dc',
    '\uD800',
    '\uDFFFx\uD800',
    '\u0000',
    'null\u0000byte',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "=cmd|' /C calc'!A0",
    '../../etc/passwd',
    '%00%2e%2e',
    '🇺🇸👩‍👩‍👧',
    'x'.repeat(5000),
  ),
)

const anyJson = fc.jsonValue({ maxDepth: 6 })

/** Percent-encodes any string; lone surrogates become invalid UTF-8 bytes (%ED%A0%80), as a hostile client would send. */
function encodeAny(text: string): string {
  return Array.from(text, (ch) => {
    try {
      return encodeURIComponent(ch)
    } catch {
      return '%ED%A0%80'
    }
  }).join('')
}

describe('hostile input to POST /api/quizzes/:id/attempts', () => {
  const url = `/api/quizzes/${quiz.id}/attempts`
  const post = (body: string, type = 'application/json') =>
    call(url, { method: 'POST', headers: { 'content-type': type }, body })

  it('answers any JSON value with a 4xx problem or a stored success, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, async (value) => {
        await expectHandled(await post(JSON.stringify(value)), [201])
      }),
      { numRuns: RUNS },
    )
  })

  it('rejects attempt-shaped bodies with wrong types and stores nothing for them', async () => {
    const before = await attemptKeyCount()
    let stored = 0
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            attemptId: fc.oneof(fc.uuid(), nastyString, fc.integer()),
            class: fc.oneof(nastyString, fc.integer(), fc.constant(null)),
            name: fc.oneof(nastyString, fc.array(fc.string())),
            answers: fc.oneof(
              fc.dictionary(nastyString, fc.oneof(fc.integer(), nastyString, fc.double(), fc.boolean())),
              nastyString,
              fc.constant(null),
            ),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const res = await post(JSON.stringify(body))
          await expectHandled(res, [201])
          if (res.status === 201) stored++
        },
      ),
      { numRuns: RUNS },
    )
    expect(await attemptKeyCount()).toBe(before + stored)
  })

  it('answers malformed JSON with 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), async (text) => {
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        const res = await post(text)
        if (valid) await expectHandled(res, [201])
        else {
          expect(res.status).toBe(400)
          await expectHandled(res)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('answers deep nesting and huge bodies without a 5xx', async () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`
    await expectHandled(await post(`{"answers":${deep}}`))
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
    await expectHandled(await post(`{"answers":${deepObject}}`))
    const huge = await post(JSON.stringify({ answers: {}, name: '\u202E'.repeat(100_000) }))
    expect(huge.status).toBe(413)
    await expectHandled(huge)
  })

  it('answers other content types with 415', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      '',
    ]) {
      const res = await post('{"answers":{}}', type)
      expect(res.status).toBe(415)
      await expectHandled(res)
    }
  })
})

describe('hostile paths, methods and query strings', () => {
  it('answers random paths and query strings with a 4xx problem or a page, never a 5xx', async () => {
    const segment = fc.oneof(fc.webSegment(), nastyString.map(encodeAny))
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 5 }),
        fc.webQueryParameters(),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
        async (segments, query, method) => {
          const path = `/${['api', 'quizzes', ...segments].join('/')}?${query}`
          const res = await call(path, { method, headers: { authorization: `Bearer ${ADMIN}` } })
          expect(res.status).toBeLessThan(500)
          await res.arrayBuffer()
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('answers wrong methods on known routes with a 4xx problem', async () => {
    for (const [method, path] of [
      ['PUT', `/api/quizzes/${quiz.id}`],
      ['DELETE', `/api/quizzes/${quiz.id}/attempts`],
      ['PATCH', `/api/quizzes/${quiz.id}/results`],
      ['POST', '/healthz'],
    ] as const) {
      await expectHandled(await call(path, { method }))
    }
  })

  it('answers hostile class codes on the results route with 422 and echoes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        nastyString.filter((s) => !/^[A-Za-z0-9_-]{1,32}$/.test(s)),
        async (code) => {
          const res = await call(`/api/quizzes/${quiz.id}/results?class=${encodeAny(code)}`, {
            headers: { authorization: `Bearer ${ADMIN}` },
          })
          expect(res.status).toBe(422)
          const text = await res.text()
          if (code.length > 3) expect(text).not.toContain(code)
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('hostile input to POST /api/quizzes and the teacher routes', () => {
  it('answers any body with a 4xx problem or a made quiz, never a 5xx, and stores nothing on rejection', async () => {
    let n = 0
    let made = 0
    const before = await attemptKeyCount()
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anyJson,
          fc.record(
            {
              article: fc.oneof(nastyString, fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.integer()),
              title: fc.oneof(nastyString, fc.integer()),
              date: fc.oneof(
                fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '2026-01-15'),
                nastyString,
              ),
              publisher: nastyString,
              url: fc.oneof(fc.webUrl(), nastyString),
            },
            { requiredKeys: ['article'] },
          ),
        ),
        async (body) => {
          n++
          const res = await call('/api/quizzes', {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'cf-connecting-ip': `198.18.${n >> 8}.${n & 255}`,
            },
            body: JSON.stringify(body),
          })
          await expectHandled(res, [201])
          if (res.status === 201) made++
        },
      ),
      { numRuns: 80 },
    )
    expect(await attemptKeyCount()).toBe(before + made)
  })

  it('answers random tokens, ids and question ids on the teacher routes with 401 or 404, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme-ascii', maxLength: 600 }),
          fc.constantFrom('', ' ', 'null', 'x'.repeat(5000)),
        ),
        fc.oneof(fc.constant(quiz.id), fc.webSegment()),
        fc.oneof(fc.constant(quiz.questions[0]?.id ?? 'q'), nastyString.map(encodeAny)),
        async (token, id, questionId) => {
          const headers = { authorization: `Bearer ${token.replace(/[\r\n]/g, '')}` }
          for (const [method, path] of [
            ['GET', `/api/quizzes/${id}/results`],
            ['GET', `/api/quizzes/${id}/results.csv`],
            ['GET', `/api/quizzes/${id}/answers`],
            ['DELETE', `/api/quizzes/${id}/questions/${questionId}`],
          ] as const) {
            let res: Response
            try {
              res = await call(path, { method, headers })
            } catch {
              continue // a header value the Fetch API itself refuses never reaches the worker
            }
            await expectHandled(res)
            expect([401, 403, 404]).toContain(res.status)
          }
        },
      ),
      { numRuns: 60 },
    )
  })
})
