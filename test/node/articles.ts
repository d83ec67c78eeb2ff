import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ARTICLES_DIR } from '../../src/cli/articles'

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** The repository's copies of the articles (test/fixtures/articles). */
export const ARTICLES = ARTICLES_DIR
/** The sample article the project started from. */
export const SAMPLE = '2025-11-18-trump-mamdani-meeting.txt'

/** Reads an article from test/fixtures/articles. */
export function readArticle(file: string): string {
  return readFileSync(join(ARTICLES, file), 'utf8')
}
