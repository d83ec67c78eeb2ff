/**
 * A quiz link in a WordPress post, with a host page that behaves as WordPress 6 does: it discovers the
 * oEmbed endpoint from the quiz page's <link rel="alternate">, asks it with WordPress's default
 * maxwidth/maxheight, filters the HTML as `wp_filter_oembed_result` does (only a blockquote with a link
 * and an iframe survive; the frame gets `sandbox="allow-scripts" security="restricted"`, a secret in its
 * fragment and `data-secret`, and is hidden while the blockquote shows), and runs the logic of
 * `wp-embed.js` (sends `ready`, shows the frame and hides the blockquote when the frame talks, sets its
 * height from `height` messages clamped to 200–1,000 px) — but only when the HTML holds the blockquote,
 * as WordPress loads that script since 5.9. The quiz is then taken in the frame, one question at a
 * time, and the attempt reaches the teacher's results.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Quiz } from '../../src/schema'
import { launchBrowser } from './harness/browser'
import { type HostSite, startHostSite } from './harness/host-site'
import { sharedServer, TEST_ADMIN_TOKEN } from './harness/server'

const CLASS = 'wp-room'
const SECRET = 'Xy12ab34Cd'

/** WordPress's default embed size for a 600 px content column: height min(1.5 × width, 1,000). */
const WP_MAX_WIDTH = 600
const WP_MAX_HEIGHT = 900

/** wp_filter_oembed_result, as far as the markup goes. */
function filterLikeWordPress(html: string): { html: string; loadsWpEmbed: boolean } {
  const match = /(<blockquote[^>]*>.*?<\/blockquote>)?.*?(<iframe.*?><\/iframe>)/s.exec(html)
  if (!match?.[2]) throw new Error('WordPress needs an iframe in the oEmbed html')
  const keep = (tag: string, allowed: string[]) =>
    tag.replace(/\s([a-z-]+)="([^"]*)"/g, (whole, name: string) => (allowed.includes(name) ? whole : ''))
  const quote = match[1]
    ? match[1]
        .replace(/<blockquote[^>]*>/, '<blockquote>')
        .replace(/<a\s[^>]*?(href="[^"]*")[^>]*>/, '<a $1>')
    : ''
  let frame = keep(match[2], [
    'src',
    'width',
    'height',
    'frameborder',
    'marginwidth',
    'marginheight',
    'scrolling',
    'title',
  ])
  frame = frame.replace(/ src="([^"]*)"/, ` src="$1#?secret=${SECRET}" data-secret="${SECRET}"`)
  let out = quote.replace('<blockquote', `<blockquote data-secret="${SECRET}"`) + frame
  if (quote !== '') {
    out = out.replace('<iframe', '<iframe style="position: absolute; visibility: hidden;"')
    out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"')
  }
  out = out.replace(
    '<iframe',
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
  )
  // wp_maybe_enqueue_oembed_host_js: the script only for an embed with WordPress's blockquote
  return { html: out, loadsWpEmbed: /<blockquote\s[^>]*?wp-embedded-content/.test(out) }
}

/** The parts of wp-embed.js that matter here. */
const WP_EMBED_JS = `
window.heights = [];
addEventListener('message', function (e) {
  var data = e.data;
  if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
  document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]').forEach(function (b) { b.style.display = 'none'; });
  document.querySelectorAll('iframe[data-secret="' + data.secret + '"]').forEach(function (source) {
    if (e.source !== source.contentWindow) return;
    source.removeAttribute('style');
    if (data.message === 'height') {
      var height = parseInt(data.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      source.height = height;
      window.heights.push(height);
    }
  });
});
addEventListener('load', function () {
  document.querySelectorAll('iframe.wp-embedded-content').forEach(function (source) {
    source.contentWindow.postMessage({ message: 'ready', secret: source.getAttribute('data-secret') }, '*');
  });
});`

/** The node project's shared wrangler dev (this file keeps to its own quizzes and class codes). */
const server = sharedServer()
let host: HostSite
let browser: BrowserContext
let quiz: Quiz
let post = ''

