/**
 * HMAC-SHA-256 (RFC 2104, FIPS 180-4), synchronous and pure: the generator runs without `await` in the
 * CLI, the worker and the tests, while WebCrypto's HMAC is asynchronous. Used for question ids, where a
 * keyed hash with a secret salt makes an id say nothing about the question's answer.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

/** The initial hash value of SHA-256. */
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]

/**
 * One SHA-256 compression of the 64-byte block at `offset` of `view` into the eight-word state `h`.
 * It works on eight local words and the schedule array `w`, with no per-round allocation (the
 * generator hashes an id for every question it lays out).
 */
function compress(h: Int32Array, view: DataView, offset: number, w: Uint32Array): void {
  for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4)
  // a typed array reads 0 past its end, never undefined: `?? 0` only satisfies the index check
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] ?? 0
    const y = w[i - 2] ?? 0
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
    w[i] = (w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1
  }
  let a = h[0] ?? 0
  let b = h[1] ?? 0
  let c = h[2] ?? 0
  let d = h[3] ?? 0
  let e = h[4] ?? 0
  let f = h[5] ?? 0
  let g = h[6] ?? 0
  let hh = h[7] ?? 0
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const ch = (e & f) ^ (~e & g)
    const t1 = (hh + s1 + ch + (K[i] ?? 0) + (w[i] ?? 0)) | 0
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const maj = (a & b) ^ (a & c) ^ (b & c)
    const t2 = (s0 + maj) | 0
    hh = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  h[0] = (h[0] ?? 0) + a
  h[1] = (h[1] ?? 0) + b
  h[2] = (h[2] ?? 0) + c
  h[3] = (h[3] ?? 0) + d
  h[4] = (h[4] ?? 0) + e
  h[5] = (h[5] ?? 0) + f
  h[6] = (h[6] ?? 0) + g
  h[7] = (h[7] ?? 0) + hh
}

/**
 * The SHA-256 digest of `data` hashed after `before` bytes whose compression left the state `from`
 * (0 bytes and the initial value for a plain hash; one 64-byte key block for HMAC).
 */
function digestAfter(from: ArrayLike<number>, before: number, data: Uint8Array): Uint8Array {
  const bitLength = (before + data.length) * 8
  const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64)
  padded.set(data)
  padded[data.length] = 0x80
  const view = new DataView(padded.buffer)
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32))
  view.setUint32(padded.length - 4, bitLength >>> 0)
  const h = Int32Array.from(from)
  const w = new Uint32Array(64)
  for (let offset = 0; offset < padded.length; offset += 64) compress(h, view, offset, w)
  const out = new Uint8Array(32)
  const outView = new DataView(out.buffer)
  for (let i = 0; i < 8; i++) outView.setInt32(i * 4, h[i] ?? 0)
  return out
}

/** SHA-256 of bytes. */
export function sha256(data: Uint8Array): Uint8Array {
  return digestAfter(IV, 0, data)
}

const encoder = new TextEncoder()

/** Two lowercase hex digits of each byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

/** The state after compressing one 64-byte block: the key XORed with `pad`. */
function padState(key: Uint8Array, pad: number): Int32Array {
  const block = new Uint8Array(64)
  for (let i = 0; i < 64; i++) block[i] = (key[i] ?? 0) ^ pad
  const h = Int32Array.from(IV)
  compress(h, new DataView(block.buffer), 0, new Uint32Array(64))
  return h
}

/**
 * HMAC-SHA-256 under `key` (UTF-8 text), as a function of the message returning lowercase hex. The
 * key's inner and outer blocks are compressed once, so each message costs two compressions of its
 * own (a quiz's ids share one key).
 */
export function hmacSha256HexWith(key: string): (message: string) => string {
  let k: Uint8Array = encoder.encode(key)
  if (k.length > 64) k = sha256(k)
  const inner = padState(k, 0x36)
  const outer = padState(k, 0x5c)
  return (message) => {
    let hex = ''
    for (const b of digestAfter(outer, 64, digestAfter(inner, 64, encoder.encode(message))))
      hex += HEX[b] ?? ''
    return hex
  }
}

/** HMAC-SHA-256 of `message` under `key` (both UTF-8 text), as lowercase hex. */
export function hmacSha256Hex(key: string, message: string): string {
  return hmacSha256HexWith(key)(message)
}
