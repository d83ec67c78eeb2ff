import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

/** Static assets (dist/public) are served by Workers assets in front of the worker: fetched through ASSETS. */
const asset = (path: string) => env.ASSETS.fetch(new Request(`https://quiz.test${path}`))

describe('GET /widget.js (static asset)', () => {
  it('serves the widget as JavaScript that any site may load', async () => {
    const res = await asset('/widget.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/)
    const body = await res.text()
    expect(body).toContain('civic-quiz')
    expect(body).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|localStorage|sessionStorage|document\.cookie/,
    )
  })

  it('serves the embed page script', async () => {
    const res = await asset('/static/embed.js')
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).toContain('lti.frameResize')
    expect(body).not.toMatch(/localStorage|sessionStorage|document\.cookie/)
  })
})
