/**
 * Text pasted with markup (from a page's source, a CMS, an email) read as the text a reader sees:
 * scripts, styles and comments dropped with their content, block elements and <br> become line
 * breaks (one paragraph a line, as the reader expects), every other tag dropped, and character
 * references decoded. Text without markup comes back unchanged. Pure.
 */

/** A tag, opening or closing, as markup writes it: `<p>`, `</div>`, `<br/>`, `<a href="…">`. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/g
const DROPPED = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!doctype[^>]*>/gi
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'tr',
  'table',
  'hr',
  'pre',
  'dd',
  'dt',
  'main',
])
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  euro: '€',
  pound: '£',
  copy: '©',
  shy: '',
}

/** True when the text holds markup: at least one tag a page would have (not "a < b > c"). */
export function holdsMarkup(text: string): boolean {
  TAG.lastIndex = 0
  return /<\/?(?:p|div|br|span|a|b|i|em|strong|li|h[1-6]|blockquote|section|article|script|style)\b[^>]*>/i.test(
    text,
  )
}

/** Decodes `&amp;`, `&#8217;`, `&#x2019;` and the common named references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1))
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

/** The text of pasted markup (see the module comment); plain text comes back as it is. */
export function textOfPastedMarkup(text: string): string {
  if (!holdsMarkup(text)) return text
  const withoutTags = text
    .replace(DROPPED, '')
    .replace(TAG, (_tag, name: string) => (BLOCK.has(name.toLowerCase()) ? '\n' : ''))
  return decodeEntities(withoutTags)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
