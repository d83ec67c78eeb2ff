/**
 * Which network a request comes from, and which page sent it, as keys for the rate limits. Pure.
 *
 * An IPv4 client is its address (a school's NAT is one address). An IPv6 client is given a whole /64
 * by its provider and can pick any address in it, so it is counted by its /64.
 */

/** The rate-limit key of a client address: the IPv4 address, or the IPv6 /64 (`2001:db8:0:1::/64`). */
export function networkOf(address: string): string {
  const text = address.trim().toLowerCase()
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return text
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)
  if (mapped?.[1] !== undefined) return mapped[1]
  const groups = ipv6Groups(text)
  return groups === null ? 'unknown' : `${groups.slice(0, 4).join(':')}::/64`
}

/** The eight groups of an IPv6 address (without zone), leading zeros dropped; null when it is not one. */
function ipv6Groups(text: string): string[] | null {
  const bare = text.replace(/%.*$/, '')
  if (!/^[0-9a-f:]{2,39}$/.test(bare)) return null
  const halves = bare.split('::')
  if (halves.length > 2) return null
  const split = (s: string | undefined) => (s === undefined || s === '' ? [] : s.split(':'))
  const head = split(halves[0])
  const tail = split(halves[1])
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...new Array<string>(missing).fill('0'), ...tail]
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null
  return groups.map((g) => g.replace(/^0+(?=.)/, ''))
}

/**
 * The page a request came from, as a browser reports it in `Origin` (a page cannot forge it): a foreign
 * page's requests carry its own origin, so the limits keyed by it spend that page's budget only.
 * Requests without one (curl, old clients) share one bucket.
 */
export function originBucket(origin: string | undefined): string {
  if (origin === undefined || origin === '') return '-'
  return origin.trim().toLowerCase().slice(0, 200)
}
