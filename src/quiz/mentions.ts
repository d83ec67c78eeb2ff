/**
 * Where a name occurs in a text as whole words (no ASCII letter on either side). Pure.
 *
 * The article is searched for every entity's names, so one search per name over the whole article
 * grows with the article's length times its number of entities. `letterRuns` indexes the article
 * once (per generation, in its cache): a whole-word mention of a name that starts with a letter
 * starts a run of letters equal to the name's own first run, so only those offsets need a look.
 */
import { isAsciiLetter } from '../article/chars'

/** Start offsets of each maximal run of ASCII letters in a text, by the run, in text order. */
export type LetterRuns = ReadonlyMap<string, readonly number[]>

/** Indexes a text's runs of ASCII letters (one pass). */
export function letterRuns(text: string): LetterRuns {
  const out = new Map<string, number[]>()
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++
    const run = text.slice(start, i)
    const at = out.get(run)
    if (at) at.push(start)
    else out.set(run, [start])
  }
  return out
}

/** True when the character code is no ASCII letter (NaN, off either end of the text, counts as none). */
const noLetter = (c: number): boolean => !isAsciiLetter(c)

/**
 * Every start offset of `name` in `text` as whole words, in order. With `runs` (letterRuns of the
 * same text), a name that starts with a letter is looked up rather than searched for.
 */
export function mentions(text: string, name: string, runs?: LetterRuns): number[] {
  const out: number[] = []
  if (!name) return out
  if (runs && isAsciiLetter(name.charCodeAt(0))) {
    let k = 1
    while (k < name.length && isAsciiLetter(name.charCodeAt(k))) k++
    for (const i of runs.get(k === name.length ? name : name.slice(0, k)) ?? [])
      if (text.startsWith(name, i) && noLetter(text.charCodeAt(i + name.length))) out.push(i)
    return out
  }
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (noLetter(text.charCodeAt(i - 1)) && noLetter(text.charCodeAt(i + name.length))) out.push(i)
  return out
}

/** Where each name occurs in the article: found once per entity, read by every test of option-kinds.ts. */
export type Found = ReadonlyArray<{ name: string; at: readonly number[] }>

export function findMentions(article: string, names: string[], runs?: LetterRuns): Found {
  return names.map((name) => ({ name, at: mentions(article, name, runs) }))
}
