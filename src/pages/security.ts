import type { MiddlewareHandler } from 'hono'

/**
 * The Content-Security-Policy of every page: scripts and styles only from our origin (no inline
 * script, no eval), requests only to our origin, forms only to our origin, no plugins, no <base>.
 * `frameAncestors` is `'none'` everywhere except the embed routes, which pass `*`.
 */
export function contentSecurityPolicy(options: { frameAncestors?: string } = {}): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "manifest-src 'self'",
    `frame-ancestors ${options.frameAncestors ?? "'none'"}`,
  ].join('; ')
}

const DEFAULT_CSP = contentSecurityPolicy()

/**
 * Security headers on every response. A route opts out of the default policy by setting its own
 * `Content-Security-Policy` header (the embed routes: `contentSecurityPolicy({ frameAncestors: '*' })`);
 * headers a route already set are never overwritten.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  let headers = c.res.headers
  try {
    headers.set('x-content-type-options', 'nosniff')
  } catch {
    // immutable headers (a response passed through from fetch): copy it once
    c.res = new Response(c.res.body, c.res)
    headers = c.res.headers
  }
  const setDefault = (name: string, value: string): void => {
    if (!headers.has(name)) headers.set(name, value)
  }
  setDefault('content-security-policy', DEFAULT_CSP)
  setDefault('referrer-policy', 'no-referrer')
  if (!/frame-ancestors\s+(\*|https?:)/.test(headers.get('content-security-policy') ?? ''))
    setDefault('x-frame-options', 'DENY')
}
