import type { Context } from 'hono'
import type { AppEnv } from './context'
import { LeasedLimiter } from './leased-limiter'
import { networkOf, originBucket } from './network'
import { ProblemError } from './problem'

/** The period of the limiters in wrangler.toml, in seconds: a limited client retries after it. */
export const RATE_LIMIT_PERIOD_SECONDS = 60

/**
 * Attempts are leased ten at a time (10 divides every attempt limit in wrangler.toml, so each is kept
 * exactly; a class of thirty behind one address costs three calls a limiter); new quizzes one at a
 * time (10 a minute: each is asked for).
 */
export const ATTEMPT_LEASE = 10
const classLeases = new LeasedLimiter(ATTEMPT_LEASE, RATE_LIMIT_PERIOD_SECONDS)
const networkLeases = new LeasedLimiter(ATTEMPT_LEASE, RATE_LIMIT_PERIOD_SECONDS)
const originLeases = new LeasedLimiter(ATTEMPT_LEASE, RATE_LIMIT_PERIOD_SECONDS)
const quizLeases = new LeasedLimiter(ATTEMPT_LEASE, RATE_LIMIT_PERIOD_SECONDS)
const replayLeases = new LeasedLimiter(ATTEMPT_LEASE, RATE_LIMIT_PERIOD_SECONDS)
const createLeases = new LeasedLimiter(1, RATE_LIMIT_PERIOD_SECONDS)

/** The client's network as Cloudflare reports its address: the IPv4 address, or the IPv6 /64. */
export function clientNetwork(c: Context<AppEnv>): string {
  return networkOf(c.req.header('cf-connecting-ip') ?? '')
}

function limited(detail: string): ProblemError {
  return new ProblemError(429, detail, {
    headers: { 'retry-after': String(RATE_LIMIT_PERIOD_SECONDS) },
  })
}

/** Whether the limiter admits one more request under `key` (an absent binding admits everything). */
function allow(leases: LeasedLimiter, limiter: RateLimit | undefined, key: string): Promise<boolean> {
  return limiter === undefined ? Promise.resolve(true) : leases.allow(limiter, key)
}

const WAIT = 'Wait a minute, then try again.'

/**
 * The key a new attempt is counted under by each limiter (the client's network, the quiz, the class code
 * and the page's origin bucket): what enforceAttemptLimits asks, and what tests that fill a limiter's
 * count straight through its binding use.
 */
export function attemptLimitKeys(
  network: string,
  quizId: string,
  classCode: string,
  origin: string,
): { quiz: string; network: string; origin: string; class: string } {
  return {
    quiz: quizId,
    network: `${network}|${quizId}`,
    origin: `${network}|${quizId}|${origin}`,
    class: `${network}|${quizId}|${classCode}|${origin}`,
  }
}

/**
 * The limits of a new attempt, checked before any KV read or scoring (the route calls this first):
 * - a class budget: 200 a minute per network, quiz, class code and page origin;
 * - one site's pages: 750 a minute per network, quiz and origin, across class codes;
 * - the network: 1,500 a minute per network and quiz, across class codes and origins (a client cannot
 *   dodge it by inventing class codes or Origin headers; an IPv6 client counts by its /64);
 * - the quiz: 6,000 a minute from every network together.
 * The wider limits are asked first, so a request refused by one spends nothing of the narrower ones.
 */
export async function enforceAttemptLimits(
  c: Context<AppEnv>,
  quizId: string,
  classCode: string,
): Promise<void> {
  const keys = attemptLimitKeys(clientNetwork(c), quizId, classCode, originBucket(c.req.header('origin')))
  if (!(await allow(quizLeases, c.env.QUIZ_LIMITER, keys.quiz)))
    throw limited(`This quiz is taking more attempts than it can store right now. ${WAIT}`)
  if (!(await allow(networkLeases, c.env.NETWORK_LIMITER, keys.network)))
    throw limited(`Too many attempts at this quiz from this network in the last minute. ${WAIT}`)
  if (!(await allow(originLeases, c.env.ORIGIN_LIMITER, keys.origin)))
    throw limited(`Too many attempts at this quiz from this site in the last minute. ${WAIT}`)
  if (!(await allow(classLeases, c.env.ATTEMPT_LIMITER, keys.class)))
    throw limited(`Too many attempts for this class from this network in the last minute. ${WAIT}`)
}

/**
 * The separate, generous limit of requests that name an attemptId (3,000 a minute per network and
 * quiz), checked before the KV read that looks for a stored attempt: a replay is answered even while
 * the attempt limits refuse new attempts, yet a client cannot make unlimited reads.
 */
export async function enforceReplayLimit(c: Context<AppEnv>, quizId: string): Promise<void> {
  if (!(await allow(replayLeases, c.env.REPLAY_LIMITER, replayLimitKey(clientNetwork(c), quizId))))
    throw limited(`Too many attempts at this quiz from this network in the last minute. ${WAIT}`)
}

/** The key a request naming an attemptId is counted under by the replay limiter. */
export function replayLimitKey(network: string, quizId: string): string {
  return `${network}|${quizId}`
}

/** 10 new quizzes a minute per network. */
export async function enforceCreateLimit(c: Context<AppEnv>): Promise<void> {
  if (!(await allow(createLeases, c.env.CREATE_LIMITER, clientNetwork(c))))
    throw limited(`Too many new quizzes from this network in the last minute. ${WAIT}`)
}
