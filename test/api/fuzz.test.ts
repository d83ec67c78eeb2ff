/**
 * No 500 for client input: every field of a new quiz and of an attempt, fuzzed with fast-check (odd
 * Unicode, control characters, huge and empty values, wrong types), is answered with success or a 4xx
 * problem, never a 5xx.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COUNCIL_ARTICLE } from '../fixtures/passages'
import { postJson, sampleQuiz } from '../helpers'

const quiz = sampleQuiz()
let ip = 0
/** Each request from its own address, so the rate limits never answer for the code under test. */
const nextIp = () => {
  ip++
  return `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '\ud800', '=1+1;', 'x'.repeat(5000), 'ǅ'.repeat(301)),
)
const anyJson = fc.oneof(
  anyText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.nat()),
)

async function expectClientOrSuccess(res: Response, label: unknown): Promise<void> {
  const text = await res.text()
  expect(res.status, `${JSON.stringify(label).slice(0, 300)} → ${text.slice(0, 300)}`).toBeLessThan(500)
  if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
}

describe('fuzzed client input', () => {
  it('POST /api/quizzes: any article, title, date, publisher and url → 2xx or 4xx', async () => {
    // a first line of long words and no title: the title is cut at a word, never a 500
    const longFirstLine = `${Array.from({ length: 14 }, () => 'Parliamentarians'.repeat(2)).join(' ')}\n${COUNCIL_ARTICLE}`
    await expectClientOrSuccess(
      await postJson('/api/quizzes', { article: longFirstLine }, { 'cf-connecting-ip': nextIp() }),
      'long first line',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            article: fc.oneof(
              anyJson,
              fc.constant(COUNCIL_ARTICLE),
              anyText.map((t) => `${t}\n${COUNCIL_ARTICLE}`),
            ),
            title: anyJson,
            date: fc.oneof(anyJson, fc.constantFrom('2026-02-30', '2026-03-12', '0000-00-00', '9999-99-99')),
            publisher: anyJson,
            url: fc.oneof(anyJson, fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'http://[::1')),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          await expectClientOrSuccess(
            await postJson('/api/quizzes', body, { 'cf-connecting-ip': nextIp() }),
            body,
          )
        },
      ),
      { numRuns: 40 },
    )
  }, 120_000)

  it('POST /api/quizzes/:id/attempts: any attemptId, class, name and answers → 2xx or 4xx', async () => {
    const ids = quiz.questions.map((q) => q.id)
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            attemptId: fc.oneof(fc.uuid(), anyJson),
            class: fc.oneof(anyJson, fc.constantFrom('period-3', 'A'.repeat(32), 'A'.repeat(33))),
            name: anyJson,
            answers: fc.oneof(
              anyJson,
              fc.dictionary(fc.oneof(fc.constantFrom(...ids), anyText), anyJson, { maxKeys: 20 }),
            ),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          await expectClientOrSuccess(
            await postJson(`/api/quizzes/${quiz.id}/attempts`, body, { 'cf-connecting-ip': nextIp() }),
            body,
          )
        },
      ),
      { numRuns: 120 },
    )
  }, 120_000)
})
