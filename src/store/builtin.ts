/**
 * The built-in quizzes: the JSON files in questions/, bundled into the worker at build time so that
 * serving them costs no KV read. A test checks that every questions/*.json quiz is listed here.
 */

import trumpMamdaniMeeting from '../../questions/trump-mamdani-meeting.json'
import { type Quiz, quizSchema } from '../schema'

const RAW: unknown[] = [trumpMamdaniMeeting]

let parsed: ReadonlyMap<string, Quiz> | undefined

/** The built-in quizzes by id, parsed with the quiz schema once per isolate. */
export function builtinQuizzes(): ReadonlyMap<string, Quiz> {
  parsed ??= new Map(RAW.map((raw) => quizSchema.parse(raw)).map((quiz) => [quiz.id, quiz]))
  return parsed
}
