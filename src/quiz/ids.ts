/**
 * Question ids that say nothing about the answer. An id is a keyed hash (HMAC-SHA-256) under the quiz's
 * secret salt of what the question is about — its type and where its evidence sits in the article —
 * never of an option, the answer or a fact key that names one. The salt is kept on the server side of
 * the quiz record (KV's stored quiz, the bank's manifest) and never sent to a browser, so the public
 * quiz gives nothing to test a guess against; the same article made again for the same quiz (same
 * salt) gives the same ids, so stored attempts stay valid.
 */
import type { Evidence, QuestionType, Quiz } from '../schema'
import { hmacSha256Hex, hmacSha256HexWith } from './keyed-hash'

/** Hex digits of the keyed hash kept in an id: 80 bits, far beyond guessing or colliding. */
const ID_HEX_DIGITS = 20

/**
 * Ids of questions in a quiz salted with `salt`: the `nth` question (from 0) of `type` on `evidence`.
 * The salt's HMAC key is prepared once for all the quiz's questions.
 */
export function questionIds(
  salt: string,
): (type: QuestionType, evidence: Pick<Evidence, 'start' | 'end'>, nth?: number) => string {
  const hmac = hmacSha256HexWith(salt)
  return (type, evidence, nth = 0) => {
    const about = `${type}|${evidence.start}|${evidence.end}${nth === 0 ? '' : `|${nth}`}`
    return `q-${hmac(about).slice(0, ID_HEX_DIGITS)}`
  }
}

/** The id of the `nth` question (from 0) of `type` on `evidence` in a quiz salted with `salt`. */
export function questionId(
  salt: string,
  type: QuestionType,
  evidence: Pick<Evidence, 'start' | 'end'>,
  nth = 0,
): string {
  return questionIds(salt)(type, evidence, nth)
}

/**
 * The opaque id that replaces an id of the old scheme (a hash of type, fact key and answer) in a quiz
 * stored before ids were salted: a keyed hash of the old id under a secret of that quiz's record.
 */
export function migratedQuestionId(secret: string, formerId: string): string {
  return `q-${hmacSha256Hex(secret, `migrated|${formerId}`).slice(0, ID_HEX_DIGITS)}`
}

/**
 * A quiz stored before ids were salted, with opaque ids: each question's new id is keyed by `secret`
 * (a value only the server holds) and its old id is kept in `formerIds`, so attempts stored under it
 * still count. Deterministic: reading the same record twice gives the same ids.
 */
export function withOpaqueIds(quiz: Quiz, secret: string): Quiz {
  return {
    ...quiz,
    questions: quiz.questions.map((q) => ({
      ...q,
      id: migratedQuestionId(secret, q.id),
      formerIds: [q.id, ...(q.formerIds ?? [])],
    })),
  }
}

/** The salt a migrated quiz keeps from then on (derived from the same server-side secret). */
export function migratedIdSalt(secret: string): string {
  return hmacSha256Hex(secret, 'id-salt').slice(0, 32)
}

/**
 * The id of a question a teacher wrote or changed: a keyed hash under the quiz's salt of everything
 * the question holds, so a changed question gets a new id that still says nothing about its answer.
 */
export function editedQuestionId(salt: string, content: string): string {
  return `q-${hmacSha256Hex(salt, `edited|${content}`).slice(0, ID_HEX_DIGITS)}`
}
