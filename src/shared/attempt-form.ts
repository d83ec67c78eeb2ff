/**
 * The quiz form's fields, as the no-JS POST and the browser script both read them:
 * `c:QUESTION` holds a chosen option index, `t:QUESTION` a typed answer, plus `name`, `class`, `attemptId`
 * and `version` (the quiz version the page showed).
 * Pure; the result still goes through attemptRequestSchema and the API's checks.
 */
import type { GivenAnswer } from '../schema'

export interface AttemptFields {
  attemptId?: string
  class?: string
  name?: string
  version?: number
  answers: Record<string, GivenAnswer>
}

export function choiceField(questionId: string): string {
  return `c:${questionId}`
}
export function typedField(questionId: string): string {
  return `t:${questionId}`
}

export function readAttemptFields(entries: Iterable<[string, unknown]>): AttemptFields {
  const fields: AttemptFields = { answers: {} }
  for (const [key, raw] of entries) {
    if (typeof raw !== 'string') continue
    const value = raw.trim()
    if (key.startsWith('c:') && /^\d{1,3}$/.test(value)) fields.answers[key.slice(2)] = Number(value)
    else if (key.startsWith('t:') && value !== '') fields.answers[key.slice(2)] = value
    else if (key === 'name' && value !== '') fields.name = value
    else if (key === 'class' && value !== '') fields.class = value
    else if (key === 'attemptId' && value !== '') fields.attemptId = value
    else if (key === 'version' && /^[1-9]\d{0,8}$/.test(value)) fields.version = Number(value)
  }
  return fields
}
