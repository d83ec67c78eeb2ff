import type { Paragraph } from '../article/types'
import { item } from './item'
import { lowerCase } from './lower'

/** A top-level quotation found by its marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset just after the closing mark, or the paragraph end when the quote runs on. */
  close: number
  /** The quoted words, without the marks. */
  start: number
  end: number
  /** true when the paragraph ended before a closing mark. */
  openEnded: boolean
  paragraph: number
}

type Mark = 'dbl-open' | 'dbl-close' | 'dbl-either' | 'sgl-open' | 'sgl-close' | 'none'

const LETTER = /[\p{L}\p{N}]/u
const OPEN_CONTEXT = /[\s([{\u2014\u2013/“‘«"'-]/u
/** Short words before an apostrophe-s that are not plural possessives (us', is', this'). */
const NOT_POSSESSIVE = new Set([
  'us',
  'is',
  'was',
  'has',
  'his',
  'this',
  'its',
  'yes',
  'does',
  'as',
  'thus',
  'less',
  'unless',
  'across',
  'perhaps',
  'always',
  'towards',
  'afterwards',
  'sometimes',
  'process',
  'success',
  'progress',
  'business',
  'access',
  'address',
  'yours',
  'ours',
  'theirs',
  'hers',
  'plus',
  'chaos',
  'news',
  'bus',
  'gas',
  'yes',
])
/** Words that follow a closing quote far more often than a possessed noun does. */
const AFTER_CLOSE = new Set([
  'and',
  'or',
  'but',
  'nor',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'said',
  'says',
  'say',
  'added',
  'which',
  'who',
  'that',
  'as',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'when',
  'while',
  'after',
  'before',
  'if',
  'is',
  'was',
  'were',
  'are',
  'will',
  'would',
  'then',
  'so',
  'because',
  'than',
  'the',
  'a',
  'an',
  'this',
  'his',
  'her',
  'their',
  'its',
  'of',
  'about',
  'over',
  'into',
  'against',
])
/** Clipped words that start with an apostrophe: 'n', 'em, 'tis, 'cause, 'til, '90s. */
const LEADING_CLIPS = /^(?:n|em|tis|twas|cause|til|bout|round|nuff|kay|\d\ds?)(?![\p{L}])/u

function charAt(text: string, i: number): string {
  return i >= 0 && i < text.length ? text.charAt(i) : ''
}

function classify(text: string, i: number, lo: number, hi: number): Mark {
  const ch = text.charAt(i)
  const prev = i > lo ? text.charAt(i - 1) : ''
  const next = i + 1 < hi ? text.charAt(i + 1) : ''
  switch (ch) {
    case '“':
    case '„':
    case '«':
      return 'dbl-open'
    case '”':
    case '»':
      return 'dbl-close'
    case '"':
      if (prev === '' || OPEN_CONTEXT.test(prev))
        return next === '' || /\s/.test(next) ? 'dbl-either' : 'dbl-open'
      return 'dbl-close'
    case '‘':
    case '’':
    case "'":
    case '`': {
      // the second mark of rock 'n' roll
      if ((prev === 'n' || prev === 'N') && /['’‘]/.test(charAt(text, i - 2))) return 'none'
      const prevLetter = prev !== '' && LETTER.test(prev)
      const nextLetter = next !== '' && LETTER.test(next)
      if (prevLetter && nextLetter) return 'none'
      if (prev === '' || OPEN_CONTEXT.test(prev)) {
        if (next === '' || /\s/.test(next)) return 'none'
        if (LEADING_CLIPS.test(text.slice(i + 1, i + 7))) return 'none'
        return ch === '’' && !/[\s“"]/u.test(prev || ' ') ? 'none' : 'sgl-open'
      }
      if (ch === '‘') return 'sgl-open'
      return 'sgl-close'
    }
    default:
      return 'none'
  }
}

/** The word before offset i (letters only, lowercased). */
function wordEndingAt(text: string, i: number, lo: number): string {
  let s = i
  while (s > lo && /\p{L}/u.test(text.charAt(s - 1))) s--
  return lowerCase(text.slice(s, i))
}

function wordStartingAt(text: string, i: number, hi: number): string {
  let s = i
  while (s < hi && /\s/.test(text.charAt(s))) s++
  let e = s
  while (e < hi && /\p{L}/u.test(text.charAt(e))) e++
  return text.slice(s, e)
}

/**
 * Whether a closing single mark after a word ending in s is a plural possessive (the workers' homes)
 * rather than the end of the quote: a later closing mark exists in the paragraph and a lowercase
 * word that is not a conjunction, pronoun or preposition follows.
 */
function isPossessiveApostrophe(
  text: string,
  i: number,
  lo: number,
  hi: number,
  hasLaterClose: boolean,
): boolean {
  if (!hasLaterClose) return false
  const word = wordEndingAt(text, i, lo)
  if (word.length < 3 || !word.endsWith('s') || NOT_POSSESSIVE.has(word)) return false
  if (!/\s/.test(charAt(text, i + 1))) return false
  const following = wordStartingAt(text, i + 1, hi)
  if (following === '' || !/^\p{Ll}/u.test(following)) return false
  return !AFTER_CLOSE.has(lowerCase(following))
}

interface Open {
  kind: 'dbl' | 'sgl'
  at: number
}

/**
 * Finds top-level quotations in each paragraph by pairing marks: curly and straight, double and single.
 * Quotes nested inside another stay part of it. Apostrophes (we'll, Smith's, rock 'n' roll,
 * plural possessives) are told apart from closing single marks. A double quote left open at the end of
 * a paragraph runs to the paragraph's end.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = []
  paragraphs.forEach((p, pi) => {
    let marks: Array<{ at: number; mark: Mark }> = []
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i)
      if (c !== 0x22 && c !== 0x27 && c !== 0x60 && !(c >= 0x2018 && c <= 0x201e) && c !== 0xab && c !== 0xbb)
        continue
      const mark = classify(text, i, p.start, p.end)
      if (mark !== 'none') marks.push({ at: i, mark })
    }
    // A single mark left open that swallowed later quotes was a stray apostrophe: drop it and retry.
    for (let attempt = 0; attempt < 4; attempt++) {
      const result = pairMarks(text, p, pi, marks)
      if (result.strayAt === null || attempt === 3) {
        for (const q of result.spans) out.push(q)
        break
      }
      const stray = result.strayAt
      marks = marks.filter((m) => m.at !== stray)
    }
  })
  return out.filter((q) => q.end > q.start && /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)))
}

function pairMarks(
  text: string,
  p: Paragraph,
  pi: number,
  marks: ReadonlyArray<{ at: number; mark: Mark }>,
): { spans: QuoteSpan[]; strayAt: number | null } {
  const spans: QuoteSpan[] = []
  const stack: Open[] = []
  let lastSglClose = -1
  marks.forEach((m, i) => {
    if (m.mark === 'sgl-close') lastSglClose = i
  })
  let swallowed = 0
  const emit = (o: Open, closeAt: number, closeLen: number, openEnded: boolean): void => {
    if (stack.length > 0) {
      swallowed++
      return
    }
    spans.push({
      open: o.at,
      close: closeAt + closeLen,
      start: o.at + 1,
      end: closeAt,
      openEnded: openEnded,
      paragraph: pi,
    })
  }
  marks.forEach(({ at, mark }, mi) => {
    const top = stack[stack.length - 1]
    if (mark === 'dbl-open' || mark === 'dbl-either') {
      if (top?.kind === 'dbl' && (mark === 'dbl-either' || text.charAt(at) === '"')) {
        stack.pop()
        emit(top, at, 1, false)
      } else if (mark === 'dbl-open') stack.push({ kind: 'dbl', at })
      return
    }
    if (mark === 'dbl-close') {
      const idx = findLast(stack, 'dbl')
      if (idx === -1) return
      const o = item(stack, idx)
      stack.length = idx
      emit(o, at, 1, false)
      return
    }
    if (mark === 'sgl-open') {
      stack.push({ kind: 'sgl', at })
      return
    }
    if (top?.kind !== 'sgl') return
    if (isPossessiveApostrophe(text, at, p.start, p.end, mi < lastSglClose)) return
    stack.pop()
    emit(top, at, 1, false)
  })
  const outer = stack[0]
  if (!outer) return { spans, strayAt: null }
  if (outer.kind === 'sgl' && swallowed > 0) return { spans, strayAt: outer.at }
  stack.length = 0
  if (outer.kind === 'dbl') emit(outer, p.end, 0, true)
  else if (outer.at === p.start && text.slice(outer.at + 1, p.end).split(/\s+/).length >= 8)
    emit(outer, p.end, 0, true)
  return { spans, strayAt: null }
}

function findLast(stack: readonly Open[], kind: Open['kind']): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.kind === kind) return i
  return -1
}
