import { type Quiz, quizIdSchema } from '../schema'
import { builtinQuizzes } from './builtin'
import { QuizStore } from './quizzes'

/** A quiz found by id: built-in (teacher access by ADMIN_TOKEN) or made at run time (its own token). */
export type FoundQuiz =
  | { quiz: Quiz; builtin: true }
  | { quiz: Quiz; builtin: false; tokenHash: string; createdAt: string; idSalt: string }

/** Finds a quiz among the built-ins (no KV read) and then in KV. */
export async function findQuiz(kv: KVNamespace, quizId: string): Promise<FoundQuiz | null> {
  const builtin = builtinQuizzes().get(quizId)
  if (builtin !== undefined) return { quiz: builtin, builtin: true }
  const stored = await new QuizStore(kv).get(quizId)
  return stored === null
    ? null
    : {
        quiz: stored.quiz,
        builtin: false,
        tokenHash: stored.tokenHash,
        createdAt: stored.createdAt,
        // every record read through QuizStore has one (older records get a derived one)
        idSalt: stored.idSalt ?? '',
      }
}

/** The quiz a request names (`:id`, any text): null when it is not a quiz id or no quiz has it. */
export function findQuizById(kv: KVNamespace, rawId: string): Promise<FoundQuiz | null> {
  return quizIdSchema.safeParse(rawId).success ? findQuiz(kv, rawId) : Promise.resolve(null)
}
