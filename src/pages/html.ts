import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { AppEnv } from '../api/context'

/** Statuses a page is answered with. */
export type PageStatus = 200 | 404 | 413 | 422 | 429 | 503

/** The one page wrapper: a doctype, the rendered JSX, never cached; `headers` add to (or replace) those. */
export async function htmlPage(
  c: Context<AppEnv>,
  page: Child,
  status: PageStatus = 200,
  headers: Record<string, string> = {},
): Promise<Response> {
  const body = `<!doctype html>${await Promise.resolve(page?.toString() ?? '')}`
  return c.html(body, status, { 'cache-control': 'no-store', ...headers })
}

/** The origin the request came to (for absolute links in snippets and oEmbed). */
export function requestOrigin(c: Context<AppEnv>): string {
  return new URL(c.req.url).origin
}
