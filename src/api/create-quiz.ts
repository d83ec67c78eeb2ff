import { parseArticle } from '../article/index'
import { hashToken, newToken } from '../auth/token'
import { extractFacts } from '../facts/index'
import { quizWithAlternates } from '../quiz/index'
import type { CreateQuizRequest, Quiz, QuizSettings, QuizVersionRecord } from '../schema'
import { DEFAULT_SETTINGS, QuizVersions } from '../store/quiz-versions'

/** The answer to a teacher who made (or copied) a quiz: its id, the token shown once, and the full quiz. */
export interface CreatedQuiz {
  id: string
  teacherToken: string
  quiz: Quiz
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A short random suffix that makes a run-time quiz id unique. */
function suffix(length = 8): string {
  return Array.from(
    crypto.getRandomValues(new Uint8Array(length)),
    (b) => ALPHABET[b % ALPHABET.length],
  ).join('')
}

/** A run-time quiz id: a slug of the generated id, cut at a word, plus a random suffix. */
export function runtimeQuizId(generatedId: string): string {
  const base =
    generatedId
      .slice(0, 48)
      .replace(/-[^-]*$/, '')
      .replace(/-+$/, '') || 'quiz'
  return `${base}-${suffix()}`
}

/** The sentences of an article as spans, for the editor's "add a question from a sentence". */
export function articleSentences(article: string): Array<{ start: number; end: number }> {
  return parseArticle(article).sentences.map((s) => ({ start: s.start, end: s.end }))
}

/**
 * Stores a new run-time quiz in its own Durable Object at version 1, with a new teacher token of which
 * only the hash is kept, and returns the token once.
 */
export async function storeNewQuiz(
  env: Pick<Env, 'QUIZ'>,
  record: QuizVersionRecord,
  article: string | null,
  settings: QuizSettings = DEFAULT_SETTINGS,
): Promise<CreatedQuiz> {
  const teacherToken = newToken()
  const created = await new QuizVersions(env.QUIZ, record.quiz.id).create({
    record,
    tokenHash: await hashToken(teacherToken),
    createdAt: new Date().toISOString(),
    settings,
    article,
  })
  // ids end in 8 random characters (36^8): a clash is a bug, never a case to handle quietly
  if (!created) throw new Error(`quiz id ${record.quiz.id} is taken`)
  return { id: record.quiz.id, teacherToken, quiz: record.quiz }
}

/**
 * Makes a quiz from a pasted article with the same generator as the CLI, keeping the generator's
 * ranked alternates and the article (for swapping and adding questions). Generator errors (too few
 * facts, no date, unreadable text) propagate for the API to map.
 */
export function createQuiz(env: Pick<Env, 'QUIZ'>, input: CreateQuizRequest): Promise<CreatedQuiz> {
  const facts = extractFacts(input.article, input.date ? { date: input.date } : {})
  const draft = quizWithAlternates(input.article, facts, {
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.date === undefined ? {} : { date: input.date }),
    ...(input.publisher === undefined ? {} : { publisher: input.publisher }),
    ...(input.url === undefined ? {} : { url: input.url }),
  })
  const quiz: Quiz = { ...draft.quiz, id: runtimeQuizId(draft.quiz.id) }
  return storeNewQuiz(env, { quiz, alternates: draft.alternates }, input.article)
}
