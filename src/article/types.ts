/** A half-open range [start, end) of character offsets into the original article text. */
export interface Span {
  start: number
  end: number
}

export interface Paragraph extends Span {
  /** A short line without final punctuation (or a title-cased question): a heading, not prose. */
  heading: boolean
}

export interface Sentence extends Span {
  /** Index of the paragraph that holds it. */
  paragraph: number
}

export interface ParsedArticle {
  /** The text exactly as given; every offset points into it. */
  text: string
  /** Publication date (YYYY-MM-DD) from a leading `date` line or the options, else null. */
  date: string | null
  /** Offset where the article body starts (after any `date YYYY-MM-DD` prefix). */
  bodyStart: number
  paragraphs: Paragraph[]
  sentences: Sentence[]
}
