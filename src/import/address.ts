/**
 * Which hosts a link may point at: a pure rule over the host text of a URL, with no DNS and no I/O.
 * IP literals are read in every notation a URL parser or a resolver accepts (dotted decimal, a single
 * 32-bit number, hex and octal parts, shortened forms, IPv6 with embedded IPv4) and refused when they
 * fall in a loopback, private, link-local, shared, multicast, documentation or otherwise non-public
 * range. Names that only resolve inside a machine or a network (`localhost`, `*.local`, `*.internal`,
 * single labels) are refused too.
 */

/** Why a host is refused, or null when it is public. */
export type HostVerdict = null | { kind: 'loopback' | 'private' | 'reserved' | 'local-name'; range: string }

/** A CIDR block as [first address as bigint, prefix length, bits of the family, label]. */
interface Block {
  base: bigint
  prefix: number
  kind: 'loopback' | 'private' | 'reserved'
  label: string
}

function v4Block(cidr: string, kind: Block['kind']): Block {
  const [addr = '', prefix = '32'] = cidr.split('/')
  const value = parseIPv4(addr)
  if (value === null) throw new Error(`bad block ${cidr}`)
  return { base: BigInt(value), prefix: Number(prefix), kind, label: cidr }
}

function v6Block(cidr: string, kind: Block['kind']): Block {
  const [addr = '', prefix = '128'] = cidr.split('/')
  const value = parseIPv6(addr)
  if (value === null) throw new Error(`bad block ${cidr}`)
  return { base: value, prefix: Number(prefix), kind, label: cidr }
}

/** IANA special-purpose IPv4 blocks that are not reachable as public web servers. */
const V4_BLOCKS: Block[] = [
  v4Block('0.0.0.0/8', 'reserved'),
  v4Block('10.0.0.0/8', 'private'),
  v4Block('100.64.0.0/10', 'private'),
  v4Block('127.0.0.0/8', 'loopback'),
  v4Block('169.254.0.0/16', 'private'),
  v4Block('172.16.0.0/12', 'private'),
  v4Block('192.0.0.0/24', 'reserved'),
  v4Block('192.0.2.0/24', 'reserved'),
  v4Block('192.88.99.0/24', 'reserved'),
  v4Block('192.168.0.0/16', 'private'),
  v4Block('198.18.0.0/15', 'reserved'),
  v4Block('198.51.100.0/24', 'reserved'),
  v4Block('203.0.113.0/24', 'reserved'),
  v4Block('224.0.0.0/4', 'reserved'),
  v4Block('240.0.0.0/4', 'reserved'),
]

/** IANA special-purpose IPv6 blocks (embedded IPv4 forms are unwrapped before these are checked). */
const V6_BLOCKS: Block[] = [
  v6Block('::/128', 'reserved'),
  v6Block('::1/128', 'loopback'),
  v6Block('64:ff9b:1::/48', 'private'),
  v6Block('100::/64', 'reserved'),
  v6Block('2001::/23', 'reserved'),
  v6Block('2001:db8::/32', 'reserved'),
  v6Block('2002::/16', 'reserved'),
  v6Block('3fff::/20', 'reserved'),
  v6Block('5f00::/16', 'reserved'),
  v6Block('fc00::/7', 'private'),
  v6Block('fe80::/10', 'private'),
  v6Block('fec0::/10', 'private'),
  v6Block('ff00::/8', 'reserved'),
]

/** Name suffixes that never name a public web server (RFC 6761, 6762, 8375 and common internal zones). */
const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'intranet',
  'lan',
  'home.arpa',
  'localdomain',
  'corp',
]

function inBlock(value: bigint, bits: number, block: Block): boolean {
  const shift = BigInt(bits - block.prefix)
  return value >> shift === block.base >> shift
}

/**
 * One IPv4 part as an inet_aton-style resolver reads it: `0x` hex, a leading `0` octal, else decimal.
 * Returns null when the part is not a number in any of those notations.
 */
function parsePart(part: string): number | null {
  if (part === '') return null
  let digits = part
  let radix = 10
  if (/^0x/i.test(part)) {
    digits = part.slice(2)
    radix = 16
    if (digits === '') return 0
    if (!/^[0-9a-f]+$/i.test(digits)) return null
  } else if (part.length > 1 && part.startsWith('0')) {
    digits = part.slice(1)
    radix = 8
    if (!/^[0-7]+$/.test(digits)) return null
  } else if (!/^[0-9]+$/.test(part)) return null
  const value = Number.parseInt(digits, radix)
  return Number.isSafeInteger(value) ? value : null
}

