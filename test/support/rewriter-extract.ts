/**
 * Bench-only: the streaming candidate for article extraction, measured against Readability+linkedom by
 * `npm run bench -- import` (BENCHMARKS.md, README "Reading a page"). Workers' HTMLRewriter (lol-html)
 * streams the page with no DOM; this keeps a stack of open elements, collects the text of each block
 * (p, h2–h6, li, blockquote, pre) outside page furniture, scores each block's parent container by its
 * text (length, commas, minus link text, as Readability's rule does for a node) and keeps the blocks of
 * the best container and of the containers beside it that score at least a fifth as much. Not deployed.
 */
import { squash } from '../../src/import/dom'

const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre'])
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'aside',
  'footer',
  'header',
  'figure',
  'figcaption',
  'form',
  'button',
  'svg',
  'iframe',
  'template',
  'select',
])
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
const FURNITURE =
  /(^|[\s_-])(caption|credit|byline|author|share|sharing|social|related|promo|newsletter|advert|ad|ads|advertisement|sponsor|more-?on|tags?|breadcrumbs?|subscribe|subscription|paywall|signup|toolbar|comments?|footer|sidebar|menu|nav)($|[\s_-])/i

interface Block {
  container: number
  text: string
  links: number
}

/** Extracts the article paragraphs of a page with HTMLRewriter and a container-scoring rule. */
export async function rewriterParagraphs(html: string): Promise<string[]> {
  const stack: Array<{ tag: string; id: number; skip: boolean }> = []
  let nextId = 0
  let skipping = 0
  let block: Block | null = null
  let inLink = 0
  const blocks: Block[] = []
  const flush = () => {
    if (block === null) return
    const text = squash(block.text)
    if (text !== '') blocks.push({ ...block, text })
    block = null
  }
  const rewriter = new HTMLRewriter().on('*', {
    element(el) {
      const tag = el.tagName
      if (VOID.has(tag)) return
      const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
      const skip = SKIP.has(tag) || FURNITURE.test(marks) || el.hasAttribute('hidden')
      const frame = { tag, id: nextId++, skip }
      stack.push(frame)
      if (skip) skipping++
      if (tag === 'a') inLink++
      if (skipping === 0 && BLOCKS.has(tag) && (block === null || tag === 'p' || tag === 'li')) {
        // A paragraph or list item that starts while a block is open closes it (HTML's implied </p>, </li>).
        flush()
        const parent = stack[stack.length - 2]
        block = { container: parent?.id ?? -1, text: '', links: 0 }
      }
      const mine = frame
      try {
        el.onEndTag(() => {
          // Pop up to this element (unclosed children end with it).
          while (stack.length > 0) {
            const top = stack.pop()
            if (top === undefined) break
            if (top.skip) skipping--
            if (top.tag === 'a') inLink--
            if (top === mine) break
          }
          if (BLOCKS.has(tag)) flush()
        })
      } catch {
        // elements that cannot have an end tag
      }
    },
    text(chunk) {
      if (skipping > 0 || block === null) return
      block.text += chunk.text
      if (inLink > 0) block.links += chunk.text.length
    },
  })
  await rewriter.transform(new Response(html)).arrayBuffer()
  flush()
  const scores = new Map<number, number>()
  for (const b of blocks) {
    if (b.text.length < 25) continue
    const density = b.links / Math.max(1, b.text.length)
    const score =
      (1 + (b.text.match(/,/g)?.length ?? 0) + Math.min(Math.floor(b.text.length / 100), 3)) * (1 - density)
    scores.set(b.container, (scores.get(b.container) ?? 0) + score)
  }
  let best = -1
  let bestScore = 0
  for (const [container, score] of scores)
    if (score > bestScore) {
      best = container
      bestScore = score
    }
  const kept = new Set([...scores].filter(([, s]) => s >= bestScore / 5).map(([c]) => c))
  kept.add(best)
  return blocks
    .filter((b) => kept.has(b.container) && b.links / Math.max(1, b.text.length) < 0.5)
    .map((b) => b.text)
}
