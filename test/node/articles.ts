import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ARTICLES_DIR, SAMPLE_ARTICLE } from '../../src/cli/articles'

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** The repository's copies of the articles (test/fixtures/articles). */
export const ARTICLES = ARTICLES_DIR
export const SAMPLE = SAMPLE_ARTICLE

/** Reads an article from test/fixtures/articles. */
export function readArticle(file: string): string {
  return readFileSync(join(ARTICLES, file), 'utf8')
}
