/**
 * The KV key layout. Every prefix is versioned (`v1:`) so the layout can change without a migration.
 *
 *   v1:quiz:{quizId}                          a quiz created at run time (value: StoredQuiz JSON)
 *   v1:attempt:{quizId}:{class}:{attemptId}   one attempt, written once (value: AttemptResult JSON,
 *                                             metadata: AttemptMeta); `class` is empty without a class code
 */
export const KEY_VERSION = 'v1'

export function quizKey(quizId: string): string {
  return `${KEY_VERSION}:quiz:${quizId}`
}

/** Prefix of every attempt of a quiz, or of one class of it. */
export function attemptPrefix(quizId: string, classCode?: string | null): string {
  const base = `${KEY_VERSION}:attempt:${quizId}:`
  return classCode === undefined || classCode === null ? base : `${base}${classCode}:`
}

export function attemptKey(quizId: string, classCode: string, attemptId: string): string {
  return `${attemptPrefix(quizId, classCode)}${attemptId}`
}

/** Splits an attempt key into its class and attempt id (null for keys of another shape). */
export function parseAttemptKey(key: string, quizId: string): { class: string; attemptId: string } | null {
  const prefix = attemptPrefix(quizId)
  if (!key.startsWith(prefix)) return null
  const rest = key.slice(prefix.length)
  const colon = rest.indexOf(':')
  if (colon < 0) return null
  return { class: rest.slice(0, colon), attemptId: rest.slice(colon + 1) }
}
