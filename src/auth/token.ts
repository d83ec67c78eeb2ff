/** Teacher tokens: random, shown once, stored only as a SHA-256 hash, compared in constant time. */

const encoder = new TextEncoder()

/** A new teacher token: 32 random bytes, base64url. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

export async function hashToken(token: string): Promise<string> {
  return Array.from(await sha256(token), (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Whether `given` is the token whose SHA-256 hex is `expectedHash`. Both sides are fixed-length
 * digests, compared without an early exit, so the time taken says nothing about the token.
 */
export async function tokenMatchesHash(given: string, expectedHash: string): Promise<boolean> {
  const a = encoder.encode(await hashToken(given))
  const b = encoder.encode(expectedHash)
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/** Whether `given` equals the secret `expected`, in time independent of where they differ. */
export async function tokenMatches(given: string, expected: string): Promise<boolean> {
  if (expected === '') return false
  return tokenMatchesHash(given, await hashToken(expected))
}
