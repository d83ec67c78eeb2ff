/** The embed snippets a teacher pastes into a class page. Pure: the server and teach.js build the same text. */

/** Escapes text for HTML text or a double-quoted attribute (the snippets are HTML a host page will parse). */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/** A fixed iframe height that fits most quizzes, for hosts that run no script (Google Sites). */
export function iframeHeight(questionCount: number): number {
  return Math.min(3000, 260 + questionCount * 270)
}

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
  const id = encodeURIComponent(quizId)
  const query = classCode === '' ? '' : `?class=${encodeURIComponent(classCode)}`
  const classAttr = classCode === '' ? '' : ` class-code="${escapeHtml(classCode)}"`
  return {
    studentUrl: `${origin}/quiz/${id}${query}`,
    widget: `<script src="${escapeHtml(origin)}/widget.js" async></script><civic-quiz quiz="${escapeHtml(quizId)}"${classAttr}></civic-quiz>`,
    iframe: `<iframe src="${escapeHtml(`${origin}/embed/${id}${query}`)}" title="${escapeHtml(`Civic Quiz: ${title}`)}" width="100%" height="${iframeHeight(questionCount)}" style="border:0" loading="lazy"></iframe>`,
  }
}
