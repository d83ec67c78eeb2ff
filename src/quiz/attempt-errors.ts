/** A field-level problem with client input, with its path (for problem+json `errors`). */
export interface FieldIssue {
  path: Array<string | number>
  message: string
}

/** The answers of an attempt do not fit the quiz: unknown questions, options out of range, wrong types. */
export class AttemptAnswersInvalid extends Error {
  readonly issues: FieldIssue[]
  constructor(issues: FieldIssue[]) {
    super(issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
    this.name = 'AttemptAnswersInvalid'
    this.issues = issues
  }
}
