/**
 * A teacher's changes to a quiz, as pure functions from one version's record (questions and ranked
 * alternates) to the next. Each returns a new record and never changes its input; the store saves the
 * result as a new version. Errors are typed (QuizEditRefused) and know no HTTP status.
 */
import type { Question, QuizVersionRecord } from '../schema'
import type { FieldIssue } from './attempt-errors'
import { editedQuestionId } from './ids'

export type EditRefusal = 'not-found' | 'conflict' | 'invalid'

/** A change that cannot be made: an unknown question, a clash with the quiz, or a question that breaks a rule. */
export class QuizEditRefused extends Error {
  readonly kind: EditRefusal
  readonly issues: FieldIssue[]
  constructor(kind: EditRefusal, message: string, issues: FieldIssue[] = []) {
    super(message)
    this.name = 'QuizEditRefused'
    this.kind = kind
    this.issues = issues
  }
}

function indexOf(questions: readonly Question[], id: string): number {
  const index = questions.findIndex((q) => q.id === id)
  if (index < 0) throw new QuizEditRefused('not-found', `The quiz has no question "${id.slice(0, 80)}".`)
  return index
}

/** The question at `index`, which the caller found (throws when it is not there). */
function at(questions: readonly Question[], index: number): Question {
  const q = questions[index]
  if (q === undefined) throw new RangeError(`no question at ${index}`)
  return q
}

/**
 * Checks that a question's evidence is a span of the article: the text at its offsets. Without the
 * article (a quiz stored before quizzes kept theirs), the evidence must be one the quiz already cites.
 */
export function checkEvidence(question: Question, article: string | null, known: readonly Question[]): void {
  const e = question.evidence
  const ok =
    article !== null
      ? e.end <= article.length && article.slice(e.start, e.end) === e.text && e.text.trim() !== ''
      : known.some(
          (k) => k.evidence.start === e.start && k.evidence.end === e.end && k.evidence.text === e.text,
        )
  if (!ok)
    throw new QuizEditRefused(
      'invalid',
      'The evidence must be a passage of the article, quoted exactly at its offsets.',
      [{ path: ['evidence'], message: 'not the article text at these offsets' }],
    )
}

/** The id of a question a teacher wrote or changed: opaque, keyed by the quiz's salt (src/quiz/ids.ts). */
function editedId(idSalt: string, q: Question): string {
  const { prompt, options, answer, accept, explanation, evidence, type } = q
  return editedQuestionId(
    idSalt,
    JSON.stringify([type, prompt, options, answer, accept, explanation, evidence]),
  )
}

/**
 * Replaces question `id` with the teacher's version of it. The changed question gets a new id (its
 * results from before the change stay with the old one) and says it was edited.
 */
export function replaceQuestion(
  record: QuizVersionRecord,
  id: string,
  question: Question,
  article: string | null,
  idSalt: string,
): QuizVersionRecord {
  const questions = record.quiz.questions
  const index = indexOf(questions, id)
  checkEvidence(question, article, [...questions, ...record.alternates])
  const edited: Question = { ...question, edited: true }
  edited.id = editedId(idSalt, edited)
  if (questions.some((q, i) => i !== index && q.id === edited.id))
    throw new QuizEditRefused('conflict', 'The quiz already holds this question.')
  const next = questions.map((q, i) => (i === index ? edited : q))
  return { quiz: { ...record.quiz, questions: next }, alternates: record.alternates }
}

/**
 * Swaps an alternate in: in place of question `replace` (which goes back to the head of the
 * alternates), or at the end of the quiz.
 */
export function swapInAlternate(
  record: QuizVersionRecord,
  alternateId: string,
  replace?: string,
): { record: QuizVersionRecord; question: Question } {
  const a = record.alternates.findIndex((q) => q.id === alternateId)
  if (a < 0)
    throw new QuizEditRefused('not-found', `There is no alternate question "${alternateId.slice(0, 80)}".`)
  const question = at(record.alternates, a)
  const rest = record.alternates.filter((_, i) => i !== a)
  const questions = record.quiz.questions
  if (replace === undefined) {
    const record2 = { quiz: { ...record.quiz, questions: [...questions, question] }, alternates: rest }
    return { record: record2, question }
  }
  const index = indexOf(questions, replace)
  const out = at(questions, index)
  const next = questions.map((q, i) => (i === index ? question : q))
  return { record: { quiz: { ...record.quiz, questions: next }, alternates: [out, ...rest] }, question }
}

/** Adds a question at the end of the quiz (from a sentence the teacher picked, or written by the teacher). */
export function addQuestion(
  record: QuizVersionRecord,
  question: Question,
  article: string | null,
  byTeacher: boolean,
  idSalt: string,
): { record: QuizVersionRecord; question: Question } {
  const questions = record.quiz.questions
  if (questions.length >= 40) throw new QuizEditRefused('conflict', 'A quiz holds at most 40 questions.')
  checkEvidence(question, article, [...questions, ...record.alternates])
  let added = question
  if (byTeacher) {
    added = { ...question, edited: true }
    added.id = editedId(idSalt, added)
  }
  if (questions.some((q) => q.id === added.id))
    throw new QuizEditRefused('conflict', 'The quiz already asks this question.')
  const alternates = record.alternates.filter((q) => q.id !== added.id)
  return {
    record: { quiz: { ...record.quiz, questions: [...questions, added] }, alternates },
    question: added,
  }
}

/** Puts the questions in the given order, which must name each question once. */
export function reorderQuestions(record: QuizVersionRecord, order: readonly string[]): QuizVersionRecord {
  const byId = new Map(record.quiz.questions.map((q) => [q.id, q]))
  const unique = new Set(order)
  if (unique.size !== order.length || order.length !== byId.size || order.some((id) => !byId.has(id)))
    throw new QuizEditRefused('invalid', 'The order must name every question of the quiz once.', [
      {
        path: ['order'],
        message: `expected the ${byId.size} question ids of the current version, each once`,
      },
    ])
  const questions = order.map((id) =>
    at(
      record.quiz.questions,
      record.quiz.questions.findIndex((q) => q.id === id),
    ),
  )
  return { quiz: { ...record.quiz, questions }, alternates: record.alternates }
}

/** Removes a question; a quiz keeps at least one. */
export function removeQuestion(record: QuizVersionRecord, id: string): QuizVersionRecord {
  const questions = record.quiz.questions
  indexOf(questions, id)
  if (questions.length === 1)
    throw new QuizEditRefused('conflict', 'A quiz needs at least one question; this is its last one.')
  return {
    quiz: { ...record.quiz, questions: questions.filter((q) => q.id !== id) },
    alternates: record.alternates,
  }
}
