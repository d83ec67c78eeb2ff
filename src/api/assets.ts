import { Hono } from 'hono'
import { CLIENT_ASSETS } from '../generated/client-assets'
import type { AppEnv } from './context'
import { ProblemError } from './problem'

function script(name: string): Response {
  const body = CLIENT_ASSETS[name]
  if (body === undefined) throw new ProblemError(404, `There is no script named "${name.slice(0, 80)}".`)
  return new Response(body, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
    },
  })
}

/** The browser code, bundled into the worker by scripts/build-client.mjs: /widget.js and /static/*.js. */
export const assetRoutes = new Hono<AppEnv>()
  .get('/widget.js', () => script('widget.js'))
  .get('/static/:name{[a-z0-9-]+\\.js}', (c) => script(c.req.param('name')))
