/**
 * A rate limiter's allowance taken in leases: one call to the binding reserves `size` requests for a
 * key (`delta: size`), which this isolate then admits without asking again until they are used or
 * the period turns. Attempts from one class arrive in bursts (thirty students behind one school
 * address), so a lease of 10 cuts the limiter calls on the attempt route tenfold.
 *
 * Exact where it matters: when `size` divides the limit and every caller leases the same size, the
 * binding's counter only ever holds multiples of `size`, so it grants exactly `limit / size` leases a
 * period — never more than `limit` requests in all. A lease's unused requests still count against
 * the key (requests that arrive together may each take one; across isolates each holds its own), which
 * errs on the strict side, never the lenient one.
 */
interface Lease {
  left: number
  denied: boolean
}

export class LeasedLimiter {
  readonly #size: number
  readonly #periodMs: number
  readonly #now: () => number
  #window = Number.NaN
  #leases = new Map<string, Lease>()

  constructor(size: number, periodSeconds: number, now: () => number = Date.now) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('a lease is a whole number of requests')
    this.#size = size
    this.#periodMs = periodSeconds * 1000
    this.#now = now
  }

  /** True when `key` may make one more request this period; false once the binding has said no. */
  async allow(limiter: RateLimit, key: string): Promise<boolean> {
    const lease = this.#lease(key)
    if (lease.left === 0 && !lease.denied) {
      // Each request reserves on its own: a promise may not be shared between requests in Workers
      // (its I/O belongs to the request that started it). Requests arriving together may each take a
      // lease; what they leave over serves the requests after them.
      const { success } = await limiter.limit({ key, delta: this.#size })
      if (success) lease.left += this.#size
      else lease.denied = true
    }
    if (lease.left === 0) return false
    lease.left -= 1
    return true
  }

  /** The key's lease for the current period; leases of a past period are dropped all at once. */
  #lease(key: string): Lease {
    const window = Math.floor(this.#now() / this.#periodMs)
    if (window !== this.#window) {
      this.#window = window
      this.#leases = new Map()
    }
    let lease = this.#leases.get(key)
    if (lease === undefined) {
      lease = { left: 0, denied: false }
      this.#leases.set(key, lease)
    }
    return lease
  }
}
