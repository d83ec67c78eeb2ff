/** The committed bank in questions/ is exactly what the generator makes now from its articles. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bankEntryFiles, readManifest } from '../../src/cli/bank'
import { bankAlternatesSchema } from '../../src/schema'

const ROOT = new URL('../../', import.meta.url)
const manifest = readManifest(ROOT)

describe('questions/manifest.json', () => {
  it('lists the sample quiz and at least three openly licensed ones', () => {
    expect(manifest.quizzes.length).toBeGreaterThanOrEqual(4)
    const licensed = manifest.quizzes.filter((q) => q.options.license && q.options.publisher && q.options.url)
    expect(licensed.length).toBeGreaterThanOrEqual(3)
  })

  it.each(manifest.quizzes.map((q) => [q.file, q] as const))(
    '%s and its alternates equal a fresh generation from its article',
    (file, entry) => {
      const fresh = bankEntryFiles(ROOT, entry)
      expect(readFileSync(new URL(`questions/${file}`, ROOT), 'utf8')).toBe(fresh.quiz)
      const alternates = readFileSync(new URL(`questions/alternates/${file}`, ROOT), 'utf8')
      expect(alternates).toBe(fresh.alternates)
      // a copy of the quiz has next-best questions to swap in, each a span of the article
      const article = readFileSync(new URL(entry.article, ROOT), 'utf8')
      const parsed = bankAlternatesSchema.parse(JSON.parse(alternates))
      // (at least 3: unfair candidates — quote completions, fragments, weekday dates — are no alternates)
      expect(parsed.alternates.length).toBeGreaterThanOrEqual(3)
      for (const q of parsed.alternates)
        expect(article.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text)
    },
  )
})
