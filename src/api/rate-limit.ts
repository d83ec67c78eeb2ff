import type { Context } from 'hono'
import type { AppEnv } from './context'
import { ProblemError } from './problem'

/** The period of the limiters in wrangler.toml, in seconds: a limited client retries after it. */
export const RATE_LIMIT_PERIOD_SECONDS = 60

/** The client's address as Cloudflare reports it (one key per school network, at worst). */
export function clientAddress(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown'
}

/** Throws a 429 problem when `limiter` says the key has used its share. */
export async function enforceRateLimit(
  limiter: RateLimit | undefined,
  key: string,
  what: string,
): Promise<void> {
  if (limiter === undefined) return
  const { success } = await limiter.limit({ key })
  if (!success)
    throw new ProblemError(
      429,
      `Too many ${what} from this network in the last minute. Wait a minute, then try again.`,
      {
        headers: { 'retry-after': String(RATE_LIMIT_PERIOD_SECONDS) },
      },
    )
}
