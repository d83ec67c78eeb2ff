/**
 * Bounds on a number blank's wrong values that the article itself sets, beyond those of its own
 * clause (questions/number.ts upperBound, lowerBound): a part of a total stated before it ("Of the
 * 50 members, 31 voted"), the sides of a vote or a count of seats stated in the next or the previous
 * sentence ("Lee was elected with 220 votes. Tran received 192."), and a time served that the
 * article's own years limit ("arrested in 2020 and held for two years" in a story of 2022). And the
 * figures that are no quantity at all: an identifier, a code or a registration number. Pure.
 */
import type { NumberFact } from '../schema'

/**
 * "Of the 50 members of the committee, 31 voted …": the total a part is counted out of, stated
 * before it in its clause.
 */
const TOTAL_BEFORE_PART = /\b(?:of|out of)\s+(?:the\s+|its\s+|all\s+)?(\d[\d,]*)\s+[^,.;\d]{0,50},\s*$/i

/** The total stated before a part ("Of the 50 members …, _____ voted"), when there is one. */
export function totalBefore(sentenceBefore: string): number | undefined {
  const m = TOTAL_BEFORE_PART.exec(sentenceBefore)
  const total = Number((m?.[1] ?? '').replace(/,/g, ''))
  return m && Number.isFinite(total) ? total : undefined
}

/** "Of the _____ members of the committee, 31 voted …": the part stated after a total. */
const PART_AFTER_TOTAL = /^\s+[^,.;\d]{0,50},\s*(\d[\d,]*)\b/

/** The part counted out of a total ("Of the _____ members …, 31 voted"), when the number is that total. */
export function partAfter(sentenceBefore: string, sentenceAfter: string): number | undefined {
  if (!/\b(?:of|out of)\s+(?:the\s+|its\s+|all\s+)?$/i.test(sentenceBefore)) return undefined
  const m = PART_AFTER_TOTAL.exec(sentenceAfter)
  const part = Number((m?.[1] ?? '').replace(/,/g, ''))
  return m && Number.isFinite(part) ? part : undefined
}

/** What a count counts when it is one side of a contest: votes or seats. */
const SIDE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(votes?|seats?)\b/u

/** The contest a count is one side of ("votes", "seats"), or null. */
export function sideOf(article: string, n: Pick<NumberFact, 'end'>): 'votes' | 'seats' | null {
  const m = SIDE_AFTER.exec(article.slice(n.end, n.end + 20))
  if (!m?.[1]) return null
  return m[1].startsWith('vote') ? 'votes' : 'seats'
}

/**
 * Words before a count of years that make it time already served, which cannot run past the
 * article's own dates: "held for two years", "spent five years", "after 12 years in office", "for the
 * past three years". Not a sentence handed down or a term to come ("sentenced to 25 years").
 */
const ELAPSED_BEFORE =
  /\b(?:held|detained|jailed|imprisoned|spent|served|been|lived|worked|stayed|remained|ruled|led|governed|after|past|last)\s+(?:(?:for|nearly|almost|about|some|more than|over|the past|the last)\s+)*$/i
const NOT_ELAPSED =
  /\b(?:sentence[sd]?|sentencing|term|terms|would|will|shall|could|may|might|plans?|extend(?:s|ed)?|faces?|facing|up to)\b/i

/** Years (1800–2099) a text names. */
function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b(18\d\d|19\d\d|20\d\d)\b/g)].map((m) => Number(m[1]))
}

/**
 * The most years a time already served can be, from the years its sentence names and the story's
 * date ("arrested in March 2020 and held for two years before his release in 2022": 2 at most), or
 * undefined when it is no such time or no year bounds it.
 */
export function elapsedYearsMax(
  sentence: string,
  at: number,
  end: number,
  published: string | null,
): number | undefined {
  if (!/^\s*(?:full\s+)?years?\b/i.test(sentence.slice(end, end + 12))) return undefined
  const before = sentence.slice(0, at)
  if (!ELAPSED_BEFORE.test(before) || NOT_ELAPSED.test(before)) return undefined
  const now = published ? Number(published.slice(0, 4)) : Number.NaN
  const years = yearsIn(sentence).filter((y) => !Number.isFinite(now) || y <= now)
  if (years.length === 0) return undefined
  const from = Math.min(...years)
  const later = years.filter((y) => y > from)
  const to = later.length > 0 ? Math.max(...later) : now
  return Number.isFinite(to) && to > from ? to - from : undefined
}

/**
 * True when a figure is an identifier, not a quantity: a number after a code of capitals ("HB 2231",
 * "IMO 9321483", "S.B. 14"), after "ID", "No." or "#", or a run of five or more digits written
 * without commas and without a unit (no count of that size is written so: "40921" is a code).
 */
export function isIdentifier(
  article: string,
  n: Pick<NumberFact, 'start' | 'end' | 'kind' | 'unit' | 'text'>,
): boolean {
  const before = article.slice(Math.max(0, n.start - 12), n.start)
  // a code of two to five capitals, or of dotted capitals ("S.B."), before a count: never "A 30-day"
  if (n.kind === 'count' && /(?:^|[\s(])(?:[A-Z]{2,5}|(?:[A-Z]\.){1,4}[A-Z]?)\s*#?\s*$/.test(before))
    return true
  if (/\b(?:ID|id|No\.|no\.|number)\s*(?:is|was|:)?\s*#?\s*$/.test(before) || /#\s*$/.test(before))
    return true
  return n.kind === 'count' && n.unit === null && /^\d{5,}$/.test(n.text.trim())
}

/** "164 seats are needed for a majority", "needs 164 seats to govern alone": a majority stated as a count. */
const MAJORITY_NEEDED =
  /\b(?:needs?|needed|requires?|required|takes?)\s+(?:at least\s+)?(\d[\d,]*)\s+(?:seats|votes)\b|\b(\d[\d,]*)\s+(?:seats|votes)\s+(?:are\s+|is\s+)?(?:needed|required)\b/gi
/** A body's size stated anywhere: "the 326-seat assembly", "the assembly has 326 seats", "of its 326 seats". */
const BODY_SEATS =
  /\b(\d[\d,]*)-seat\b|\b(?:has|have|had|holds?|of)\s+(?:the\s+|its\s+|all\s+)?(\d[\d,]*)\s+seats\b/gi

/**
 * The least count of seats that makes a majority, as the article states it: a count stated as needed
 * ("A party needs 164 seats to govern alone"), else more than half of the one size of a body it
 * states ("The assembly has 326 seats" → 164); undefined when it states neither, or two sizes.
 */
export function majorityLine(article: string): number | undefined {
  const num = (x: string | undefined) => Number((x ?? '').replace(/,/g, ''))
  const needed = [...article.matchAll(MAJORITY_NEEDED)].map((m) => num(m[1] ?? m[2])).filter((x) => x > 0)
  if (needed.length > 0) return Math.min(...needed)
  const sizes = new Set([...article.matchAll(BODY_SEATS)].map((m) => num(m[1] ?? m[2])).filter((x) => x > 0))
  if (sizes.size !== 1) return undefined
  const [size] = [...sizes]
  return size === undefined ? undefined : Math.floor(size / 2) + 1
}
