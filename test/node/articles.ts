import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const ARTICLES = resolve(REPO, '../shared/articles')
export const SAMPLE = '2025-11-18-trump-mamdani-meeting.txt'

/** Reads an article from ../shared/articles; fails with a clear message when the folder is absent. */
export function readArticle(file: string): string {
  if (!existsSync(ARTICLES))
    throw new Error(`the shared articles folder ${ARTICLES} is absent: these tests need ../shared/articles`)
  return readFileSync(join(ARTICLES, file), 'utf8')
}
