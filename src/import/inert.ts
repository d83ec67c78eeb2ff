/**
 * Drops what no reader sees and the extractor never reads from a page's HTML before it is parsed into a
 * DOM: `<script>` elements (all but JSON-LD, where the metadata lives), `<style>` elements and comments.
 * On news pages they are most of the bytes (about 950 KB of a 1.1 MB Guardian page), and parsing them into
 * nodes that Readability then walks and removes was the larger part of extraction's CPU. Pure.
 *
 * This is no HTML parser: it relies on the tokenizer's rules for exactly these three (the HTML standard's
 * "script data" and RAWTEXT states end at the first `</script` or `</style` followed by a space, `/` or
 * `>`; a comment ends at the first `-->`), scanning left to right so that a `<script` inside a comment,
 * or a `<!--` inside a script, is read as the parser reads it. Anything it cannot close (an unterminated
 * script or comment) is left as it is from there on, for the parser to handle. One pass, linear time.
 */

/** The next script or style start tag, or comment opening. */
const OPENER = /<(script|style)(?=[\s/>])|<!--/gi
const CLOSER: Record<'script' | 'style', RegExp> = {
  script: /<\/script[\s/>]/gi,
  style: /<\/style[\s/>]/gi,
}
/** A start tag's attributes that mark JSON-LD (metadata.ts reads `script[type="application/ld+json"]`). */
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i

/** The end (exclusive) of the block opened at `start`, or -1 when it is never closed. */
function blockEnd(html: string, start: number, tag: string | undefined): number {
  if (tag === undefined) {
    // `<!-->` and `<!--->` are whole (empty) comments too, so the search starts inside the opener
    const end = html.indexOf('-->', start + 2)
    return end < 0 ? -1 : end + 3
  }
  const closer = CLOSER[tag.toLowerCase() as 'script' | 'style']
  closer.lastIndex = start
  const close = closer.exec(html)
  if (close === null) return -1
  const end = html.indexOf('>', close.index)
  return end < 0 ? -1 : end + 1
}

/** The page's HTML without its scripts (JSON-LD kept), styles and comments. */
export function dropInertBlocks(html: string): string {
  const kept: string[] = []
  let from = 0
  OPENER.lastIndex = 0
  for (let open = OPENER.exec(html); open !== null; open = OPENER.exec(html)) {
    const tag = open[1]
    // a comment is searched for its end from its own start; a script or style from its start tag's end
    const tagEnd = tag === undefined ? open.index : html.indexOf('>', open.index)
    const end = tagEnd < 0 ? -1 : blockEnd(html, tagEnd, tag)
    if (end < 0) break
    const keep = tag?.toLowerCase() === 'script' && JSON_LD.test(html.slice(open.index, tagEnd))
    if (!keep) {
      kept.push(html.slice(from, open.index))
      from = end
    }
    OPENER.lastIndex = end
  }
  kept.push(html.slice(from))
  return kept.join('')
}
