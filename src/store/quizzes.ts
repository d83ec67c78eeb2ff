import { migratedIdSalt, withOpaqueIds } from '../quiz/ids'
import { type StoredQuiz, storedQuizSchema } from '../schema'
import { kvCall, StoredDataInvalid } from './errors'
import { quizKey } from './keys'

/**
 * A quiz stored before question ids were salted (no `idSalt`) gets opaque ids when read, keyed by its
 * token hash (a secret of the record); its old ids become `formerIds`. Nothing is written: the next
 * read gives the same ids, and a later write (a question removed) stores them with the derived salt.
 */
function opaque(stored: StoredQuiz): StoredQuiz {
  if (stored.idSalt !== undefined) return stored
  return {
    ...stored,
    quiz: withOpaqueIds(stored.quiz, stored.tokenHash),
    idSalt: migratedIdSalt(stored.tokenHash),
  }
}

/** Quizzes created at run time, one key each, with a hash of their teacher token. */
export class QuizStore {
  constructor(private readonly kv: KVNamespace) {}

  async get(quizId: string): Promise<StoredQuiz | null> {
    const key = quizKey(quizId)
    const raw = await kvCall('get', () => this.kv.get(key, 'json'))
    if (raw === null) return null
    const parsed = storedQuizSchema.safeParse(raw)
    if (!parsed.success) throw new StoredDataInvalid(key, parsed.error)
    return opaque(parsed.data)
  }

  async put(stored: StoredQuiz): Promise<void> {
    const key = quizKey(stored.quiz.id)
    await kvCall('put', () => this.kv.put(key, JSON.stringify(stored)))
  }
}
