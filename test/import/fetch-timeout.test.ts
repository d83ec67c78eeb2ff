import { afterEach, describe, expect, it, vi } from 'vitest'
import { importOptions } from '../../src/api/import-quiz'
import { FETCH_TIMEOUT_MS, fetchPage } from '../../src/import/fetch-page'

afterEach(() => {
  vi.useRealTimers()
})

describe("fetchPage's time limit", () => {
  it('is 10 s unless told otherwise, and refuses a page that has not arrived by then, saying so', async () => {
    vi.useFakeTimers()
    let signal: AbortSignal | undefined
    // a site that never answers: only the time limit ends the fetch
    const never = (_input: Request | string | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined
      return new Promise<Response>(() => {})
    }
    const fetched = fetchPage('https://news.example/story', { fetch: never })
    const outcome = fetched.then(
      () => 'arrived',
      (error: unknown) => error,
    )
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1)
    expect(signal?.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await outcome).toMatchObject({
      reason: 'timeout',
      message: 'The page did not arrive within 10 s.',
    })
    expect(signal?.aborted).toBe(true)
    expect(FETCH_TIMEOUT_MS).toBe(10_000)
  })
})

describe('importOptions (the worker vars that local tests set)', () => {
  it('opens loopback only for IMPORT_ALLOW_LOOPBACK=true, and keeps the default time limit without IMPORT_TIMEOUT_MS', () => {
    expect(importOptions({})).toEqual({ allowLoopback: false })
    expect(importOptions({ IMPORT_ALLOW_LOOPBACK: 'yes' })).toEqual({ allowLoopback: false })
    expect(importOptions({ IMPORT_ALLOW_LOOPBACK: 'true' })).toEqual({ allowLoopback: true })
  })

  it('takes IMPORT_TIMEOUT_MS to shorten the time limit, never to lengthen or remove it', () => {
    expect(importOptions({ IMPORT_TIMEOUT_MS: '300' })).toEqual({ allowLoopback: false, timeoutMs: 300 })
    expect(importOptions({ IMPORT_TIMEOUT_MS: String(FETCH_TIMEOUT_MS) }).timeoutMs).toBe(FETCH_TIMEOUT_MS)
    for (const ignored of [String(FETCH_TIMEOUT_MS + 1), '0', '-5', '2.5', 'soon', ''])
      expect(importOptions({ IMPORT_TIMEOUT_MS: ignored })).toEqual({ allowLoopback: false })
  })
})
