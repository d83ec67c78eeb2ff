import { textOfPastedMarkup } from '../article/pasted-html'
import { hashToken, newToken } from '../auth/token'
import { generateQuiz } from '../quiz'
import type { Quiz } from '../schema'
import { QuizStore } from '../store/quizzes'

/** The answer to a teacher who made a quiz: its id, the token shown once, and the full quiz. */
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

/**
 * Makes a quiz from a pasted article with the same generator as the CLI, stores it in KV with only a
 * hash of its new teacher token, and returns the token once. Generator errors (too few facts,
 * unreadable text) propagate for the API to map.
 */
export async function createQuiz(env: Pick<Env, 'KV'>, input: ArticleInput): Promise<CreatedQuiz> {
  // the quiz's secret for its question ids: stored with it, never sent (src/quiz/ids.ts)
  // pasted markup is read as the text a reader sees (tags dropped, entities decoded)
  const idSalt = suffix(32)
  const draft = generateQuiz(textOfPastedMarkup(input.article), {
    idSalt,
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.date === undefined ? {} : { date: input.date }),
    ...(input.publisher === undefined ? {} : { publisher: input.publisher }),
    ...(input.url === undefined ? {} : { url: input.url }),
    // without a publication date, "on Sunday" is read against today (the teacher view says so)
    readOn: new Date().toISOString().slice(0, 10),
  })
  const quiz: Quiz = {
    ...draft,
    id: runtimeQuizId(draft.id),
    ...(input.author === undefined ? {} : { source: { ...draft.source, author: input.author } }),
  }
  const teacherToken = newToken()
  await new QuizStore(env.KV).put({
    quiz,
    tokenHash: await hashToken(teacherToken),
    createdAt: new Date().toISOString(),
    idSalt,
  })
  return { id: quiz.id, teacherToken, quiz }
}
