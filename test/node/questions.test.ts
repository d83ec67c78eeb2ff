import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { quizSchema } from '../../src/schema'

const DIR = new URL('../../questions/', import.meta.url)
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'manifest.json')
const bankIndex = readFileSync(new URL('../../questions/index.ts', import.meta.url), 'utf8')

describe('questions/', () => {
  it('holds at least the sample quiz', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files)('%s validates against the quiz schema and is bundled as a built-in', (file) => {
    const quiz = quizSchema.parse(JSON.parse(readFileSync(new URL(file, DIR), 'utf8')))
    expect(file).toBe(`${quiz.id}.json`)
    expect(bankIndex).toContain(`from './${file}'`)
  })
})

describe('questions/index.ts', () => {
  it('is what `npm run bank` writes from the manifest', async () => {
    const { bankIndexSource, readManifest } = await import('../../src/cli/bank')
    const root = new URL('../../', import.meta.url)
    expect(bankIndex).toBe(bankIndexSource(readManifest(root)))
  })
})
