import type { AttemptEntry } from '../results/aggregate'
import { type AttemptMeta, type AttemptResult, attemptMetaSchema, attemptResultSchema } from '../schema'
import { kvCall, StoredDataInvalid } from './errors'
import { attemptKey, attemptPrefix, parseAttemptKey } from './keys'

/** How many keys one KV list() call returns at most. */
export const KV_LIST_LIMIT = 1000

/** Attempts in KV: one key per attempt, written once, with the results view's summary as metadata. */
export class AttemptStore {
  constructor(private readonly kv: KVNamespace) {}

  /** The stored attempt with this id, if any (the replay check). */
  async get(quizId: string, classCode: string, attemptId: string): Promise<AttemptResult | null> {
    const key = attemptKey(quizId, classCode, attemptId)
    const raw = await kvCall('get', () => this.kv.get(key, 'json'))
    if (raw === null) return null
    const parsed = attemptResultSchema.safeParse(raw)
    if (!parsed.success) throw new StoredDataInvalid(key, parsed.error)
    return parsed.data
  }

  /**
   * Writes an attempt once: the full result as value, the summary as metadata. Returns the JSON it
   * stored, which is also the answer to the student (serialised once: the result carries every
   * question's explanation and evidence, several KB).
   */
  async put(result: AttemptResult, meta: AttemptMeta): Promise<string> {
    const key = attemptKey(result.quiz, result.class, result.attemptId)
    const json = JSON.stringify(result)
    await kvCall('put', () => this.kv.put(key, json, { metadata: meta }))
    return json
  }

  /**
   * The attempts of a quiz (or of one of its classes) from list() metadata alone: ⌈N/1000⌉ list calls
   * and no reads, at most `maxCalls` of them (so a view stays far inside KV's 1,000 operations per
   * invocation however many attempts there are). `cursor` is where the page starts (from an earlier
   * page's `cursor`); the answer's `cursor` is null when nothing is left. Keys whose metadata does not
   * parse are skipped.
   */
  async page(
    quizId: string,
    classCode: string | null,
    options: { cursor?: string | undefined; maxCalls: number; keysPerCall?: number },
  ): Promise<{ entries: AttemptEntry[]; cursor: string | null }> {
    const prefix = attemptPrefix(quizId, classCode)
    const entries: AttemptEntry[] = []
    let cursor: string | undefined = options.cursor
    let calls = 0
    do {
      calls++
      const limit = options.keysPerCall ?? KV_LIST_LIMIT
      const list: KVNamespaceListOptions =
        cursor === undefined ? { prefix, limit } : { prefix, limit, cursor }
      const page = await kvCall('list', () => this.kv.list<AttemptMeta>(list))
      for (const key of page.keys) {
        const parts = parseAttemptKey(key.name, quizId)
        const meta = attemptMetaSchema.safeParse(key.metadata)
        if (parts === null || !meta.success) {
          console.warn(
            JSON.stringify({ message: 'skipping attempt key with unreadable metadata', key: key.name }),
          )
          continue
        }
        entries.push({ attemptId: parts.attemptId, class: parts.class, meta: meta.data })
      }
      cursor = page.list_complete ? undefined : page.cursor
    } while (cursor !== undefined && calls < options.maxCalls)
    return { entries, cursor: cursor ?? null }
  }

  /** Every attempt of a quiz (or of one of its classes), however many list calls it takes. */
  async list(quizId: string, classCode: string | null): Promise<AttemptEntry[]> {
    return (await this.page(quizId, classCode, { maxCalls: Number.POSITIVE_INFINITY })).entries
  }
}
