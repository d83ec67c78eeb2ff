/**
 * `npm run generate -- FILE [options]`: writes questions/<id>.json (or prints the quiz with --stdout,
 * and nothing else on stdout). A one-line summary per question type goes to stderr.
 * Exit code 2 with a message on stderr for bad arguments, an unreadable file or too few facts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { quizForArgs, USAGE, UsageError } from './quiz-args'

function fail(message: string): never {
  process.stderr.write(`generate: ${message}\n`)
  process.exit(2)
}

function main(): void {
  let result: ReturnType<typeof quizForArgs>
  try {
    result = quizForArgs(process.argv.slice(2))
  } catch (err) {
    if (err instanceof UsageError)
      fail(err.showUsage ? `${err.message}\nusage: npm run generate -- ${USAGE}` : err.message)
    throw err
  }
  const { quiz, out, stdout } = result
  const json = `${JSON.stringify(quiz, null, 2)}\n`
  const byType = new Map<string, string[]>()
  for (const q of quiz.questions) byType.set(q.type, [...(byType.get(q.type) ?? []), q.prompt])
  for (const [type, prompts] of byType)
    process.stderr.write(`${type}: ${prompts.length} (${prompts.map((p) => p.slice(0, 50)).join(' | ')})\n`)
  if (stdout) {
    process.stdout.write(json)
    return
  }
  mkdirSync(out, { recursive: true })
  const path = join(out, `${quiz.id}.json`)
  writeFileSync(path, json)
  process.stderr.write(`wrote ${path} (${quiz.questions.length} questions)\n`)
}

main()
