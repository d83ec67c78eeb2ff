/** Milliseconds to wait before the n-th retry (0-based): 1 s, 2 s, 4 s, then 8 s (or Retry-After), plus jitter. */
export function backoffMs(retry: number, retryAfterSeconds = 0): number {
  const base = Math.min(1000 * 2 ** retry, 8000)
  return Math.max(base, retryAfterSeconds * 1000) + Math.floor(Math.random() * 250)
}

const RETRYABLE = new Set([429, 502, 503, 504])

/**
 * POSTs JSON, retrying network errors and 429/502/503/504 with backoff. The body (and so the
 * attemptId in it) is the same on every try, so the server stores the attempt once.
 * `onRetry` is told before each wait. Gives up after `tries`, returning the last response or throwing.
 */
export async function postWithRetry(
  url: string,
  body: string,
  onRetry: (retry: number) => void,
  tries = 6,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<Response> {
  // No cookies, ever. (A variable, not a literal: the Workers types, which also check this file
  // for its tests, know no `credentials`.)
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    credentials: 'omit' as const,
  }
  for (let i = 0; ; i++) {
    let wait = 0
    try {
      const res = await fetch(url, init)
      if (!RETRYABLE.has(res.status) || i + 1 >= tries) return res
      wait = Number(res.headers.get('retry-after')) || 0
    } catch (error) {
      if (i + 1 >= tries) throw error
    }
    onRetry(i)
    await sleep(backoffMs(i, wait))
  }
}

/** A UUID v4: crypto.randomUUID where the page is a secure context, getRandomValues elsewhere. */
export function newAttemptId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const x = Array.from(b, (n) => n.toString(16).padStart(2, '0')).join('')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}
