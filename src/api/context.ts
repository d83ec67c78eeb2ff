import type { FoundQuiz } from '../store/catalog'
import type { ImportVars } from './import-quiz'

/** The Hono environment of every route: the worker's bindings and per-request values. */
export interface AppEnv {
  /** The importer's test-only vars (IMPORT_ALLOW_LOOPBACK, IMPORT_TIMEOUT_MS) are not in wrangler.toml, so they are added here. */
  Bindings: Env & ImportVars
  Variables: { found: FoundQuiz }
}
