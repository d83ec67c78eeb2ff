import type { AttemptMeta, ClassResults, Question, Quiz } from '../schema'

/** One stored attempt as the results view sees it: its key parts and its KV metadata. */
export interface AttemptEntry {
  attemptId: string
  class: string
  meta: AttemptMeta
}

/** A question of the results: the current version's, or one that only older versions asked. */
export interface ResultQuestion {
  question: Question
  current: boolean
}

/** How many recent attempts the results view lists by name. */
export const RECENT_LIMIT = 100

/** The version an attempt answered (attempts stored before versions answered version 1). */
export function entryVersion(entry: AttemptEntry): number {
  return entry.meta.v ?? 1
}

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

/**
 * The questions results are kept for: the current version's in its order, then those that only older
 * versions asked (removed, or changed: a changed question has a new id), oldest version first. A
 * question keeps its id only while it is unchanged, so its figures are always for one wording.
 */
export function resultQuestions(current: Quiz, versions: ReadonlyMap<number, Quiz>): ResultQuestion[] {
  const out: ResultQuestion[] = current.questions.map((question) => ({ question, current: true }))
  const seen = new Set(current.questions.map((q) => q.id))
  for (const v of [...versions.keys()].sort((a, b) => a - b)) {
    for (const question of versions.get(v)?.questions ?? []) {
      if (seen.has(question.id)) continue
      seen.add(question.id)
      out.push({ question, current: false })
    }
  }
  return out
}

/** Class results, per question, from the attempts' metadata alone (no per-attempt reads). */
export function aggregateResults(
  current: Quiz,
  version: number,
  classCode: string | null,
  entries: AttemptEntry[],
  versions: ReadonlyMap<number, Quiz> = new Map(),
): ClassResults {
  const questions = resultQuestions(current, versions).map(({ question: q, current: isCurrent }) => {
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
    return {
      question: q.id,
      answered,
      correct,
      choices,
      prompt: q.prompt,
      ...(q.options === undefined ? {} : { options: q.options }),
      current: isCurrent,
    }
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
      version: entryVersion(e),
    }))
  return {
    quiz: current.id,
    version,
    class: classCode,
    attempts: entries.length,
    meanScore: entries.length === 0 ? null : Math.round((total / entries.length) * 100) / 100,
    questions,
    recent,
  }
}
