import type { FoundQuiz } from '../store/catalog'

/** The Hono environment of every route: the worker's bindings and per-request values. */
export interface AppEnv {
  Bindings: Env
  Variables: { found: FoundQuiz }
}
