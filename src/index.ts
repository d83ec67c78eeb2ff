import { Hono } from 'hono'

const app = new Hono<{ Bindings: Env }>().get('/healthz', (c) => c.json({ ok: true }, 200))

export default app
