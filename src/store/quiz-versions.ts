/**
 * The worker's side of a run-time quiz's Durable Object (src/store/quiz-object.ts): one object per
 * quiz id, JSON in and out, parsed with the schemas on the way back. Failures of the object become
 * StorageUnavailable (HTTP 503), as KV's do.
 */
import {
  type Quiz,
  type QuizSettings,
  type QuizVersionRecord,
  quizSettingsSchema,
  quizVersionRecordSchema,
} from '../schema'
import { kvCall, StoredDataInvalid } from './errors'
import type { CommitOutcome } from './quiz-object'

/** Settings of a new quiz made from pasted text: today's behaviour, the article not shown. */
export const DEFAULT_SETTINGS: QuizSettings = {
  feedback: 'immediate',
  attempts: 'unlimited',
  showArticle: false,
}

export interface QuizHead {
  version: number
  record: QuizVersionRecord
  tokenHash: string
  createdAt: string
  settings: QuizSettings
  released: boolean
  hasArticle: boolean
  idSalt: string
}

function parseRecord(json: string, where: string): QuizVersionRecord {
  const parsed = quizVersionRecordSchema.safeParse(JSON.parse(json))
  if (!parsed.success) throw new StoredDataInvalid(where, parsed.error)
  return parsed.data
}

/** A run-time quiz's versions, settings and name claims, kept by its Durable Object. */
export class QuizVersions {
  private readonly stub: DurableObjectStub<import('./quiz-object').QuizObject>

  constructor(
    ns: DurableObjectNamespace<import('./quiz-object').QuizObject>,
    private readonly quizId: string,
  ) {
    this.stub = ns.get(ns.idFromName(quizId))
  }

  /** Makes the quiz at version 1. False when a quiz with this id already exists. */
  create(input: {
    record: QuizVersionRecord
    tokenHash: string
    createdAt: string
    settings: QuizSettings
    article: string | null
    idSalt: string
  }): Promise<boolean> {
    return kvCall('create', () =>
      this.stub.create({
        record: JSON.stringify(input.record),
        tokenHash: input.tokenHash,
        createdAt: input.createdAt,
        settings: JSON.stringify(input.settings),
        article: input.article,
        idSalt: input.idSalt,
      }),
    )
  }

  async head(): Promise<QuizHead | null> {
    const row = await kvCall('head', () => this.stub.head())
    if (row === null) return null
    const settings = quizSettingsSchema.safeParse(JSON.parse(row.settings))
    if (!settings.success) throw new StoredDataInvalid(`quiz ${this.quizId} settings`, settings.error)
    return {
      version: row.version,
      record: parseRecord(row.record, `quiz ${this.quizId} v${row.version}`),
      tokenHash: row.tokenHash,
      createdAt: row.createdAt,
      settings: settings.data,
      released: row.released,
      hasArticle: row.hasArticle,
      idSalt: row.idSalt,
    }
  }

  /** The quizzes of the given versions that exist, by version. */
  async quizzes(versions: number[]): Promise<Map<number, Quiz>> {
    const rows = await kvCall('versions', () => this.stub.versions(versions))
    const out = new Map<number, Quiz>()
    for (const [v, json] of Object.entries(rows))
      out.set(Number(v), parseRecord(json, `quiz ${this.quizId} v${v}`).quiz)
    return out
  }

  async record(version: number): Promise<QuizVersionRecord | null> {
    const rows = await kvCall('versions', () => this.stub.versions([version]))
    const json = rows[version]
    return json === undefined ? null : parseRecord(json, `quiz ${this.quizId} v${version}`)
  }

  article(): Promise<string | null> {
    return kvCall('article', () => this.stub.article())
  }

  commit(expected: number, record: QuizVersionRecord, change: string): Promise<CommitOutcome> {
    return kvCall('commit', () => this.stub.commit(expected, JSON.stringify(record), change))
  }

  setSettings(settings: QuizSettings): Promise<void> {
    return kvCall('settings', () => this.stub.setSettings(JSON.stringify(settings)))
  }

  release(): Promise<string> {
    return kvCall('release', () => this.stub.release())
  }

  claimName(classCode: string, name: string, attemptId: string): Promise<boolean> {
    return kvCall('claim', () => this.stub.claimName(classCode, name, attemptId))
  }
}
