import type { AttemptMeta, ClassResults, Question, Quiz } from '../schema'

/** One stored attempt as the results view sees it: its key parts and its KV metadata. */
export interface AttemptEntry {
  attemptId: string
  class: string
  meta: AttemptMeta
}

/** How many recent attempts the results view lists by name. */
export const RECENT_LIMIT = 100

/** The ids an attempt may have stored a question's answer under: its id, then the ids it had before. */
function idsOf(question: Question): string[] {
  return question.formerIds === undefined ? [question.id] : [question.id, ...question.formerIds]
}

/** The option an attempt chose for this question, if it answered it with an option. */
export function chosenOption(question: Question, meta: AttemptMeta): number | undefined {
  for (const id of idsOf(question)) {
    const chosen = meta.a[id]
    if (chosen !== undefined) return chosen
  }
  return undefined
}

/** What an attempt typed for this question: [1 if right else 0, the text], if it typed an answer. */
export function typedAnswer(question: Question, meta: AttemptMeta): [0 | 1, string] | undefined {
  for (const id of idsOf(question)) {
    const typed = meta.x?.[id]
    if (typed !== undefined) return typed
  }
  return undefined
}

/** Whether the stored summary of an attempt says this question was answered right. */
export function entryCorrect(question: Question, meta: AttemptMeta): boolean | null {
  const chosen = chosenOption(question, meta)
  if (chosen !== undefined) return question.options !== undefined && chosen === question.answer
  const typed = typedAnswer(question, meta)
  if (typed !== undefined) return typed[0] === 1
  return null
}

/** Class results, per question, from the attempts' metadata alone (no per-attempt reads). */
export function aggregateResults(
  quiz: Quiz,
  classCode: string | null,
  entries: AttemptEntry[],
): ClassResults {
  const questions = quiz.questions.map((q) => {
    const choices = new Array<number>(q.options?.length ?? 0).fill(0)
    let answered = 0
    let correct = 0
    for (const { meta } of entries) {
      const right = entryCorrect(q, meta)
      if (right === null) continue
      answered++
      if (right) correct++
      const chosen = chosenOption(q, meta)
      if (chosen !== undefined && chosen < choices.length) choices[chosen] = (choices[chosen] ?? 0) + 1
    }
    return { question: q.id, answered, correct, choices }
  })
  const total = entries.reduce((sum, e) => sum + e.meta.s, 0)
  const recent = [...entries]
    .sort((x, y) => (x.meta.at < y.meta.at ? 1 : x.meta.at > y.meta.at ? -1 : 0))
    .slice(0, RECENT_LIMIT)
    .map((e) => ({
      attemptId: e.attemptId,
      name: e.meta.n ?? null,
      class: e.class,
      score: e.meta.s,
      total: e.meta.t,
      at: e.meta.at,
    }))
  return {
    quiz: quiz.id,
    class: classCode,
    attempts: entries.length,
    meanScore: entries.length === 0 ? null : Math.round((total / entries.length) * 100) / 100,
    questions,
    recent,
  }
}
