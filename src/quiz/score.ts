import type {
  AttemptMeta,
  GivenAnswer,
  PublicQuiz,
  Question,
  QuestionResult,
  Quiz,
  QuizSettings,
} from '../schema'
import { AttemptAnswersInvalid, type FieldIssue } from './attempt-errors'
import { normalizeTypedAnswer } from './normalize'

/**
 * The quiz a student's browser may see: every answer-bearing field left out; its version, what the page
 * needs of the settings, and the article when the teacher shows it.
 */
export function toPublicQuiz(
  quiz: Quiz,
  version = 1,
  settings: Pick<QuizSettings, 'feedback' | 'attempts'> = { feedback: 'immediate', attempts: 'unlimited' },
  article?: string,
): PublicQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    source: quiz.source,
    version,
    settings: { feedback: settings.feedback, attempts: settings.attempts },
    ...(article === undefined ? {} : { article }),
    questions: quiz.questions.map(({ id, type, prompt, options }) =>
      options === undefined ? { id, type, prompt } : { id, type, prompt, options },
    ),
  }
}

/** Whether a given answer is right. Choice questions compare the index; typed ones the normalised text. */
export function isCorrect(question: Question, given: GivenAnswer | null | undefined): boolean {
  if (given === null || given === undefined) return false
  if (question.options !== undefined) return typeof given === 'number' && given === question.answer
  if (typeof given !== 'string') return false
  const norm = normalizeTypedAnswer(given)
  return norm.length > 0 && (question.accept ?? []).some((a) => normalizeTypedAnswer(a) === norm)
}

/** The right answer as shown after scoring: the option index, or the first accepted text. */
export function rightAnswer(question: Question): GivenAnswer {
  return question.options !== undefined ? (question.answer ?? 0) : (question.accept?.[0] ?? '')
}

/** Checks that every answer names a question of this quiz and has that question's kind and range. */
export function checkAnswers(quiz: Quiz, answers: Record<string, GivenAnswer>): void {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]))
  const issues: FieldIssue[] = []
  for (const [id, given] of Object.entries(answers)) {
    const q = byId.get(id)
    const path = ['answers', id]
    if (q === undefined) issues.push({ path, message: `no question "${id}" in quiz "${quiz.id}"` })
    else if (q.options !== undefined) {
      if (typeof given !== 'number')
        issues.push({ path, message: 'this question takes an option index (a number)' })
      else if (given >= q.options.length)
        issues.push({ path, message: `option index ${given} is out of range (0–${q.options.length - 1})` })
    } else if (typeof given !== 'string')
      issues.push({ path, message: 'this question takes a typed answer (a string)' })
  }
  if (issues.length > 0) throw new AttemptAnswersInvalid(issues)
}

export interface Scored {
  score: number
  total: number
  /** Every question answered (a choice made, or a typed answer that is not blank). */
  complete: boolean
  results: QuestionResult[]
}

/** Whether a question was answered at all. */
function answered(given: GivenAnswer | null): boolean {
  return typeof given === 'number' || (typeof given === 'string' && normalizeTypedAnswer(given) !== '')
}

/** Scores an attempt. Unanswered questions count as wrong. Throws AttemptAnswersInvalid for bad answers. */
export function scoreAttempt(quiz: Quiz, answers: Record<string, GivenAnswer>): Scored {
  checkAnswers(quiz, answers)
  const results = quiz.questions.map((q): QuestionResult => {
    const given = Object.hasOwn(answers, q.id) ? (answers[q.id] ?? null) : null
    return {
      question: q.id,
      correct: isCorrect(q, given),
      given,
      answer: rightAnswer(q),
      explanation: q.explanation,
      evidence: q.evidence,
    }
  })
  return {
    score: results.filter((r) => r.correct).length,
    total: results.length,
    complete: results.every((r) => answered(r.given)),
    results,
  }
}

/** KV keeps at most 1 KB of metadata per key; stay below it with room to spare. */
export const META_MAX_BYTES = 1000
const META_TYPED_MAX = 40

/** The compact summary kept as KV metadata, enough for the results view without reading values. */
export function attemptMeta(scored: Scored, at: string, name: string | undefined, version = 1): AttemptMeta {
  const base =
    name === undefined || name === ''
      ? { s: scored.score, t: scored.total, at, v: version }
      : { s: scored.score, t: scored.total, at, n: name, v: version }
  const build = (typedMax: number): AttemptMeta => {
    const a: Record<string, number> = {}
    const x: Record<string, [0 | 1, string]> = {}
    for (const r of scored.results) {
      if (typeof r.given === 'number') a[r.question] = r.given
      else if (typeof r.given === 'string') x[r.question] = [r.correct ? 1 : 0, r.given.slice(0, typedMax)]
    }
    return Object.keys(x).length > 0 ? { ...base, a, x } : { ...base, a }
  }
  for (const typedMax of [META_TYPED_MAX, 8, 0]) {
    const meta = build(typedMax)
    if (new TextEncoder().encode(JSON.stringify(meta)).length <= META_MAX_BYTES) return meta
  }
  return { ...base, a: {} }
}
