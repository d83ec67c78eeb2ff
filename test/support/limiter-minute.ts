/** Runs a rate-limit test within one minute of the local limiter's clock (workerd and Node tests alike). */

/** How many runs `inOneLimiterMinute` makes at most; keys built from `attempt` must stay valid up to this. */
export const MAX_LIMITER_RUNS = 3

/**
 * The local rate limiter counts in windows aligned to the wall clock's minutes (miniflare's
 * ratelimit object): a test that fills a window and expects the next request to be limited would
 * see a fresh window if it ran across a minute's turn. Rather than wait for a safe moment, `run` goes
 * at once; in the rare case that it fails and the minute turned while it ran, it runs again, with
 * `attempt` 1 (then 2) instead of 0 to put in every limiter key it uses (so the next run starts from
 * empty counts). A run takes seconds, but on a machine busy enough that a run takes most of a minute
 * the second can cross a turn too: hence up to MAX_LIMITER_RUNS runs. A failure within one minute fails.
 */
export async function inOneLimiterMinute(run: (attempt: number) => Promise<void>): Promise<void> {
  const minute = () => Math.floor(Date.now() / 60_000)
  for (let attempt = 0; ; attempt++) {
    const started = minute()
    try {
      return await run(attempt)
    } catch (error) {
      if (attempt + 1 >= MAX_LIMITER_RUNS || minute() === started) throw error
    }
  }
}
