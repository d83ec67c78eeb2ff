/** The README says what the code does: paths it names exist, its layout lists every folder of src/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

describe('README.md', () => {
  it('names only files and folders that exist', () => {
    const named = [...README.matchAll(/`((?:src|test|docs|scripts)\/[\w./-]+?)`/g)].map((m) => m[1] ?? '')
    expect(named.length).toBeGreaterThan(10)
    expect(named.filter((path) => !existsSync(join(ROOT, path.replace(/\/$/, ''))))).toEqual([])
  })

  it('lists every folder of src/ in its layout', () => {
    const layout = README.slice(README.indexOf('## Layout'))
    const folders = readdirSync(join(ROOT, 'src')).filter((f) => statSync(join(ROOT, 'src', f)).isDirectory())
    expect(folders.filter((f) => !new RegExp(`^  ${f}/ `, 'm').test(layout))).toEqual([])
  })

  it('gives the quiz page one weight, the measured one', () => {
    const prose = /The quiz page weighs ([\d.]+) KB/.exec(README)?.[1]
    const table = /\| quiz page HTML \+ CSS \+ JS gzip[^|]*\| ([\d.]+) KB/.exec(README)?.[1]
    expect(prose).toBeDefined()
    expect(prose).toBe(table)
  })

  it('does not promise that attempt keys list in time order (pages and the widget send v4 ids)', () => {
    expect(README).not.toMatch(/keys list in time order/)
    const retry = readFileSync(join(ROOT, 'src/shared/retry.ts'), 'utf8')
    expect(retry).toMatch(/crypto\.randomUUID\(\)/)
  })
})
