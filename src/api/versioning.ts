import type { Context } from 'hono'
import type { Question, Quiz, QuizVersionRecord } from '../schema'
import type { FoundQuiz } from '../store/catalog'
import { QuizVersions } from '../store/quiz-versions'
import type { AppEnv } from './context'
import { ProblemError } from './problem'

export type RuntimeQuiz = Extract<FoundQuiz, { builtin: false }>

/** The ETag of a quiz version: `"v{version}"`. */
export function versionTag(version: number): string {
  return `"v${version}"`
}

/** The run-time quiz of the request; built-in quizzes are copied before they are changed (403). */
export function editableQuiz(c: Context<AppEnv>): RuntimeQuiz {
  const found = c.var.found
  if (found.builtin)
    throw new ProblemError(
      403,
      'Built-in quizzes cannot be edited. Make a copy to edit (POST /api/quizzes/:id/copy) and change the copy.',
    )
  return found
}

/** The version named by `If-Match: "v{version}"`: 428 without it, 412 when it is not the current one. */
export function expectedVersion(c: Context<AppEnv>, current: number): number {
  const header = c.req.header('if-match')
  if (header === undefined)
    throw new ProblemError(
      428,
      `Send the version you edited as If-Match: ${versionTag(current)} (from GET /api/quizzes/:id/edit).`,
      { title: 'Precondition required' },
    )
  const match = /^\s*(?:W\/)?"v(\d{1,9})"\s*$/.exec(header)
  const version = match?.[1] === undefined ? Number.NaN : Number(match[1])
  if (version !== current) throw stale(current)
  return version
}

function stale(current: number): ProblemError {
  return new ProblemError(
    412,
    `The quiz changed since you loaded it (now version ${current}). Reload it, then make your change again.`,
    { title: 'The quiz changed meanwhile', headers: { etag: versionTag(current) } },
  )
}

/**
 * Saves `record` as the version after `expected`, through the quiz's Durable Object (the one writer):
 * 412 when another change got there first. A quiz stored in KV before versions is moved into its
 * object first, as version 1.
 */
export async function commitVersion(
  c: Context<AppEnv>,
  found: RuntimeQuiz,
  expected: number,
  record: QuizVersionRecord,
  change: string,
): Promise<number> {
  const versions = new QuizVersions(c.env.QUIZ, found.quiz.id)
  if (found.legacy)
    await versions.create({
      record: { quiz: found.quiz, alternates: [] },
      tokenHash: found.tokenHash,
      createdAt: found.createdAt,
      settings: found.settings,
      article: null,
      idSalt: found.idSalt,
    })
  const outcome = await versions.commit(expected, record, change)
  if (!outcome.ok) throw stale(outcome.version)
  c.header('etag', versionTag(outcome.version))
  return outcome.version
}

/** A change that also answers with `extra` beside the new version (e.g. the question it added). */
export interface Change<Extra extends object> {
  record: QuizVersionRecord
  extra: Extra
}

/** A change that added `question` (a swap, a sentence's question, the teacher's own). */
export function added(change: { record: QuizVersionRecord; question: Question }): Change<{
  question: Question
}> {
  return { record: change.record, extra: { question: change.question } }
}

/**
 * The one path of every versioned change: the request's run-time quiz (403 for a built-in), the
 * version its If-Match names (428, 412), the change `make` makes to the current record (the next
 * version's record, or a Change with what the answer adds), and the result saved as the next version
 * by the quiz's Durable Object (412 when another change got there first). Answers
 * `{ version, quiz, ...extra }`, with the new version's ETag set.
 */
export async function withVersion<Extra extends object = Record<never, never>>(
  c: Context<AppEnv>,
  change: string,
  make: (
    current: QuizVersionRecord,
    found: RuntimeQuiz,
  ) => QuizVersionRecord | Change<Extra> | Promise<QuizVersionRecord | Change<Extra>>,
): Promise<{ version: number; quiz: Quiz } & Extra> {
  const found = editableQuiz(c)
  const expected = expectedVersion(c, found.version)
  const made = await make({ quiz: found.quiz, alternates: found.alternates }, found)
  // a bare record adds nothing: Extra is then its default, the empty object
  const { record, extra } = 'record' in made ? made : { record: made, extra: {} as Extra }
  const version = await commitVersion(c, found, expected, record, change)
  return { ...extra, version, quiz: record.quiz }
}
