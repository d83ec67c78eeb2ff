/**
 * Two names of one person (issue 11, round 6: two right options): "Mara Voss, whose real name was Lina
 * Corvo", "Lina Corvo, better known as Mara Voss", "Rafa Lenn (born Rafael Lenhardt)", "Lina Corvo,
 * who went by the name Mara Voss". Where the reader kept the two as two people, each takes the other's
 * names, so neither is ever a wrong option beside the other, nor named in a prompt that keys the
 * other. Pure.
 */
import type { PersonFact } from '../schema'
import type { PeopleIndex } from './people'

/** The words between a name and another name of the same person. */
const SECOND_NAME =
  /^\s*,?\s*\(?\s*(?:who\s+(?:was\s+)?)?(?:born(?:\s+as)?|n[ée]e|whose\s+(?:real|birth|given|maiden|legal|full)\s+name\s+(?:is|was)|(?:also\s+|better\s+|formerly\s+|previously\s+|widely\s+)?known\s+as|a\.?k\.?a\.?|(?:who\s+)?(?:went|goes|going)\s+by(?:\s+the\s+name)?|(?:who\s+)?(?:used|uses|using|under|with)\s+the\s+(?:pseudonym|alias|name|stage\s+name|pen\s+name|nickname)|(?:her|his|their)\s+(?:real|birth)\s+name(?:\s+(?:is|was))?|real\s+name(?:\s+(?:is|was))?|nicknamed)\s*,?\s*$/i

/** Characters read after a name for the words that lead to a second name. */
const WINDOW = 48

/**
 * The pairs of people of the index that the article names as one ("X, born Y"), each pair once,
 * found by reading the few words after every mention.
 */
export function secondNamePairs(index: PeopleIndex, article: string): Array<[PersonFact, PersonFact]> {
  const starts = new Map<number, PersonFact>()
  for (const p of index.people)
    for (const { at } of index.foundOf(p, article)) for (const i of at) if (!starts.has(i)) starts.set(i, p)
  const out: Array<[PersonFact, PersonFact]> = []
  for (const p of index.people)
    for (const { name, at } of index.foundOf(p, article))
      for (const i of at) {
        const from = i + name.length
        const after = article.slice(from, from + WINDOW)
        // the second name starts where the leading words end: try each start in the window
        for (let k = 1; k < after.length; k++) {
          const q = starts.get(from + k)
          if (q === undefined || q === p) continue
          if (
            SECOND_NAME.test(after.slice(0, k)) &&
            !out.some(([a, b]) => (a === p && b === q) || (a === q && b === p))
          )
            out.push([p, q])
          break
        }
      }
  return out
}
