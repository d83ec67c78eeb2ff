import { type Question, type Quiz, type QuizSettings, quizIdSchema } from '../schema'
import { builtinQuizzes } from './builtin'
import { DEFAULT_SETTINGS, QuizVersions } from './quiz-versions'
import { QuizStore } from './quizzes'

/** Built-in quizzes have one version and today's behaviour; a teacher copies one to change it. */
export const BUILTIN_SETTINGS: QuizSettings = { ...DEFAULT_SETTINGS, showArticle: true }

/**
 * A quiz found by id: built-in (teacher access by ADMIN_TOKEN, never edited) or made at run time
 * (its own token, versions kept by its Durable Object). `legacy` marks a quiz stored in KV before
 * versions existed: it reads as version 1 and moves into its object on its first change. `idSalt`
 * is the quiz's salt for question ids (src/quiz/ids.ts), used for every question a change adds.
 */
export type FoundQuiz =
  | { quiz: Quiz; builtin: true; version: 1; settings: QuizSettings; released: false }
  | {
      quiz: Quiz
      builtin: false
      version: number
      alternates: Question[]
      settings: QuizSettings
      released: boolean
      hasArticle: boolean
      tokenHash: string
      createdAt: string
      idSalt: string
      legacy: boolean
    }

/** Finds a quiz among the built-ins (no storage read), then its Durable Object, then (older quizzes) KV. */
export async function findQuiz(env: Pick<Env, 'KV' | 'QUIZ'>, quizId: string): Promise<FoundQuiz | null> {
  const builtin = builtinQuizzes().get(quizId)
  if (builtin !== undefined)
    return { quiz: builtin, builtin: true, version: 1, settings: BUILTIN_SETTINGS, released: false }
  const head = await new QuizVersions(env.QUIZ, quizId).head()
  if (head !== null)
    return {
      quiz: head.record.quiz,
      builtin: false,
      version: head.version,
      alternates: head.record.alternates,
      settings: head.settings,
      released: head.released,
      hasArticle: head.hasArticle,
      tokenHash: head.tokenHash,
      createdAt: head.createdAt,
      idSalt: head.idSalt,
      legacy: false,
    }
  const stored = await new QuizStore(env.KV).get(quizId)
  return stored === null
    ? null
    : {
        quiz: stored.quiz,
        builtin: false,
        version: 1,
        alternates: [],
        settings: DEFAULT_SETTINGS,
        released: false,
        hasArticle: false,
        tokenHash: stored.tokenHash,
        createdAt: stored.createdAt,
        // every record read through QuizStore has one (older records get a derived one)
        idSalt: stored.idSalt ?? '',
        legacy: true,
      }
}

/** The quiz a request names (`:id`, any text): null when it is not a quiz id or no quiz has it. */
export function findQuizById(env: Pick<Env, 'KV' | 'QUIZ'>, rawId: string): Promise<FoundQuiz | null> {
  return quizIdSchema.safeParse(rawId).success ? findQuiz(env, rawId) : Promise.resolve(null)
}
