import { parseArticle } from '../article/index'
import { textOfPastedMarkup } from '../article/pasted-html'
import { hashToken, newToken } from '../auth/token'
import { generateQuizWithAlternates } from '../quiz/index'
import type { Quiz, QuizSettings, QuizVersionRecord } from '../schema'
import { DEFAULT_SETTINGS, QuizVersions } from '../store/quiz-versions'

/** The answer to a teacher who made (or copied) a quiz: its id, the token shown once, and the full quiz. */
export interface CreatedQuiz {
  id: string
  teacherToken: string
  quiz: Quiz
}

/** What a quiz is made from: the article's text and what is known of its source. */
export interface ArticleInput {
  article: string
  title?: string | undefined
  date?: string | undefined
  publisher?: string | undefined
  url?: string | undefined
  /** The byline, when the article was read from a link. */
  author?: string | undefined
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Random letters and digits: the suffix that makes a run-time quiz id unique, and id salts. */
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
 * only the hash is kept, and a new salt for the ids of questions added later (src/quiz/ids.ts, unless
 * `idSalt` is the one its questions were made with), and returns the token once.
 */
export async function storeNewQuiz(
  env: Pick<Env, 'QUIZ'>,
  record: QuizVersionRecord,
  article: string | null,
  settings: QuizSettings = DEFAULT_SETTINGS,
  idSalt: string = newIdSalt(),
): Promise<CreatedQuiz> {
  const teacherToken = newToken()
  const created = await new QuizVersions(env.QUIZ, record.quiz.id).create({
    record,
    tokenHash: await hashToken(teacherToken),
    createdAt: new Date().toISOString(),
    settings,
    article,
    idSalt,
  })
  // ids end in 8 random characters (36^8): a clash is a bug, never a case to handle quietly
  if (!created) throw new Error(`quiz id ${record.quiz.id} is taken`)
  return { id: record.quiz.id, teacherToken, quiz: record.quiz }
}

/** A new quiz's secret for its question ids: stored with it, never sent (src/quiz/ids.ts). */
export function newIdSalt(): string {
  return suffix(32)
}

/**
 * Makes a quiz from a pasted article with the same generator as the CLI, keeping the generator's
 * ranked alternates and the article (for swapping and adding questions) in the quiz's Durable Object
 * with only a hash of its new teacher token. Generator errors (too few facts, no date, unreadable
 * text) propagate for the API to map.
 */
export function createQuiz(env: Pick<Env, 'QUIZ'>, input: ArticleInput): Promise<CreatedQuiz> {
  const idSalt = newIdSalt()
  // pasted markup is read as the text a reader sees (tags dropped, entities decoded)
  const article = textOfPastedMarkup(input.article)
  const draft = generateQuizWithAlternates(article, {
    idSalt,
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.date === undefined ? {} : { date: input.date }),
    ...(input.publisher === undefined ? {} : { publisher: input.publisher }),
    ...(input.url === undefined ? {} : { url: input.url }),
    // without a publication date, "on Sunday" is read against today (the teacher view says so)
    readOn: new Date().toISOString().slice(0, 10),
  })
  const quiz: Quiz = {
    ...draft.quiz,
    id: runtimeQuizId(draft.quiz.id),
    ...(input.author === undefined ? {} : { source: { ...draft.quiz.source, author: input.author } }),
  }
  return storeNewQuiz(env, { quiz, alternates: draft.alternates }, article, DEFAULT_SETTINGS, idSalt)
}
