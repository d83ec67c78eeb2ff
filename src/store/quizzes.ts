import { type StoredQuiz, storedQuizSchema } from '../schema'
import { kvCall, StoredDataInvalid } from './errors'
import { quizKey } from './keys'

/** Quizzes created at run time, one key each, with a hash of their teacher token. */
export class QuizStore {
  constructor(private readonly kv: KVNamespace) {}

  async get(quizId: string): Promise<StoredQuiz | null> {
    const key = quizKey(quizId)
    const raw = await kvCall('get', () => this.kv.get(key, 'json'))
    if (raw === null) return null
    const parsed = storedQuizSchema.safeParse(raw)
    if (!parsed.success) throw new StoredDataInvalid(key, parsed.error)
    return parsed.data
  }

  async put(stored: StoredQuiz): Promise<void> {
    const key = quizKey(stored.quiz.id)
    await kvCall('put', () => this.kv.put(key, JSON.stringify(stored)))
  }
}
