import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { attemptMeta, scoreAttempt } from '../../src/quiz/score'
import type { AttemptResult } from '../../src/schema'
import { AttemptStore, KV_LIST_LIMIT } from '../../src/store/attempts'
import { attemptKey, parseAttemptKey } from '../../src/store/keys'
import { uuidv7 } from '../../src/util/uuid'
import { rightAnswers, sampleQuiz } from '../helpers'
import { countingKv } from '../support/counting-kv'

const quiz = sampleQuiz()

function makeAttempt(
  classCode: string,
  i: number,
): { result: AttemptResult; meta: ReturnType<typeof attemptMeta> } {
  const scored = scoreAttempt(quiz, i % 3 === 0 ? rightAnswers(quiz) : {})
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()
  const result: AttemptResult = {
    attemptId: uuidv7(),
    quiz: quiz.id,
    class: classCode,
    score: scored.score,
    total: scored.total,
    version: 1,
    results: scored.results,
  }
  return { result, meta: attemptMeta(scored, at, `S${i}`) }
}

describe('AttemptStore', () => {
  it('writes an attempt with one put and reads it back by id', async () => {
    const { kv, calls } = countingKv(env.KV)
    const store = new AttemptStore(kv)
    const { result, meta } = makeAttempt('store-a', 0)
    await store.put(result, meta)
    expect(calls).toEqual({ put: 1 })
    expect(await store.get(quiz.id, 'store-a', result.attemptId)).toEqual(result)
    expect(await store.get(quiz.id, 'store-a', uuidv7())).toBeNull()
  })

  // More than one list page (KV gives at most 1,000 keys a call), the last one part full.
  it('lists 1,200 attempts from metadata alone in ⌈N/1000⌉ list calls and no reads', async () => {
    const written = Array.from({ length: 1200 }, (_, i) => makeAttempt('big', i))
    const plain = new AttemptStore(env.KV)
    for (let i = 0; i < written.length; i += 100)
      await Promise.all(written.slice(i, i + 100).map((w) => plain.put(w.result, w.meta)))
    const { kv, calls } = countingKv(env.KV)
    const entries = await new AttemptStore(kv).list(quiz.id, 'big')
    expect(calls).toEqual({ list: Math.ceil(1200 / KV_LIST_LIMIT) })
    expect(calls.list).toBeGreaterThan(1)
    expect(entries).toHaveLength(1200)
    const byId = new Map(written.map((w) => [w.result.attemptId, w.meta]))
    for (const e of entries) expect(e.meta).toEqual(byId.get(e.attemptId))
  }, 120_000) // 1,200 real KV writes: a few seconds on a quiet machine, far more on a busy shared one

  it('lists one class apart from the others, and all classes together', async () => {
    const store = new AttemptStore(env.KV)
    for (const [c, i] of [
      ['p1', 1],
      ['p1', 2],
      ['p2', 3],
    ] as const) {
      const { result, meta } = makeAttempt(c, i)
      await store.put(result, meta)
    }
    expect((await store.list(quiz.id, 'p1')).map((e) => e.class)).toEqual(['p1', 'p1'])
    const all = await store.list(quiz.id, null)
    expect(all.filter((e) => e.class === 'p1' || e.class === 'p2')).toHaveLength(3)
  })

  it('skips keys whose metadata is unreadable instead of failing the whole view', async () => {
    await env.KV.put(attemptKey(quiz.id, 'bad-meta', uuidv7()), '{}', { metadata: { nonsense: true } })
    const { result, meta } = makeAttempt('bad-meta', 0)
    await new AttemptStore(env.KV).put(result, meta)
    expect((await new AttemptStore(env.KV).list(quiz.id, 'bad-meta')).map((e) => e.attemptId)).toEqual([
      result.attemptId,
    ])
  })
})

describe('attempt keys', () => {
  it('round-trip the class and the attempt id', () => {
    const id = uuidv7()
    expect(parseAttemptKey(attemptKey('a-quiz', 'c-1', id), 'a-quiz')).toEqual({
      class: 'c-1',
      attemptId: id,
    })
    expect(parseAttemptKey(attemptKey('a-quiz', '', id), 'a-quiz')).toEqual({ class: '', attemptId: id })
    expect(parseAttemptKey('v1:quiz:a-quiz', 'a-quiz')).toBeNull()
  })
})

describe('attemptMeta', () => {
  it('stays under the 1 KB metadata limit even with long typed answers', () => {
    // the generator asks only choice questions now; a stored quiz may still hold typed ones
    const source = quiz.questions.find((q) => q.options !== undefined)
    if (source === undefined) throw new Error('needs a choice question')
    const { options, answer, ...rest } = source
    const typed = { ...rest, accept: [options?.[answer ?? 0] ?? 'x'] }
    const withTyped = { ...quiz, questions: quiz.questions.map((q) => (q.id === typed.id ? typed : q)) }
    const scored = scoreAttempt(withTyped, { [typed.id]: 'y'.repeat(500) })
    const meta = attemptMeta(scored, new Date().toISOString(), 'n'.repeat(40))
    expect(new TextEncoder().encode(JSON.stringify(meta)).length).toBeLessThanOrEqual(1000)
    expect(meta.x?.[typed.id]?.[0]).toBe(0)
  })
})

describe('AttemptStore.page', () => {
  it('reads at most maxCalls list pages and gives a cursor that continues where it stopped', async () => {
    const store = new AttemptStore(env.KV)
    for (let i = 0; i < 7; i++) {
      const { result, meta } = makeAttempt('paged', i)
      await store.put(result, meta)
    }
    const { kv, calls } = countingKv(env.KV)
    const paged = new AttemptStore(kv)
    const first = await paged.page(quiz.id, 'paged', { maxCalls: 2, keysPerCall: 2 })
    expect(calls).toEqual({ list: 2 })
    expect(first.entries).toHaveLength(4)
    expect(first.cursor).not.toBeNull()
    const second = await paged.page(quiz.id, 'paged', {
      maxCalls: 2,
      keysPerCall: 2,
      cursor: first.cursor ?? '',
    })
    expect(second.entries).toHaveLength(3)
    expect(second.cursor).toBeNull()
    const ids = [...first.entries, ...second.entries].map((e) => e.attemptId)
    expect(new Set(ids).size).toBe(7)
  })
})
