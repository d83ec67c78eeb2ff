import { ArticleDateError } from './errors'

const DATE_PREFIX = /^[ \t\uFEFF]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*(?:\r?\n)?[ \t]*/i

/** True when `iso` (YYYY-MM-DD) names a real calendar day. */
export function isRealDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/**
 * Reads an optional leading `date YYYY-MM-DD` line or prefix. Returns the date (or null) and the
 * offset where the body starts. A given `fallback` date is used when the text has none.
 */
export function readDateLine(text: string, fallback?: string): { date: string | null; bodyStart: number } {
  if (fallback !== undefined && !isRealDay(fallback))
    throw new ArticleDateError(`not a calendar day in YYYY-MM-DD form: ${fallback.slice(0, 40)}`)
  const m = DATE_PREFIX.exec(text.slice(0, 200))
  if (m?.[1] && isRealDay(m[1])) return { date: m[1], bodyStart: m[0].length }
  return { date: fallback ?? null, bodyStart: 0 }
}
