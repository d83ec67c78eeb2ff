/**
 * The generate and review commands: their `main` in this process for every case (the exit code, stdout
 * and stderr a user sees), and one real run of the program through tsx, as `npm run generate` starts it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main as generateMain } from '../../src/cli/generate'
import { main as reviewMain } from '../../src/cli/review'
import { quizSchema } from '../../src/schema'
import { ARTICLES, SAMPLE as SAMPLE_FILE } from './articles'
import { runCli } from './harness/cli'

const ROOT = new URL('../../', import.meta.url).pathname
const SAMPLE = join(ARTICLES, SAMPLE_FILE)

const MAINS = { generate: generateMain, review: reviewMain }

function run(script: keyof typeof MAINS, args: string[]) {
  return runCli(MAINS[script], args)
}

/** The program itself, as `npm run generate` starts it (tsx from node_modules/.bin). */
function spawnProgram(script: string, args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [`src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('npm run generate', () => {
  it('runs as a program: the quiz alone on stdout, the summary on stderr, exit 0; exit 2 on a bad option', () => {
    const r = spawnProgram('generate', [SAMPLE, '--stdout', '--count', '5'])
    expect(r.code).toBe(0)
    expect(quizSchema.parse(JSON.parse(r.stdout)).questions.length).toBeLessThanOrEqual(5)
    expect(r.stderr).toMatch(/^who-said: \d+ /m)
    const bad = spawnProgram('generate', [SAMPLE, '--colour'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/unknown option/)
    expect(bad.stdout).toBe('')
  })

  it('prints only the quiz on stdout with --stdout, and a summary per type on stderr', () => {
    const r = run('generate', [
      SAMPLE,
      '--stdout',
      '--seed',
      'cli',
      '--count',
      '8',
      '--publisher',
      'Test Desk',
    ])
    expect(r.code).toBe(0)
    const quiz = quizSchema.parse(JSON.parse(r.stdout))
    expect(quiz.questions.length).toBeLessThanOrEqual(8)
    expect(quiz.source.publisher).toBe('Test Desk')
    expect(r.stderr).toMatch(/^who-said: \d+ /m)
  })

  it('writes questions/<id>.json into --out, pretty-printed with a trailing newline', () => {
    const out = mkdtempSync(join(tmpdir(), 'quiz-'))
    const r = run('generate', [SAMPLE, '--out', out, '--title', 'A sample quiz'])
    expect(r.code).toBe(0)
    const text = readFileSync(join(out, 'a-sample-quiz.json'), 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(quizSchema.parse(JSON.parse(text)).title).toBe('A sample quiz')
    expect(r.stdout).toBe('')
  })

  it.each([
    [[], /give the article FILE/],
    [['/no/such/file.txt'], /cannot read/],
    [[SAMPLE, '--count', 'many'], /--count must be a whole number/],
    [[SAMPLE, '--count', '40'], /count: must be a whole number from 3 to 15/],
    [[SAMPLE, '--date', '18/11/2025'], /--date must be YYYY-MM-DD/],
    [[SAMPLE, '--colour'], /unknown option/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const r = run('generate', args as string[])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
  })

  it('exits 2 and says what was missing when the article has too few facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiz-'))
    const file = join(dir, 'thin.txt')
    writeFileSync(file, 'date 2024-05-01 The club met again on a quiet evening and went home.\n')
    const r = run('generate', [file, '--stdout'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no attributed quotes.*at least 3 questions/)
  })
})

describe('npm run review', () => {
  it('prints each question with its options, the right one marked, and its evidence', () => {
    const r = run('review', [SAMPLE])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^1\. \[[a-z-]+\] /m)
    expect(r.stdout).toContain('✔')
    expect(r.stdout).toMatch(/evidence \[\d+–\d+\]: /)
  })
})
