/**
 * Counts `n` requests under `key` straight on a real rate-limiting binding (miniflare's limiter in
 * workerd, the one the worker asks), as if that many had already come this minute: a rate-limit test
 * then sends only the last few through the route instead of flooding it with the whole limit.
 */
export async function spendLimit(limiter: RateLimit, key: string, n: number): Promise<void> {
  const { success } = await limiter.limit({ key, delta: n })
  if (!success) throw new Error(`the limiter refused to count ${n} under ${key}: it was already spent`)
}
