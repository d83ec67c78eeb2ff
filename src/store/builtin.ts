/**
 * The built-in quizzes: the JSON files in questions/, bundled into the worker at build time so that
 * serving them costs no KV read. questions/index.ts (written by `npm run bank`) lists them; a test checks
 * that it lists every questions/*.json quiz.
 */

import { BANK } from '../../questions/index'
import { type Quiz, quizSchema } from '../schema'

let parsed: ReadonlyMap<string, Quiz> | undefined

/** The built-in quizzes by id, parsed with the quiz schema once per isolate. */
export function builtinQuizzes(): ReadonlyMap<string, Quiz> {
  parsed ??= new Map(BANK.map((raw) => quizSchema.parse(raw)).map((quiz) => [quiz.id, quiz]))
  return parsed
}
