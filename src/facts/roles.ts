import { item } from './item'
import { ROLE_HEADS, ROLE_STOPS, TITLE_WORDS } from './lexicon'
import { lowerCase } from './lower'
import type { Token } from './tokens'

/** "X is the city's mayor" / "X, who became the party leader": a role stated as a predicate. */
export const PREDICATE_ROLE =
  /^,?\s+(?:who\s+)?(?:is|was|has been|became|serves as|served as)\s+((?:the|a|an)\s+[^.,;:!?"“”]{1,60}?)(?=[.,;:!?]|$)/

export function roleWordsOf(phrase: string): string[] {
  const out = lowerCase(phrase)
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => w.length > 1 && !ROLE_STOPS.has(w))
  // "Gov. Ana Lima" is later "the governor"; "Justice Ana Lima" is "the judge"
  for (const w of [...out]) {
    const full = TITLE_SYNONYMS.get(w)
    if (full) out.push(full)
  }
  return out
}

/** Abbreviated titles and the role noun a later mention uses for them. */
const TITLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'],
  ['gov', 'governor'],
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['dr.', 'doctor'],
  ['prof.', 'professor'],
  ['supt.', 'superintendent'],
  ['cllr', 'councillor'],
  ['lt.', 'lieutenant'],
  ['gen.', 'general'],
  ['col.', 'colonel'],
  ['sgt.', 'sergeant'],
  ['capt.', 'captain'],
  ['justice', 'judge'],
  ['magistrate', 'judge'],
])

/** Pre-name role words in lowercase ("mayor-elect", "trade and industry commissioner"). */
export function roleBefore(
  text: string,
  tokens: readonly Token[],
  from: number,
): { start: number; end: number } | null {
  const adjacent = tokens[from - 1]
  if (
    !adjacent ||
    !(TITLE_WORDS.has(adjacent.lower) || ROLE_HEADS.has(adjacent.lower) || adjacent.lower.endsWith('-elect'))
  )
    return null
  let k = from - 1
  let first = -1
  let sawRole = false
  while (k >= 0 && from - k <= 6) {
    const t = item(tokens, k)
    const next = item(tokens, k + 1)
    if (t.sentence !== next.sentence || t.quoted) break
    const gap = text.slice(t.end + (t.possessive ? 2 : 0), next.start)
    if (gap !== ' ') break
    if (ROLE_STOPS.has(t.lower) && t.lower !== 'and') break
    // "Superintendent Ana Lima and board president Tom Reyes": the role of the second starts after "and"
    if (t.lower === 'and' && tokens[k - 1]?.cap && !TITLE_WORDS.has(item(tokens, k - 1).lower)) break
    if (/^\d/.test(t.text) && !/-year-old$/.test(t.lower)) break
    if (TITLE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower) || t.lower.endsWith('-elect')) sawRole = true
    first = k
    k--
  }
  if (first === -1 || !sawRole) return null
  while (first < from && item(tokens, first).lower === 'and') first++
  return { start: item(tokens, first).start, end: item(tokens, from - 1).end }
}

/** "The environment minister, Tomas Berg, ..." : a role phrase set before the name with a comma. */
export function roleBeforeComma(
  text: string,
  tokens: readonly Token[],
  from: number,
): { start: number; end: number } | null {
  const last = tokens[from - 1]
  const first = tokens[from]
  if (!last || !first || last.sentence !== first.sentence || text.slice(last.end, first.start) !== ', ')
    return null
  if (!(ROLE_HEADS.has(last.lower) || TITLE_WORDS.has(last.lower))) return null
  for (let k = from - 2; k >= Math.max(0, from - 7); k--) {
    const t = item(tokens, k)
    if (t.sentence !== first.sentence) return null
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return { start: t.start, end: last.end }
    if (/[,;:.]/.test(text.slice(t.end, item(tokens, k + 1).start))) return null
  }
  return null
}

/** One of , ; : . ! ? ( ) " “ ” (the marks that end an appositive), by char code. */
function isAppositiveEnd(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 40 ||
    c === 41 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201d
  )
}

/** ", a naturalised citizen," / ", mayor of the city of X," after a name. */
export function appositiveAfter(
  text: string,
  end: number,
  sentenceEnd: number,
): { start: number; end: number } | null {
  const m = /^,\s+/.exec(text.slice(end, end + 3))
  if (!m) return null
  const s = end + m[0].length
  let e = s
  const limit = Math.min(sentenceEnd, s + 160)
  while (e < limit && !isAppositiveEnd(text.charCodeAt(e))) e++
  if (e === limit && limit < sentenceEnd) return null
  const phrase = text.slice(s, e)
  const words = phrase.split(/\s+/).filter((w) => w)
  if (words.length === 0 || words.length > 12) return null
  const w0 = lowerCase(words[0] ?? '')
  if (['who', 'which', 'that', 'whose', 'where', 'when', 'and', 'but', 'said', 'says'].includes(w0))
    return null
  if (/^\d/.test(w0)) return null
  const hasRole = words.some((w) => TITLE_WORDS.has(lowerCase(w)) || ROLE_HEADS.has(lowerCase(w)))
  if (!['a', 'an', 'the'].includes(w0) && !hasRole) return null
  if (/\b(?:said|says|told|is|was|has|had|will)\b/.test(phrase)) return null
  return { start: s, end: e }
}
