/**
 * One concept, one place: each of these was once written in two to five files, and the next fix landed
 * in one copy. Reads src/ as text (like `duplicates`), so a new copy fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const SRC = join(ROOT, 'src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : files(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

const SOURCES = files(SRC).map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }))

function where(pattern: RegExp): string[] {
  return SOURCES.filter((s) => pattern.test(s.text)).map((s) => s.file)
}

describe('one place each', () => {
  it.each([
    [
      'the class-code pattern',
      /\[A-Za-z0-9_\\?-\]\{1,32\}|\[a-z0-9_-\]\{1,32\}/,
      ['src/shared/class-code.ts'],
    ],
    ['the form size limit', /MAX_FORM_BYTES\s*=/, ['src/pages/quiz-page-routes.tsx']],
    ['tokenAt', /function tokenAt\b/, ['src/facts/attribution.ts']],
    ['the option count', /(OPTIONS|OPTION_COUNT)\s*=\s*4\b/, ['src/quiz/candidate.ts']],
    [
      'reading a problem’s detail',
      /\.detail\b[^\n]*(===|\?\?)|detail\?: (unknown|string) *}\)?\)?/,
      ['src/shared/problem-detail.ts'],
    ],
    ['the page wrapper', /`<!doctype html>\$\{/, ['src/pages/html.ts']],
    [
      'the quiz lookup by a request’s id',
      /quizIdSchema\.safeParse\([^)]*\)\.success \? (await )?findQuiz/,
      ['src/store/catalog.ts'],
    ],
  ])('%s', (_what, pattern, expected) => {
    expect(where(pattern)).toEqual(expected)
  })

  it('no quiz page reads its form body in two places', () => {
    expect(where(/readAttemptFields\(Object\.entries/)).toEqual(['src/pages/quiz-page-routes.tsx'])
  })

  it('no dead constants: WEAK_SPEECH_LEMMAS, MIN_OPTIONS', () => {
    expect(where(/\b(WEAK_SPEECH_LEMMAS|MIN_OPTIONS)\b/)).toEqual([])
  })
})
