/**
 * Sending a student's answers over school Wi-Fi: the one retry policy of the quiz page and the embed
 * page (src/client/quiz.ts) and of the widget (src/widget/). A failed send (network error, 429,
 * 502, 503, 504) is sent again, byte for byte (so with the same attemptId, which the API stores
 * once), after an exponential backoff with jitter that honours Retry-After; while the browser is
 * offline it waits for the 'online' event instead. The answers stay in memory only: storage may be
 * blocked in a cross-site frame.
 *
 * Pure: the network, the clock and the browser's online state come in as functions, so the policy is
 * tested in workerd with fakes; `postJsonWithRetry` wires them to the browser's.
 */

/** Statuses worth another try with the same body: rate limited, or the service briefly unavailable. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504])

/** The first wait; each later one doubles, up to MAX_BACKOFF_MS. */
export const FIRST_BACKOFF_MS = 1000
export const MAX_BACKOFF_MS = 16_000
/** A longer Retry-After is cut to this: no student waits more than two minutes for the next try. */
export const MAX_RETRY_AFTER_MS = 120_000
/** Tries while online before giving up (about 31 s of backoff, longer when Retry-After says so). */
export const DEFAULT_TRIES = 6
/** While offline, a send is tried this often anyway, in case navigator.onLine is wrong. */
export const OFFLINE_CHECK_MS = 30_000

/** An HTTP date as servers must send it (IMF-fixdate, RFC 9110 §5.6.7): `Sun, 06 Nov 1994 08:49:37 GMT`. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/

/** Retry-After (delta-seconds or an HTTP date) in milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | null {
  const v = value?.trim() ?? ''
  if (/^\d{1,9}$/.test(v)) return Number(v) * 1000
  const at = HTTP_DATE.test(v) ? Date.parse(v) : Number.NaN
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

/**
 * Milliseconds to wait before retry `retry` (0-based): 1 s, 2 s, 4 s, 8 s, then 16 s, or the server's
 * Retry-After when that is longer (cut to two minutes), plus up to a quarter more at random, so a class
 * whose answers all failed together does not come back in the same second.
 */
export function backoffMs(
  retry: number,
  retryAfter: number | null = null,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, retry), MAX_BACKOFF_MS)
  const floor = Math.max(exponential, Math.min(retryAfter ?? 0, MAX_RETRY_AFTER_MS))
  return Math.round(floor + (floor / 4) * Math.min(Math.max(random(), 0), 1))
}

/** What the student is told while their answers have not reached Civic Quiz yet. */
export type SendProgress =
  /** the last try failed; the next one goes in `seconds` (told again every second) */
  | { state: 'waiting'; seconds: number }
  /** the browser is offline: the answers go as soon as it is back online */
  | { state: 'offline' }
  /** back online: sending now */
  | { state: 'online' }

export function progressText(progress: SendProgress): string {
  switch (progress.state) {
    case 'waiting':
      return `Your answers are safe — sending them again in ${progress.seconds} s…`
    case 'offline':
      return 'You are offline. Your answers are safe here and will be sent when you are back online.'
    case 'online':
      return 'You are back online. Sending your answers now…'
  }
}

/** Said when every try failed: the answers are still in the page, and the same attempt id goes next time. */
export const GAVE_UP_TEXT =
  'Civic Quiz cannot be reached right now. Your answers are still here: press “Check answers” to send them again.'

export interface RetryOptions {
  /** One try. The same request every time: same body, so the same attemptId. */
  send: () => Promise<Response>
  /** Told what to say while the answers have not arrived. */
  report: (progress: SendProgress) => void
  /** Tries while online before giving up: then the last response is returned, or the last error thrown. */
  tries?: number
  /** Whether the browser thinks it is online (navigator.onLine). */
  online: () => boolean
  /**
   * Resolves when the browser is back online (the 'online' event), or after a while anyway: a send is
   * then tried, since navigator.onLine can say offline on a network that works.
   */
  whenOnline: () => Promise<void>
  sleep: (ms: number) => Promise<void>
  now: () => number
  random?: () => number
}

/**
 * Sends until a response that is not worth retrying (success, or a 4xx the student must fix), or until
 * `tries` tries failed while online. Waiting for the network to come back uses no tries.
 */
export async function sendWithRetry(options: RetryOptions): Promise<Response> {
  const { send, report, online, whenOnline, sleep, now } = options
  const tries = options.tries ?? DEFAULT_TRIES
  for (let failed = 0; ; ) {
    if (!online()) {
      report({ state: 'offline' })
      await whenOnline()
      if (online()) report({ state: 'online' })
    }
    let retryAfter: number | null = null
    try {
      const res = await send()
      if (!RETRYABLE_STATUSES.has(res.status) || failed + 1 >= tries) return res
      retryAfter = retryAfterMs(res.headers.get('retry-after'), now())
    } catch (error) {
      // The network went away under the request: wait for it, without using up a try.
      if (!online()) continue
      if (failed + 1 >= tries) throw error
    }
    // Count down in whole seconds, so the student sees the next try coming; stop early when offline.
    let left = backoffMs(failed, retryAfter, options.random)
    failed++
    while (left > 0 && online()) {
      report({ state: 'waiting', seconds: Math.ceil(left / 1000) })
      const step = left % 1000 || 1000
      await sleep(step)
      left -= step
    }
  }
}

/**
 * POSTs a JSON body from the browser with `sendWithRetry`: no cookies, navigator.onLine and the
 * 'online' event for the network, real timers.
 */
export function postJsonWithRetry(
  url: string,
  body: string,
  report: (progress: SendProgress) => void,
  tries = DEFAULT_TRIES,
): Promise<Response> {
  // No cookies, ever. (A variable, not a literal: the Workers types, which also check this file, know
  // no `credentials`.)
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    credentials: 'omit' as const,
  }
  const browser = globalThis as unknown as {
    navigator?: { onLine?: boolean }
    addEventListener: (type: string, listener: () => void, options: { once: boolean }) => void
  }
  const online = () => browser.navigator?.onLine !== false
  return sendWithRetry({
    send: () => fetch(url, init),
    report,
    tries,
    online,
    whenOnline: () =>
      new Promise<void>((resolve) => {
        if (online()) return resolve()
        browser.addEventListener('online', () => resolve(), { once: true })
        setTimeout(resolve, OFFLINE_CHECK_MS)
      }),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  })
}

/** A UUID v4 attempt id: crypto.randomUUID where the page is a secure context, getRandomValues elsewhere. */
export function newAttemptId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const x = Array.from(b, (n) => n.toString(16).padStart(2, '0')).join('')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}
