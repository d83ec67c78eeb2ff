/**
 * The share kit's texts for the teacher view: the student link and the embed snippets, built by
 * embed-snippets.ts (the same iframe markup and height that oEmbed answers with). Pure: the server
 * renders them and teach.js rebuilds them when the class code changes.
 */
import { embedSnippets } from './embed-snippets'

export interface ShareLinks {
  /** The student link (also what oEmbed consumers unfurl). */
  studentUrl: string
  widget: string
  iframe: string
}

export function shareLinks(input: {
  origin: string
  quizId: string
  title: string
  questionCount: number
  classCode: string
}): ShareLinks {
  const { origin, quizId, title, questionCount, classCode } = input
  const snippets = embedSnippets(origin, quizId, classCode === '' ? null : classCode, title, questionCount)
  return { studentUrl: snippets.link, widget: snippets.widget, iframe: snippets.iframe }
}
