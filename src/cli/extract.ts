/**
 * `npm run --silent extract -- FILE [--url URL]`: prints, for a saved HTML page (or a .txt file), the
 * JSON `{ title, date, publisher, byline, url, lang, text }` the link importer reads from it (`text`:
 * the article's paragraphs separated by blank lines; `date` as YYYY-MM-DD or null). Nothing else goes
 * to stdout. The charset comes from the page's `<meta charset>` (a saved page has no HTTP header).
 * Exit code 2 (with a message on stderr) when FILE cannot be read.
 */
import { readFileSync } from 'node:fs'
import { decodePage } from '../import/charset'
import { extractArticle, extractPlainText } from '../import/extract'

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`)
  process.exit(2)
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--')
  const at = args.indexOf('--url')
  const url = at >= 0 ? (args[at + 1] ?? null) : null
  const file = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1))
  if (file === undefined) fail('usage: npm run --silent extract -- FILE [--url URL]')
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(file))
  } catch (err) {
    fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`)
  }
  if (bytes.includes(0)) fail(`${file} is not a web page (it holds NUL bytes)`)
  const plain = /\.txt$/i.test(file)
  const { text } = decodePage(bytes, plain ? 'text/plain' : 'text/html')
  const article = plain ? extractPlainText(text, url) : extractArticle(text, url)
  process.stdout.write(`${JSON.stringify(article, null, 2)}\n`)
}

main()
