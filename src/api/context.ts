import type { FoundQuiz } from '../store/catalog'
import type { ImportVars } from './import-quiz'

/** The Hono environment of every route: the worker's bindings and per-request values. */
export interface AppEnv {
  /** IMPORT_ALLOW_LOOPBACK is not in wrangler.toml (local tests set it), so it is added here. */
  Bindings: Env & ImportVars
  Variables: { found: FoundQuiz }
}
