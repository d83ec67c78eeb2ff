import type { Context } from 'hono'
import type { AppEnv } from './context'
import { LeasedLimiter } from './leased-limiter'
import { ProblemError } from './problem'

/** The period of the limiters in wrangler.toml, in seconds: a limited client retries after it. */
export const RATE_LIMIT_PERIOD_SECONDS = 60

/**
 * Attempts are leased ten at a time (10 divides the limit of 200 in wrangler.toml, so a network still
 * gets exactly 200 a minute; a class of thirty behind one address costs three limiter calls); new
 * quizzes one at a time (10 a minute: each is asked for).
 */
const attemptLeases = new LeasedLimiter(10, RATE_LIMIT_PERIOD_SECONDS)
const createLeases = new LeasedLimiter(1, RATE_LIMIT_PERIOD_SECONDS)

/** The client's address as Cloudflare reports it (one key per school network, at worst). */
export function clientAddress(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown'
}

/** Throws a 429 problem when the limiter says the key has used its share. */
async function enforce(
  leases: LeasedLimiter,
  limiter: RateLimit | undefined,
  key: string,
  what: string,
): Promise<void> {
  if (limiter === undefined || (await leases.allow(limiter, key))) return
  throw new ProblemError(
    429,
    `Too many ${what} from this network in the last minute. Wait a minute, then try again.`,
    { headers: { 'retry-after': String(RATE_LIMIT_PERIOD_SECONDS) } },
  )
}

/** 200 attempts a minute per network, quiz and class. */
export function enforceAttemptLimit(c: Context<AppEnv>, quizId: string, classCode: string): Promise<void> {
  return enforce(
    attemptLeases,
    c.env.ATTEMPT_LIMITER,
    `${clientAddress(c)}|${quizId}|${classCode}`,
    'attempts',
  )
}

/** 10 new quizzes a minute per network. */
export function enforceCreateLimit(c: Context<AppEnv>): Promise<void> {
  return enforce(createLeases, c.env.CREATE_LIMITER, clientAddress(c), 'new quizzes')
}