beforeAll(async () => {
  const list = (await (await fetch(`${server.url}/api/quizzes`)).json()) as { quizzes: Array<{ id: string }> }
  const id = list.quizzes[0]?.id ?? ''
  quiz = (await (
    await fetch(`${server.url}/api/quizzes/${id}/answers`, {
      headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    })
  ).json()) as Quiz
  host = await startHostSite((req, res) => {
    res.writeHead(req.url === '/post' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(req.url === '/post' ? post : 'not found')
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

/** What WordPress does with a link pasted alone on a line: discover, ask, filter, render. */
async function wordpressPost(link: string): Promise<{ html: string; loadsWpEmbed: boolean }> {
  const page = await (await fetch(link)).text()
  const discovered = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)?.[1]
  if (discovered === undefined) throw new Error('no oEmbed discovery link')
  const endpoint = new URL(discovered.replaceAll('&amp;', '&'))
  endpoint.searchParams.set('maxwidth', String(WP_MAX_WIDTH))
  endpoint.searchParams.set('maxheight', String(WP_MAX_HEIGHT))
  const oembed = (await (await fetch(endpoint)).json()) as { html: string }
  const filtered = filterLikeWordPress(oembed.html)
  post = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A WordPress post</title>
${filtered.loadsWpEmbed ? `<script>${WP_EMBED_JS}</script>` : ''}</head>
<body style="margin:0 auto;max-width:${WP_MAX_WIDTH}px;font-family:Georgia,serif"><h1>Civics this week</h1>
<p>Read the article, then take the quiz.</p>${filtered.html}<p>Comments are closed.</p></body></html>`
  return filtered
}

function quizFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${server.url}/embed/`))
  if (frame === undefined) throw new Error('no quiz frame')
  return frame
}

/** The frame's height as WordPress set it, and whether its page fits in it without scrolling. */
async function fits(page: Page): Promise<{ height: number; content: number }> {
  const frame = quizFrame(page)
  const height = await page.locator('iframe.wp-embedded-content').evaluate((f) => f.clientHeight)
  const content = await frame.evaluate(() => document.documentElement.scrollHeight)
  return { height, content }
}

describe('a quiz link pasted in a WordPress post', () => {
  it('embeds in WordPress’s shape, fits the 1,000 px cap one question at a time, and reaches the teacher', async () => {
    const link = `${server.url}/quiz/${quiz.id}?class=${CLASS}`
    const { html, loadsWpEmbed } = await wordpressPost(link)
    expect(loadsWpEmbed).toBe(true)
    // the class code survives discovery; the frame asks for the paged layout
    expect(html).toContain(`/embed/${quiz.id}?class=${CLASS}&amp;layout=paged#?secret=${SECRET}`)
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${host.url}/post`)
    const iframe = page.locator('iframe.wp-embedded-content')
    // the frame talked: WordPress shows it and hides the fallback link
    await expect.poll(() => iframe.getAttribute('style')).toBeNull()
    expect(await page.locator('blockquote.wp-embedded-content').isHidden()).toBe(true)
    const frame = page.frameLocator('iframe.wp-embedded-content')
    const n = quiz.questions.length
    let score = 0
    for (let i = 0; i < n; i++) {
      const q = quiz.questions[i] as Quiz['questions'][number]
      await frame.getByText(`Question ${i + 1} of ${n}`, { exact: true }).waitFor()
      const group = frame.getByRole('group', { name: `${i + 1}. ${q.prompt}`, exact: true })
      expect(await group.isVisible()).toBe(true)
      // every page of the quiz fits the frame WordPress sized for it (200–1,000 px), no inner scrolling
      await expect
        .poll(async () => {
          const size = await fits(page)
          return size.height >= size.content - 1 && size.height <= 1000 && size.height >= 200
        })
        .toBe(true)
      if (q.options !== undefined) {
        const pick = i % 2 === 0 ? (q.answer ?? 0) : ((q.answer ?? 0) + 1) % q.options.length
        if (pick === q.answer) score++
        await group.getByRole('radio', { name: q.options[pick] ?? '', exact: true }).check()
      } else {
        await group.getByRole('textbox').fill(q.accept?.[0] ?? '')
        score++
      }
      if (i < n - 1) await frame.getByRole('button', { name: 'Next' }).click()
    }
    await frame.getByRole('button', { name: 'Back' }).click()
    await frame.getByText(`Question ${n - 1} of ${n}`, { exact: true }).waitFor()
    await frame.getByRole('button', { name: 'Next' }).click()
    await frame.getByRole('button', { name: 'Check answers' }).click()
    await frame.getByText(`You scored ${score} out of ${n}`, { exact: true }).waitFor()
    // the result with the feedback list; each entry opens its question with the feedback
    const entries = frame.getByRole('list').getByRole('button', { name: /^Question \d+: / })
    expect(await entries.count()).toBe(n)
    await entries.nth(1).click()
    const second = quiz.questions[1] as Quiz['questions'][number]
    await frame
      .getByRole('group', { name: `2. ${second.prompt}`, exact: true })
      .getByText('From the article:')
      .waitFor()
    await expect
      .poll(async () => {
        const size = await fits(page)
        return size.height >= size.content - 1 || size.height === 1000
      })
      .toBe(true)
    await frame.getByRole('button', { name: 'Back to your result' }).click()
    await frame.getByText(`You scored ${score} out of ${n}`, { exact: true }).waitFor()
    const results = (await (
      await fetch(`${server.url}/api/quizzes/${quiz.id}/results?class=${CLASS}`, {
        headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      })
    ).json()) as { attempts: number; recent: Array<{ score: number }> }
    expect(results.attempts).toBe(1)
    expect(results.recent[0]?.score).toBe(score)
    expect(errors).toEqual([])
    await page.close()
  })
})
