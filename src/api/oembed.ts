import { cors } from 'hono/cors'
import { Hono } from 'hono/tiny'
import { quizIdSchema } from '../schema'
import { readClassCode } from '../shared/class-code'
import { EMBED_WIDTH, embedHeight, embedUrl, oembedHtml, quizUrl } from '../shared/embed-snippets'
import { findQuizById } from '../store/catalog'
import type { AppEnv } from './context'
import { ProblemError } from './problem'

/** The discovery link of a quiz page: `<link rel="alternate" type="application/json+oembed" href=…>`. */
export function oembedLinkHref(origin: string, quizUrl: string): string {
  const href = new URL('/oembed', origin)
  href.searchParams.set('url', quizUrl)
  href.searchParams.set('format', 'json')
  return href.href
}

/** `/quiz/:id` or `/embed/:id` of this origin → the quiz id and class code; null for anything else. */
export function parseQuizUrl(
  raw: string,
  origin: string,
): { quizId: string; classCode: string | null } | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.origin !== origin) return null
  const match = /^\/(?:quiz|embed)\/([^/]+)\/?$/.exec(url.pathname)
  const quizId = match?.[1] ?? ''
  if (!quizIdSchema.safeParse(quizId).success) return null
  return { quizId, classCode: readClassCode(url.searchParams.get('class')) || null }
}

function dimension(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw === '') return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new ProblemError(400, `${name} must be a positive whole number.`)
  return n
}

/**
 * oEmbed 1.0 (https://oembed.com) for quiz links: a "rich" answer whose html is the embed iframe with a
 * link to the quiz, in WordPress's own shape (see oembedHtml). When the consumer's `maxheight` is under
 * the quiz's height (WordPress asks for at most 1,000 px), the frame shows the paged layout: one question
 * at a time.
 */
export const oembedRoutes = new Hono<AppEnv>()
  .use('/oembed', cors({ origin: '*', allowMethods: ['GET', 'OPTIONS'], maxAge: 86400 }))
  .get('/oembed', async (c) => {
    const url = c.req.query('url')
    if (url === undefined || url === '')
      throw new ProblemError(400, 'Give the quiz link as ?url=, e.g. /oembed?url=https://HOST/quiz/ID.')
    const format = c.req.query('format') ?? 'json'
    if (format !== 'json')
      throw new ProblemError(501, `Only format=json is served, not "${format.slice(0, 20)}".`)
    const maxWidth = dimension(c.req.query('maxwidth'), 'maxwidth')
    const maxHeight = dimension(c.req.query('maxheight'), 'maxheight')
    const origin = new URL(c.req.url).origin
    const target = parseQuizUrl(url, origin)
    const found = target === null ? null : await findQuizById(c.env, target.quizId)
    if (target === null || found === null)
      throw new ProblemError(404, `${url.slice(0, 200)} is not a quiz of ${origin}.`)
    const { quiz } = found
    const width = Math.min(EMBED_WIDTH, maxWidth ?? EMBED_WIDTH)
    const full = embedHeight(quiz.questions.length)
    const paged = maxHeight !== undefined && maxHeight < full
    const height = paged ? maxHeight : full
    const src = embedUrl(origin, quiz.id, target.classCode, paged ? 'paged' : undefined)
    return c.json(
      {
        type: 'rich',
        version: '1.0',
        title: quiz.title,
        provider_name: 'Civic Quiz',
        provider_url: `${origin}/`,
        cache_age: 3600,
        html: oembedHtml(quizUrl(origin, quiz.id, target.classCode), src, quiz.title, width, height),
        width,
        height,
      },
      200,
    )
  })
