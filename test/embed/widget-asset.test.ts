import { describe, expect, it } from 'vitest'
import { call } from '../helpers'

describe('GET /widget.js', () => {
  it('serves the widget as JavaScript that any site may load', async () => {
    const res = await call('/widget.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const body = await res.text()
    expect(body).toContain('civic-quiz')
    expect(body).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|localStorage|sessionStorage|document\.cookie/,
    )
  })

  it('serves the embed page script', async () => {
    const res = await call('/static/embed.js')
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).toContain('lti.frameResize')
    expect(body).not.toMatch(/localStorage|sessionStorage|document\.cookie/)
  })
})
