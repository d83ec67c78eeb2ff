/** The committed bank in questions/ is exactly what the generator makes now from its articles. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bankEntryJson, readManifest } from '../../src/cli/bank'

const ROOT = new URL('../../', import.meta.url)
const manifest = readManifest(ROOT)

describe('questions/manifest.json', () => {
  it('lists the sample quiz and at least three openly licensed ones', () => {
    expect(manifest.quizzes.length).toBeGreaterThanOrEqual(4)
    const licensed = manifest.quizzes.filter((q) => q.options.license && q.options.publisher && q.options.url)
    expect(licensed.length).toBeGreaterThanOrEqual(3)
  })

  it.each(manifest.quizzes.map((q) => [q.file, q] as const))(
    '%s equals a fresh generation from its article',
    (file, entry) => {
      const committed = readFileSync(new URL(`questions/${file}`, ROOT), 'utf8')
      expect(committed).toBe(bankEntryJson(ROOT, entry))
    },
  )
})
