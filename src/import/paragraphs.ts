import { type DomElement, type DomNode, ELEMENT_NODE, squash, TEXT_NODE } from './dom'

/** Elements whose text is never article text: media, captions, forms, navigation and page furniture. */
const DROPPED = new Set([
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'IMG',
  'SVG',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'AMP-IMG',
  'AMP-AD',
  'AMP-EMBED',
  'AMP-SOCIAL-SHARE',
])

/** Blocks that hold one paragraph of text each. */
const LEAF_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'DT', 'DD', 'TD', 'TH'])

/** Class or id words of page furniture that Readability can leave inside an article body. */
const FURNITURE =
  /(^|[\s_-])(caption|credit|byline|author|share|sharing|social|related|promo|newsletter|advert|ad|ads|advertisement|sponsor|more-?on|tags?|breadcrumbs?|subscribe|subscription|paywall|regwall|signup|toolbar|dateline|timestamp|kicker)($|[\s_-])/i

/** Whole paragraphs that are furniture in any outlet's words (matched against the paragraph alone). */
const FURNITURE_LINES =
  /^(advertisement|advert|sponsored|photo|image|video|watch|listen|share( this( article| story)?)?|share on \w+|read more\b.*|continue reading\b.*|related:?.*|more on this story|follow us\b.*|sign up\b.*|subscribe\b.*|click here\b.*|(image|photo|photograph) (credit|copyright)\b.*|copyright\b.*|©.*|getty images|reuters|ap photo.*|skip (to|advertisement).*|story continues below.*)$/i

/** A paragraph that is only a time stamp ("19:00", "7.15pm GMT", "Updated: 10:42 ET"), as live blogs print them. */
const TIME_STAMP =
  /^((updated|posted|published|last updated)\s*:?\s*)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([a-z]{2,4})?$/i

/** Text of an element with its inline children, white space made single. */
function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? ''
  if (node.nodeType !== ELEMENT_NODE) return ''
  const el = node as DomElement
  if (DROPPED.has(el.tagName.toUpperCase())) return ''
  if (el.tagName.toUpperCase() === 'BR') return ' '
  let out = ''
  for (const child of Array.from(el.childNodes)) out += inlineText(child)
  return out
}

function isFurniture(el: DomElement): boolean {
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`
  return (
    FURNITURE.test(marks) || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('hidden') !== null
  )
}

/** Elements that start a new block of text. */
const BLOCKS = new Set([
  ...LEAF_BLOCKS,
  'DIV',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'HR',
])
const BLOCK_SELECTOR = [...BLOCKS].map((t) => t.toLowerCase()).join(',')

/** Whether an element holds a block anywhere inside it (so its text is more than one paragraph). */
function hasBlockInside(el: DomElement): boolean {
  return el.querySelector(BLOCK_SELECTOR) !== null
}

/**
 * The article's paragraphs from the element an extractor kept: one paragraph per text block (p, h2,
 * li, a blockquote of inline text, a div of loose text), in document order. Captions, media, forms,
 * navigation, elements whose class names page furniture (share, related, byline, ad…), and
 * paragraphs that are furniture on their own ("Advertisement", "Read more…") are dropped.
 */
export function blockParagraphs(root: DomElement): string[] {
  const out: string[] = []
  const visit = (el: DomElement): void => {
    const tag = el.tagName.toUpperCase()
    if (DROPPED.has(tag) || isFurniture(el)) return
    if (LEAF_BLOCKS.has(tag) || !hasBlockInside(el)) {
      const para = squash(inlineText(el))
      if (para !== '') out.push(para)
      return
    }
    // Mixed content: loose text between blocks is a paragraph of its own.
    let loose = ''
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === ELEMENT_NODE) {
        const childEl = child as DomElement
        const childTag = childEl.tagName.toUpperCase()
        if (!BLOCKS.has(childTag) && !DROPPED.has(childTag) && !hasBlockInside(childEl)) {
          loose += inlineText(childEl)
          continue
        }
        if (squash(loose) !== '') out.push(squash(loose))
        loose = ''
        visit(childEl)
      } else loose += child.nodeType === TEXT_NODE ? (child.textContent ?? '') : ''
    }
    if (squash(loose) !== '') out.push(squash(loose))
  }
  visit(root)
  return out
}

/** Paragraphs without furniture lines, the headline or byline repeated, or exact repeats. */
export function cleanParagraphs(
  paragraphs: string[],
  known: { title: string | null; byline: string | null },
): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  const title = known.title === null ? null : fold(known.title)
  const byline = known.byline === null ? null : fold(known.byline)
  for (const para of paragraphs) {
    const key = fold(para)
    if (key === '' || seen.has(key)) continue
    if (FURNITURE_LINES.test(para) || TIME_STAMP.test(para)) continue
    if (key === title) continue
    if (byline !== null && (key === byline || key === `by ${byline}`)) continue
    if (
      /^by [\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3}( and [\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3})?$/u.test(
        para,
      )
    )
      continue
    seen.add(key)
    kept.push(para)
  }
  return kept
}
