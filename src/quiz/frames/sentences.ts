/** The article's sentences, split once per generation by the article module's own splitter. */
import { splitParagraphs, splitSentences } from '../../article/index'
import type { Evidence } from '../../schema'
import type { Context } from '../context'
import { remember } from '../context'

/** Every sentence of the article body (headings left out), with offsets into the article. */
export function articleSentences(ctx: Context): Evidence[] {
  return remember(ctx, 'frames:sentences', () => {
    const text = ctx.article
    const bodyStart = /^\s*date\s+\d{4}-\d{2}-\d{2}\s*/.exec(text)?.[0].length ?? 0
    const out: Evidence[] = []
    splitParagraphs(text, bodyStart).forEach((p, i) => {
      if (p.heading) return
      for (const s of splitSentences(text, p, i))
        out.push({ text: text.slice(s.start, s.end), start: s.start, end: s.end })
    })
    return out
  })
}
