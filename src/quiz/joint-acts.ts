/**
 * Acts of more than one person (issue 11, round 6: two right options). "Senators Ann Lee and Bo Tran
 * proposed the act" is asked with the pair as its key ("Ann Lee and Bo Tran"), never with one of
 * them; and an act another person of the article did too ("Lee was convicted of fraud. His partner
 * Bo Tran was also convicted of fraud.") cannot be asked of one of them. Pure.
 */
import { escapeRegExp } from './text'

/**
 * What may stand between two joined names: a party-state tag or the place a person is of ("(D-OR)",
 * "of Nigeria"), a comma, "and" or "along with", and a title.
 */
const TAG = String.raw`(?:\s*\([^()]{1,30}\)|\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?`
const TITLE = String.raw`(?:(?:\p{Lu}[\p{Ll}]*\.?|\p{Ll}+)\s+){0,3}`
/** What joins the last two names of a list, and what may join earlier ones (a comma too). */
const JOIN_LAST = String.raw`(?:,\s*and|\s+and|\s*&|,?\s+(?:along|together)\s+with)`
const JOIN_ANY = String.raw`(?:,\s*and|,|\s+and|\s*&|,?\s+(?:along|together)\s+with)`

/**
 * The people joined with the actor as one subject ("Ann Lee and Bo Tran proposed …", "Rep. Ann Lee
 * (D-OR), Rep. Cy Diaz (D-CA) and Rep. Bo Tran (R-TX) introduced …"): of `others`, each named in
 * the list that ends with the actor's mention at `actorAt` of `sentence`.
 */
export function jointWith<T>(
  sentence: string,
  actorAt: number,
  others: ReadonlyArray<{ who: T; names: readonly string[] }>,
): T[] {
  const out: T[] = []
  let head = sentence.slice(0, actorAt)
  for (let more = true; more; ) {
    more = false
    for (const o of others) {
      if (out.includes(o.who)) continue
      for (const n of o.names) {
        // the name next to the actor is joined by "and", "&" or "along with"; a comma alone joins only
        // earlier names of a list ("A, B and C"): "After meeting Senator A, Senator B introduced …" is
        // no list (issue 11m)
        const join = out.length === 0 ? JOIN_LAST : JOIN_ANY
        const re = new RegExp(`${escapeRegExp(n)}${TAG}\\s*${join}\\s+${TITLE}$`, 'u')
        const m = re.exec(head)
        if (!m) continue
        out.push(o.who)
        head = head.slice(0, m.index)
        more = true
        break
      }
    }
  }
  return out
}

/** Two names as one option: "Ann Lee and Bo Tran". */
export function pair(a: string, b: string): string {
  return `${a} and ${b}`
}

/**
 * Wrong options for a pair keyed: pairs of the wrong people, each person in at most two, none
 * holding a keyed person (a pair with one right name would be half right). Three pairs from three
 * people or more; fewer when there are fewer.
 */
export function wrongPairs(wrong: readonly string[]): string[] {
  const [a, b, c, d] = wrong
  if (a === undefined || b === undefined) return []
  if (c === undefined) return [pair(a, b)]
  if (d === undefined) return [pair(a, b), pair(b, c), pair(a, c)]
  return [pair(a, b), pair(c, d), pair(a, c)]
}

/** Verbs of one legal act: someone sentenced was convicted, someone indicted was charged. */
const SAME_ACT: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['convicted', 'sentenced', 'jailed', 'imprisoned']),
  new Set(['charged', 'indicted']),
  new Set(['acquitted', 'cleared']),
  new Set(['arrested', 'detained']),
]

/** The verbs naming the same act as `verb`'s last word ("was convicted" → convicted, sentenced, …). */
export function sameActVerbs(verb: string): string[] {
  const last = verb.split(/\s+/).pop() ?? ''
  for (const set of SAME_ACT) if (set.has(last)) return [...set]
  return [last]
}
