/**
 * Reading what an API error says, written once for the server's form routes and the browser scripts:
 * every error is problem+json with a `detail` in plain words. Pure: no DOM, no Workers types, no zod.
 */

/** The `detail` of a problem body, or null when `body` is not one. */
export function problemDetailOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('detail' in body)) return null
  return typeof body.detail === 'string' && body.detail !== '' ? body.detail : null
}

/** What an error response says, or `fallback` when its body says nothing readable. */
export async function readProblemDetail(
  res: { json(): Promise<unknown>; status: number },
  fallback: string,
): Promise<string> {
  return problemDetailOf(await res.json().catch(() => null)) ?? fallback
}
