/**
 * The built-in quizzes: questions/*.json, served as one static asset (dist/public/bank/quizzes.json,
 * written by scripts/build-bank.mjs) instead of being bundled into the worker. The public cannot fetch
 * it (wrangler.toml routes /bank/* to the worker, which has no such route); the worker reads it through
 * the ASSETS binding once per isolate, so serving a built-in quiz costs no KV read.
 */
import { type BuiltinArticle, builtinArticleSchema, type Quiz, quizSchema } from '../schema'

/** Where the bank lies among the static assets (the host is ignored by the ASSETS binding). */
export const BANK_ASSET_URL = 'https://assets.invalid/bank/quizzes.json'

let loaded: ReadonlyMap<string, Quiz> | undefined
let loading: Promise<ReadonlyMap<string, Quiz>> | undefined

/** Parses the bank with the quiz schema into a map by id, in bank order. */
export function parseBank(raw: unknown): ReadonlyMap<string, Quiz> {
  if (!Array.isArray(raw)) throw new Error('the built-in bank is not a list of quizzes')
  return new Map(raw.map((item) => quizSchema.parse(item)).map((quiz) => [quiz.id, quiz]))
}

/** Reads and parses the bank through the ASSETS binding, once per isolate (a failed read is retried). */
export function loadBuiltinQuizzes(assets: Fetcher): Promise<ReadonlyMap<string, Quiz>> {
  if (loaded !== undefined) return Promise.resolve(loaded)
  loading ??= (async () => {
    const res = await assets.fetch(BANK_ASSET_URL)
    if (!res.ok) throw new Error(`the built-in bank could not be read (${res.status})`)
    loaded = parseBank(await res.json())
    return loaded
  })().finally(() => {
    loading = undefined
  })
  return loading
}

/** The built-in quizzes by id; loadBuiltinQuizzes must have run in this isolate (the app's first middleware). */
export function builtinQuizzes(): ReadonlyMap<string, Quiz> {
  if (loaded === undefined) throw new Error('the built-in bank is not loaded yet')
  return loaded
}

/**
 * What a copy of built-in quiz `quizId` needs to be edited like a quiz made from pasted text: its
 * article, id salt and ranked alternates (dist/public/bank/articles/{id}.json). Read only when a copy
 * is made, so the bank every isolate loads stays the quizzes alone.
 */
export async function loadBuiltinArticle(assets: Fetcher, quizId: string): Promise<BuiltinArticle> {
  const res = await assets.fetch(new URL(`articles/${encodeURIComponent(quizId)}.json`, BANK_ASSET_URL))
  if (!res.ok) throw new Error(`the article of built-in quiz ${quizId} could not be read (${res.status})`)
  const copy = builtinArticleSchema.parse(await res.json())
  if (copy.id !== quizId) throw new Error(`the article file of built-in quiz ${quizId} names ${copy.id}`)
  return copy
}
