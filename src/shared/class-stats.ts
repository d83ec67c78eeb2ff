/**
 * What the teacher view reads out of class results: per question the share right, the most-picked
 * wrong answer, wrong options nobody picks, and questions most of the class missed. Pure.
 */
import type { ClassResults, Quiz } from '../schema'

/** A distractor is only called idle once this many students answered its question. */
export const MIN_ANSWERS_FOR_IDLE_DISTRACTOR = 5

export interface QuestionInsight {
  id: string
  prompt: string
  answered: number
  correct: number
  /** correct / answered, or null when nobody answered. */
  shareRight: number | null
  /** The wrong option picked most, with its count (choice questions with a wrong pick). */
  topWrong: { option: string; count: number } | null
  /** Wrong options no student picked (once enough answered). */
  idleDistractors: string[]
  /** Fewer than half of those who answered got it right. */
  mostMissed: boolean
}

export function questionInsights(quiz: Quiz, results: ClassResults): QuestionInsight[] {
  const stats = new Map(results.questions.map((s) => [s.question, s]))
  return quiz.questions.map((q) => {
    const s = stats.get(q.id)
    const answered = s?.answered ?? 0
    const correct = s?.correct ?? 0
    let topWrong: QuestionInsight['topWrong'] = null
    const idle: string[] = []
    ;(q.options ?? []).forEach((option, i) => {
      if (i === q.answer) return
      const count = s?.choices[i] ?? 0
      if (count > 0 && (topWrong === null || count > topWrong.count)) topWrong = { option, count }
      if (count === 0 && answered >= MIN_ANSWERS_FOR_IDLE_DISTRACTOR) idle.push(option)
    })
    return {
      id: q.id,
      prompt: q.prompt,
      answered,
      correct,
      shareRight: answered === 0 ? null : correct / answered,
      topWrong,
      idleDistractors: idle,
      mostMissed: answered > 0 && correct * 2 < answered,
    }
  })
}
