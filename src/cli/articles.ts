/**
 * The articles the tests, the benches and the CLIs read by default: copies kept in the repository, in
 * test/fixtures/articles (credits and licenses in its SOURCES.md; which are validation: docs/reviews/SPLIT.md).
 */
import { fileURLToPath } from 'node:url'

export const ARTICLES_DIR = fileURLToPath(new URL('../../test/fixtures/articles', import.meta.url))
