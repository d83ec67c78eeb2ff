/**
 * One Durable Object per quiz made at run time, with SQLite storage: the one writer of the quiz's
 * versions. Every saved change is a new row that is never changed again; `commit` writes version n+1
 * only while n is the latest, so of two tabs that both edited version n, one gets the other's version
 * back (the API answers it 412). Requests to one object run one at a time and each method's SQL runs
 * without an await in between, so a check and its write cannot interleave with another request.
 *
 * It also keeps the quiz's settings, the article it was made from, the hash of its teacher token, and
 * one row per (class, name) claimed under the one-attempt-per-name rule.
 */
import { DurableObject } from 'cloudflare:workers'

/** What a quiz's object is created with. Values are JSON the worker has validated with the schemas. */
export interface QuizObjectInit {
  record: string
  tokenHash: string
  createdAt: string
  settings: string
  article: string | null
  /** The quiz's salt for question ids (src/quiz/ids.ts), kept for the questions of later versions. */
  idSalt: string
}

/** The latest version and the quiz's state, as JSON strings the caller parses with the schemas. */
export interface QuizHeadRow {
  version: number
  record: string
  at: string
  tokenHash: string
  createdAt: string
  settings: string
  released: boolean
  hasArticle: boolean
  idSalt: string
}

/** ok: version `version` was written; not ok: `version` is the latest, which the caller had not seen. */
export interface CommitOutcome {
  ok: boolean
  version: number
}

export class QuizObject extends DurableObject<Env> {
  private readonly sql: SqlStorage

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    this.sql = ctx.storage.sql
    this.sql.exec(`CREATE TABLE IF NOT EXISTS versions (
      version INTEGER PRIMARY KEY, record TEXT NOT NULL, at TEXT NOT NULL, change TEXT NOT NULL)`)
    this.sql.exec('CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
    this.sql.exec(`CREATE TABLE IF NOT EXISTS names (
      class TEXT NOT NULL, name TEXT NOT NULL, attempt TEXT NOT NULL, PRIMARY KEY (class, name))`)
  }

  private latest(): number {
    const row = this.sql.exec<{ v: number | null }>('SELECT MAX(version) AS v FROM versions').one()
    return row.v ?? 0
  }

  private info(key: string): string | null {
    const rows = this.sql.exec<{ value: string }>('SELECT value FROM info WHERE key = ?', key).toArray()
    return rows[0]?.value ?? null
  }

  private setInfo(key: string, value: string): void {
    this.sql.exec('INSERT OR REPLACE INTO info (key, value) VALUES (?, ?)', key, value)
  }

  /** Stores version 1. False when the quiz already exists (nothing is changed). */
  create(init: QuizObjectInit): boolean {
    if (this.latest() > 0) return false
    this.ctx.storage.transactionSync(() => {
      this.sql.exec(
        'INSERT INTO versions (version, record, at, change) VALUES (1, ?, ?, ?)',
        init.record,
        init.createdAt,
        'made',
      )
      this.setInfo('tokenHash', init.tokenHash)
      this.setInfo('createdAt', init.createdAt)
      this.setInfo('settings', init.settings)
      this.setInfo('idSalt', init.idSalt)
      if (init.article !== null) this.setInfo('article', init.article)
    })
    return true
  }

  /** The latest version with the quiz's state, or null for a quiz never made. */
  head(): QuizHeadRow | null {
    const rows = this.sql
      .exec<{ version: number; record: string; at: string }>(
        'SELECT version, record, at FROM versions ORDER BY version DESC LIMIT 1',
      )
      .toArray()
    const row = rows[0]
    if (row === undefined) return null
    const has = this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM info WHERE key = 'article'").one()
    return {
      version: row.version,
      record: row.record,
      at: row.at,
      tokenHash: this.info('tokenHash') ?? '',
      createdAt: this.info('createdAt') ?? row.at,
      settings: this.info('settings') ?? '{}',
      released: this.info('released') !== null,
      hasArticle: has.n > 0,
      idSalt: this.info('idSalt') ?? '',
    }
  }

  /** The records of the given versions (those that exist), by version. */
  versions(wanted: number[]): Record<number, string> {
    const out: Record<number, string> = {}
    for (const v of new Set(wanted)) {
      const rows = this.sql
        .exec<{ record: string }>('SELECT record FROM versions WHERE version = ?', v)
        .toArray()
      const row = rows[0]
      if (row !== undefined) out[v] = row.record
    }
    return out
  }

  article(): string | null {
    return this.info('article')
  }

  /** Writes version `expected + 1` if `expected` is still the latest; otherwise says which is. */
  commit(expected: number, record: string, change: string): CommitOutcome {
    const latest = this.latest()
    if (latest !== expected || latest === 0) return { ok: false, version: latest }
    const version = latest + 1
    this.sql.exec(
      'INSERT INTO versions (version, record, at, change) VALUES (?, ?, ?, ?)',
      version,
      record,
      new Date().toISOString(),
      change,
    )
    return { ok: true, version }
  }

  /** Replaces the settings as a whole (the teacher sends all of them). */
  setSettings(settings: string): void {
    this.setInfo('settings', settings)
  }

  /** Releases the answers of an after-release quiz (once; later calls keep the first time). */
  release(): string {
    const at = this.info('released') ?? new Date().toISOString()
    this.setInfo('released', at)
    return at
  }

  /**
   * Claims one attempt for a name in a class. True when the name was free or is held by this same
   * attempt (a retry); false when another attempt holds it.
   */
  claimName(classCode: string, name: string, attemptId: string): boolean {
    this.sql.exec(
      'INSERT OR IGNORE INTO names (class, name, attempt) VALUES (?, ?, ?)',
      classCode,
      name,
      attemptId,
    )
    const row = this.sql
      .exec<{ attempt: string }>('SELECT attempt FROM names WHERE class = ? AND name = ?', classCode, name)
      .one()
    return row.attempt === attemptId
  }
}
