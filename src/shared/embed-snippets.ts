/**
 * What a teacher pastes into a class page to embed a quiz, three ways, and the sizes they use.
 * Pure: strings in, strings out (shared by the teacher view and the oEmbed route).
 */

/** Width of the embedded quiz in CSS pixels (the iframe also shrinks to its container). */
export const EMBED_WIDTH = 720

/**
 * A fixed height for hosts that run no script (Google Sites), which never receive the embed page's
 * resize messages: it fits a quiz of `questionCount` questions at EMBED_WIDTH with every question's
 * feedback open (measured: 5 questions take 1,542 px before checking and 2,641 px after), so no
 * student meets an inner scrollbar at that width. Where scripts run, widget.js fits the frame exactly.
 */
export function embedHeight(questionCount = 5): number {
  return 300 + 470 * Math.max(1, Math.min(questionCount, 40))
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for an HTML attribute value or text content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
}

/** The embed page's URL: `/embed/:id`, with `?class=` when there is a class code, `&layout=paged` when asked. */
export function embedUrl(
  origin: string,
  quizId: string,
  classCode?: string | null,
  layout?: 'paged',
): string {
  const url = new URL(`/embed/${encodeURIComponent(quizId)}`, origin)
  if (classCode) url.searchParams.set('class', classCode)
  if (layout) url.searchParams.set('layout', layout)
  return url.href
}

/** The student link: `/quiz/:id`, with `?class=` when there is a class code. */
export function quizUrl(origin: string, quizId: string, classCode?: string | null): string {
  const url = new URL(`/quiz/${encodeURIComponent(quizId)}`, origin)
  if (classCode) url.searchParams.set('class', classCode)
  return url.href
}

/** The iframe markup, shared by the snippet and oEmbed's `html`. */
export function iframeHtml(src: string, title: string, width: number, height: number): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`Quiz: ${title}`)}" width="${width}" height="${height}" style="width:100%;max-width:${width}px;height:${height}px;border:0" loading="lazy"></iframe>`
}

/**
 * oEmbed's `html` in the shape of WordPress's own embeds: a blockquote holding a link to the quiz, then
 * the iframe, both of class `wp-embedded-content`, the frame sandboxed as WordPress sandboxes it. Since
 * WordPress 5.9 a post loads the `wp-embed` script (which sizes the frame from its height messages) only
 * when the embed holds that blockquote; WordPress hides the link once the frame talks to it. Other
 * consumers show the link above the frame.
 */
export function oembedHtml(
  quizLink: string,
  src: string,
  title: string,
  width: number,
  height: number,
): string {
  const t = escapeHtml(title)
  return (
    `<blockquote class="wp-embedded-content"><a href="${escapeHtml(quizLink)}">${t}</a></blockquote>` +
    `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(`Quiz: ${title}`)}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`
  )
}

export interface EmbedSnippets {
  /** The <civic-quiz> custom element and its script: renders inline, follows the host's font. */
  widget: string
  /** An iframe of /embed/:id with a fixed height that fits; widget.js makes it fit exactly where scripts run. */
  iframe: string
  /** The plain student link: oEmbed consumers (WordPress…) turn it into the iframe. */
  link: string
}

/** The three snippets shown to a teacher in the share kit. */
export function embedSnippets(
  origin: string,
  quizId: string,
  classCode: string | null | undefined,
  title: string,
  questionCount?: number,
): EmbedSnippets {
  const script = `<script src="${escapeHtml(new URL('/widget.js', origin).href)}" async></script>`
  const code = classCode ? ` class-code="${escapeHtml(classCode)}"` : ''
  return {
    widget: `${script}\n<civic-quiz quiz="${escapeHtml(quizId)}"${code}></civic-quiz>`,
    iframe: `${iframeHtml(embedUrl(origin, quizId, classCode), title, EMBED_WIDTH, embedHeight(questionCount))}\n${script}`,
    link: quizUrl(origin, quizId, classCode),
  }
}
