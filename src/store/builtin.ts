/**
 * The built-in quizzes: the JSON files in questions/, bundled into the worker at build time so that
 * serving them costs no KV read. A test checks that every questions/*.json quiz is listed here.
 */

import gdansk from '../../questions/arrest-made-as-mayor-of-gdansk-poland-stabbed-on-stage.json'
import hongKong from '../../questions/hong-kong-leader-announces-withdrawal-of-extradition-bill.json'
import nevada from '../../questions/nevada-becomes-first-state-in-us-with-majority-female.json'
import scottishCourt from '../../questions/scottish-court-finds-suspension-of-uk-parliament-unlawful.json'
import sample from '../../questions/trump-hints-at-meeting-new-yorks-mayor-elect-mamdani.json'
import { type Quiz, quizSchema } from '../schema'

/** The sample article's quiz first: it is what `npm start` serves first. */
const RAW: unknown[] = [sample, gdansk, nevada, hongKong, scottishCourt]

let parsed: ReadonlyMap<string, Quiz> | undefined

/** The built-in quizzes by id, parsed with the quiz schema once per isolate. */
export function builtinQuizzes(): ReadonlyMap<string, Quiz> {
  parsed ??= new Map(RAW.map((raw) => quizSchema.parse(raw)).map((quiz) => [quiz.id, quiz]))
  return parsed
}
