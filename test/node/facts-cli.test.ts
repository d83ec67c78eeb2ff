import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main as evalMain } from '../../src/cli/eval'
import { main as factsMain } from '../../src/cli/facts'
import type { CliIo } from '../../src/cli/io'
import { articleFactsSchema } from '../../src/schema'
import { ARTICLES, REPO, SAMPLE } from './articles'
import { runCli } from './harness/cli'

/**
 * `npm run --silent SCRIPT -- ARGS`: the real program for the first case, and for the others its `main`
 * in this process (the same exit code, stdout and stderr, without starting npm, Node and tsx each time).
 */
const npm = (args: string[]) =>
  spawnSync('npm', ['run', '--silent', ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 })

const MAINS: Record<string, (argv: string[], io: CliIo) => number> = { facts: factsMain, eval: evalMain }

function run(script: string, args: string[]) {
  const main = MAINS[script]
  if (main === undefined) throw new Error(`no CLI ${script}`)
  const r = runCli(main, args)
  return { status: r.code, stdout: r.stdout, stderr: r.stderr }
}

describe('npm run facts', () => {
  it('runs as a program under npm run and prints only the facts JSON, valid per the schema', () => {
    const r = npm(['facts', '--', join(ARTICLES, SAMPLE)])
    expect(r.status).toBe(0)
    const facts = articleFactsSchema.parse(JSON.parse(r.stdout))
    expect(facts.quotes).toHaveLength(9)
  })

  it('exits 2 with a message on stderr for a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'))
    const file = join(dir, 'image.bin')
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01]))
    const r = run('facts', ['--', file])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/not (UTF-8 )?text|binary/)
  })

  it('reads a legacy Windows-1252 text file instead of rejecting it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'))
    const file = join(dir, 'latin1.txt')
    writeFileSync(
      file,
      Buffer.from('The caf\xe9 owner, Ana Ruiz, said "we will reopen soon enough."', 'latin1'),
    )
    const r = run('facts', ['--', file])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).quotes[0].speaker).toBe('Ana Ruiz')
  })

  it('exits 2 for a missing file', () => {
    const r = run('facts', ['--', join(REPO, 'no-such-file.txt')])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/cannot read/)
  })
})

describe('npm run eval', () => {
  it('prints a table with a total row', () => {
    const r = run('eval', [])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/\| \*\*total\*\* +\|/)
  })

  it('says plainly when the articles folder is absent', () => {
    const r = run('eval', ['--articles', join(REPO, 'no-such-folder')])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/articles folder .* is absent/)
  })
})
