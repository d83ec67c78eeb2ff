/** Small text helpers shared by the question builders. Pure. */
import { isAsciiAlnum, isAsciiLetter } from '../article/chars'
import type { GenerationCache } from './cache'

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/**
 * Lowercase word tokens (letters and digits), apostrophes kept inside words, without possessive 's.
 * With the generation's cache, a text is tokenised once (the generator reads the same sentences and
 * names many times); without, every call tokenises.
 */
export function words(text: string, cache?: GenerationCache): string[] {
  const hit = cache?.words.get(text)
  if (hit) return hit
  const out = NEEDS_UNICODE.test(text)
    ? (text.normalize('NFC').match(WORD) ?? []).map(normalWord)
    : plainWords(text)
  cache?.words.set(text, out)
  return out
}

/**
 * Characters other than printable ASCII, white space and the punctuation of news text (curly quotes,
 * dashes, the ellipsis, no-break space): a text with one of them (é, ł, a combining accent) takes the
 * Unicode tokeniser.
 */
const NEEDS_UNICODE = /[^\t\n\r -~\u00a0\u00ab\u00bb\u2013\u2014\u2018-\u201d\u2026]/

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019

/** WORD for text whose letters are ASCII, matched on its lowercase (one letter for one). */
const ASCII_WORD = /[a-z0-9]+(?:['’][a-z]+)*/g

/**
 * `words` for text whose letters are ASCII (most English articles; the tokeniser runs on every
 * sentence the generator reads): the same tokens as WORD, a run of letters and digits, then any
 * groups of an apostrophe and letters. The text is lowercased once, and only a word with an
 * apostrophe is normalised further.
 */
function plainWords(text: string): string[] {
  const found = text.toLowerCase().match(ASCII_WORD)
  if (found === null) return []
  for (let k = 0; k < found.length; k++) {
    const w = found[k] ?? ''
    if (w.includes("'") || w.includes('’')) found[k] = normalWord(w)
  }
  return found
}

/** The number of plainWords tokens of a text, counted without making them. */
function scanPlainWords(text: string): number {
  const n = text.length
  let count = 0
  let i = 0
  while (i < n) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++
      continue
    }
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isAsciiLetter(text.charCodeAt(i + 1))) {
      i++
      while (i < n && isAsciiLetter(text.charCodeAt(i))) i++
    }
    count++
  }
  return count
}

/** A matched word lowercased, with ’ as ' and without a possessive 's (replaces only when needed). */
function normalWord(w: string): string {
  let out = w.toLowerCase()
  if (out.includes('’')) out = out.replace(/’/g, "'")
  return out.endsWith("'s") ? out.slice(0, -2) : out
}

/** The words of a text joined by single spaces, with a space at each end (for whole-word search). */
function joinedWords(text: string, cache?: GenerationCache): string {
  const hit = cache?.joined.get(text)
  if (hit !== undefined) return hit
  const out = ` ${words(text, cache).join(' ')} `
  cache?.joined.set(text, out)
  return out
}

/**
 * The number of `words` of a text. A text the cache holds is counted from its tokens; any other is
 * counted without making the tokens (the whole article is counted once per quiz, for its note).
 */
export function wordCount(text: string, cache?: GenerationCache): number {
  const hit = cache?.words.get(text)
  if (hit) return hit.length
  if (cache) return words(text, cache).length
  // normalWord never drops a token: the count is the number of matches, without making the words
  if (NEEDS_UNICODE.test(text)) return text.normalize('NFC').match(WORD)?.length ?? 0
  return scanPlainWords(text)
}

/** Words that carry no content; a leak check and a blank ignore them. */
export const STOPWORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with without about as into onto over under
  than then that this these those there here is are was were be been being am do does did done have has had
  having will would shall should can could may might must not no it its it's he she they them their his her
  him we us our you your i me my mine who whom whose which what when where why how all any some each every
  if while also just very more most much many such only own same other another one s t up out off too again
  said says say told tells tell according`.split(/\s+/),
)

/** Content words of a text (stopwords removed). */
export function contentWords(text: string, cache?: GenerationCache): string[] {
  return words(text, cache).filter((w) => !STOPWORDS.has(w))
}

/** True when `needle` occurs in `hay` as whole words, ignoring case and curly quotes. */
export function containsPhrase(hay: string, needle: string, cache?: GenerationCache): boolean {
  const n = joinedWords(needle, cache)
  if (n === '  ') return false
  return joinedWords(hay, cache).includes(n)
}

/** Content words of `answer` that also occur in `prompt` (a leak when non-empty). */
export function leakedWords(prompt: string, answer: string, cache?: GenerationCache): string[] {
  const p = new Set(words(prompt, cache))
  return contentWords(answer, cache).filter((w) => p.has(w))
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A lowercase slug of [a-z0-9-], at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 60): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (base.length <= max) return base
  const cut = base.slice(0, max + 1)
  const at = cut.lastIndexOf('-')
  return (at > 10 ? cut.slice(0, at) : base.slice(0, max)).replace(/-+$/, '')
}

/** The text cut to at most `max` characters at a word boundary, with "…" when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max)
  const space = head.lastIndexOf(' ')
  // a first word longer than the whole budget is cut inside the word
  const cut = (space > max / 2 ? head.slice(0, space) : head.slice(0, max - 1)).replace(/[\s,;:–—-]+$/, '')
  return `${cut}…`
}

/** The first `n` words of a text, with "…" when cut. */
export function firstWords(text: string, n: number): string {
  // split no further than needed: one word past `n` tells whether to cut
  const parts = text.trim().split(/\s+/, n + 1)
  if (parts.length <= n) return parts.join(' ')
  return `${parts
    .slice(0, n)
    .join(' ')
    .replace(/[,;:–—-]+$/, '')}…`
}

/** Trims sentence-final punctuation and spaces. */
export function stripFinal(text: string): string {
  return text.trim().replace(/[\s.,;:!?]+$/u, '')
}

/**
 * Text that squash would change: white space other than a space (\s minus " ", which is also what
 * trim() removes), two spaces in a row, or a space at either end. Tested before replacing, since
 * most texts (sentences, names) are already squashed.
 */
const UNSQUASHED = /[^\S ]| {2}|^ | $/

/** Collapses runs of white space. */
export function squash(text: string): string {
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Start of the sentence before the one starting at `start` (a plain scan for ., ! or ? and line breaks). */
export function previousSentenceStart(article: string, start: number): number {
  let i = start - 1
  while (i > 0 && /\s/.test(article.charAt(i))) i--
  // i is at the end of the previous sentence; scan back to its beginning
  for (let j = i - 1; j > 0; j--) {
    const c = article.charAt(j)
    if (c === '\n') return j + 1
    if (/[.!?]/.test(c) && /\s/.test(article.charAt(j + 1))) {
      let k = j + 1
      while (k < i && /\s/.test(article.charAt(k))) k++
      return k
    }
  }
  return 0
}

/** Joins items as "a, b and c". */
export function listAnd(items: string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** True when offset `at` of `sentence` is inside quotation marks (a quote is never altered). */
export function insideQuote(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at)
  const straight = (before.match(/"/g) ?? []).length
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length
  const single =
    (before.match(/(?:^|[\s(])'/g) ?? []).length - (before.match(/'(?=[\s,.;:!?)]|$)/g) ?? []).length
  return straight % 2 === 1 || curly > 0 || single > 0
}
