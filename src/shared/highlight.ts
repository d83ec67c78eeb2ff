/**
 * Where the right answer sits in its evidence sentence, so feedback can show it marked.
 * Pure: used by the server-rendered result page and by the browser scripts alike.
 */

export interface Segment {
  text: string
  mark: boolean
}

const WORD_CHAR = /[\p{L}\p{N}]/u

function isBoundary(text: string, at: number): boolean {
  const ch = text[at]
  return ch === undefined || !WORD_CHAR.test(ch)
}

/** Index of `needle` in `text` (case-insensitive), preferring a whole-word match; -1 when absent. */
function findWord(text: string, needle: string): number {
  if (needle.length === 0) return -1
  const hay = text.toLowerCase()
  const want = needle.toLowerCase()
  let first = -1
  for (let i = hay.indexOf(want); i !== -1; i = hay.indexOf(want, i + 1)) {
    if (first === -1) first = i
    if (isBoundary(text, i - 1) && isBoundary(text, i + want.length)) return i
  }
  return first
}

/** Straight quotes for curly ones, so "we’ll" in an option finds "we'll" in the sentence. */
function straighten(text: string): string {
  return text.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"')
}

/**
 * Splits `sentence` into plain and marked segments: the answer's text where the sentence holds it,
 * else its longest word found there (e.g. "Ruiz" for "Ana Ruiz"), else nothing marked.
 */
export function highlightAnswer(sentence: string, answer: string): Segment[] {
  const text = straighten(sentence)
  const wanted = straighten(answer).trim()
  const candidates = [
    wanted,
    ...wanted
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter((w) => w.length >= 3)
      .sort((a, b) => b.length - a.length),
  ]
  for (const candidate of candidates) {
    const at = findWord(text, candidate)
    if (at === -1) continue
    const end = at + candidate.length
    return [
      { text: sentence.slice(0, at), mark: false },
      { text: sentence.slice(at, end), mark: true },
      { text: sentence.slice(end), mark: false },
    ].filter((s) => s.text.length > 0)
  }
  return [{ text: sentence, mark: false }]
}
