/** Why a link could not be made into an article. Each reason becomes its own problem type in the API. */
export type ImportFailure =
  | 'bad-url'
  | 'forbidden-address'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'unsupported-type'
  | 'upstream-status'
  | 'unreachable'
  | 'no-article'
  | 'not-english'

/** A link was refused or its page could not be read; `message` says what, in words for a teacher. */
export class ImportError extends Error {
  readonly reason: ImportFailure
  constructor(reason: ImportFailure, message: string) {
    super(message)
    this.name = 'ImportError'
    this.reason = reason
  }
}