/**
 * An IPv4 address in any notation (`127.0.0.1`, `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`,
 * `127.0.1`) as a 32-bit number, or null when the text is not an IPv4 literal. A trailing dot is allowed.
 */
export function parseIPv4(text: string): number | null {
  const parts = text.replace(/\.$/, '').split('.')
  if (parts.length === 0 || parts.length > 4) return null
  const values: number[] = []
  for (const part of parts) {
    const value = parsePart(part)
    if (value === null) return null
    values.push(value)
  }
  const last = values.pop() ?? 0
  if (values.some((v) => v > 255)) return null
  if (last >= 256 ** (4 - values.length)) return null
  let result = 0
  for (const [i, v] of values.entries()) result += v * 256 ** (3 - i)
  return result + last
}

/** An IPv6 address (brackets, a zone id and an embedded dotted IPv4 tail allowed) as a 128-bit number. */
export function parseIPv6(text: string): bigint | null {
  let body = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  if (!body.includes(':')) return null
  const tail = /:(\d+\.\d+\.\d+\.\d+)$/.exec(body)
  if (tail?.[1] !== undefined) {
    const v4 = /^\d+\.\d+\.\d+\.\d+$/.test(tail[1]) ? parseIPv4(tail[1]) : null
    if (v4 === null) return null
    body = `${body.slice(0, tail.index + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`
  }
  const halves = body.split('::')
  if (halves.length > 2) return null
  const head = halves[0] === '' ? [] : (halves[0] ?? '').split(':')
  const rest = halves.length === 2 ? (halves[1] === '' ? [] : (halves[1] ?? '').split(':')) : []
  const missing = 8 - head.length - rest.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest]
  let value = 0n
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null
    value = (value << 16n) | BigInt(Number.parseInt(group, 16))
  }
  return value
}

function classify(value: bigint, bits: number, blocks: Block[]): HostVerdict {
  for (const block of blocks) if (inBlock(value, bits, block)) return { kind: block.kind, range: block.label }
  return null
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64 or 6to4 forms), or null. */
function embeddedIPv4(value: bigint): bigint | null {
  const low32 = value & 0xffffffffn
  if (value >> 32n === 0xffffn) return low32 // ::ffff:a.b.c.d, IPv4-mapped
  if (value >> 32n === 0xffff0000n) return low32 // ::ffff:0:a.b.c.d, IPv4-translated
  if (value >> 32n === 0n && value > 1n) return low32 // ::a.b.c.d, IPv4-compatible (deprecated)
  if (value >> 32n === 0x64ff9b0000000000000000n) return low32 // 64:ff9b::/96, NAT64
  if (value >> 112n === 0x2002n) return (value >> 80n) & 0xffffffffn // 2002:aabb:ccdd::/48, 6to4
  return null
}

/**
 * The verdict on a URL host (as `new URL(...).hostname` gives it, or as typed): null when it may be
 * fetched, else what kind of non-public address or name it is.
 */
export function checkHost(host: string): HostVerdict {
  const name = host.trim().toLowerCase().replace(/\.$/, '')
  if (name === '') return { kind: 'local-name', range: 'an empty host' }
  const v6 = parseIPv6(name)
  if (v6 !== null) {
    const v4 = embeddedIPv4(v6)
    if (v4 !== null) {
      const inner = classify(v4, 32, V4_BLOCKS)
      if (inner !== null) return inner
    }
    return classify(v6, 128, V6_BLOCKS)
  }
  if (name.startsWith('[')) return { kind: 'reserved', range: 'a malformed IPv6 literal' }
  const v4 = parseIPv4(name)
  if (v4 !== null) return classify(BigInt(v4), 32, V4_BLOCKS)
  // A name whose last label is all digits or hex-like is an IP literal a parser would misread: refuse.
  const labels = name.split('.')
  const last = labels.at(-1) ?? ''
  if (/^(0x[0-9a-f]*|[0-9]+)$/.test(last)) return { kind: 'reserved', range: 'a malformed IPv4 literal' }
  for (const suffix of LOCAL_SUFFIXES)
    if (name === suffix || name.endsWith(`.${suffix}`)) return { kind: 'local-name', range: `*.${suffix}` }
  if (labels.length < 2) return { kind: 'local-name', range: 'a single-label name' }
  return null
}

/** Whether a refused host is loopback (which the local-test switch `IMPORT_ALLOW_LOOPBACK` opens). */
export function isLoopback(host: string): boolean {
  const verdict = checkHost(host)
  return (
    verdict !== null &&
    (verdict.kind === 'loopback' || (verdict.kind === 'local-name' && verdict.range === '*.localhost'))
  )
}
