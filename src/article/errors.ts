/** The input cannot be read as article text (binary data, control characters, not a string). */
export class ArticleTextError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArticleTextError'
  }
}

/** A publication date was given but is not a real calendar day in YYYY-MM-DD form. */
export class ArticleDateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArticleDateError'
  }
}
