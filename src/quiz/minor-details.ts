/**
 * Minor details a civics teacher asks only when nothing central is left (issue 11, round 6): the home
 * state of one of a bill's many cosponsors, a population, a family member's age or an age gap, a
 * small party's seats beside the winner's, a change in a share ("up 1.5 points"), and a date that
 * dates a side event of a sentence rather than its civic news. Each is scored down, not dropped, so a
 * quiz the article cannot fill otherwise may still ask it. Pure.
 */
import type { DateFact, NumberFact, PersonFact } from '../schema'

/** The score a minor detail takes: below every question on a central fact. */
export const MINOR_SCORE = 1.2

/** Words before a name in its sentence that make its bearer one of a bill's cosponsors, not its sponsor. */
const COSPONSOR_BEFORE =
  /\b(?:co-?sponsor(?:s|ed|ing)?|co-?authors?|co-?signers?|joined by|along with|with support from|supported by|signed on)\b/i

/** True when the name follows a cosponsor's cue in its sentence ("… cosponsored by Rep. Bo Tran (R-TX)"). */
export function namedAsCosponsor(sentence: string, names: readonly string[]): boolean {
  for (const n of names) {
    const at = sentence.indexOf(n)
    if (at > 0 && COSPONSOR_BEFORE.test(sentence.slice(0, at))) return true
  }
  return false
}

/** A person's relation to someone in the story: their age is a family detail. */
const FAMILY =
  /\b(?:wife|husband|spouse|partner|son|daughter|child|children|mother|father|parent|brother|sister|sibling|grandson|granddaughter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|fianc[ée]e?|widow|widower)\b/i

/** True when an age is a family member's ("his wife, Mia Tran, 27", role "wife of …"). */
export function familyAge(sentence: string, at: number, owner: PersonFact): boolean {
  if (owner.role !== null && FAMILY.test(owner.role)) return true
  // "his wife, Mia Tran, 27": a family word in the clause right before the age
  const before = sentence.slice(Math.max(0, at - 60), at)
  return /\b(?:his|her|their|whose)\s+(?:\p{L}+\s+)?/u.test(before) && FAMILY.test(before)
}

/** Words before a figure that make it a place's size: "a city of 3 million", "a country of 40 million". */
const POPULATION_BEFORE =
  /\b(?:city|town|country|nation|state|island|province|region|territory|metropolis)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more than\s+)?$|\bpopulation\s+(?:of|is|was|stands at|reached)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more than\s+)?$/i

/** Words around a figure that make it a change in a share: "up 1.5 points", "rose by 2 percentage points". */
const CHANGE_BEFORE =
  /\b(?:up|down|rose|fell|increased|decreased|dropped|grew|climbed|declined|gained|lost|jumped|slipped|change of|increase of|decrease of|drop of|rise of|fall of)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i
const POINTS_AFTER = /^\s*(?:%\s*)?(?:percentage\s+)?points?\b/i

/** A count written as a body's size: "three-judge", "650-seat", "41-member". */
const BODY_SIZE = /-(?:judge|member|seat|strong|person|justice)$/i

/** Seats after a count. */
const SEATS_AFTER = /^\s*(?:[\p{L}-]+\s+)?seats?\b/u

/**
 * True for a figure that is background next to the news: a place's population, an age gap, a body's size as its
 * adjective ("the three-judge court"), a change in a share,
 * or a small party's seats (a count of seats under a quarter of `most`, the largest count of seats
 * the article gives (mostSeats), or one it calls small).
 */
export function minorFigure(article: string, n: NumberFact, most: number): boolean {
  const before = article.slice(Math.max(0, n.start - 40), n.start)
  const after = article.slice(n.end, n.end + 30)
  if (POPULATION_BEFORE.test(before)) return true
  // an age gap ("24 years his junior", "ten years older"): a family detail
  if (/^\s*years?\s+(?:(?:his|her|their)\s+(?:junior|senior)|younger|older)\b/i.test(after)) return true
  // a body's standing size as its adjective ("the three-judge court", "a 650-seat assembly"): background
  if (BODY_SIZE.test(n.text) || /^-(?:judge|member|seat|strong|person|justice)\b/i.test(after)) return true
  if (
    (n.kind === 'percent' || n.kind === 'count') &&
    (CHANGE_BEFORE.test(before) || POINTS_AFTER.test(after))
  )
    return /%|percent|points?\b/i.test(n.text + after.slice(0, 25))
  if (n.kind === 'count' && SEATS_AFTER.test(after)) {
    if (/\bsmall(?:er|est)?\s+(?:\p{L}+\s+){0,3}$/iu.test(article.slice(n.sentence.start, n.start)))
      return true
    return most > n.value && n.value * 4 < most
  }
  return false
}

/**
 * The largest count of seats of a side the article gives (not a total: "out of 91 seats", "of the
 * 326 seats"): worked out once per generation by the caller and passed to minorFigure.
 */
export function mostSeats(article: string, numbers: readonly NumberFact[]): number {
  let most = 0
  for (const x of numbers)
    if (x.kind === 'count' && SEATS_AFTER.test(article.slice(x.end, x.end + 30)))
      if (!/\b(?:of|out of)\s+(?:the\s+)?$/i.test(article.slice(Math.max(0, x.start - 12), x.start)))
        most = Math.max(most, x.value)
  return most
}

/** Words of a civic event (shared with true-false.ts's CIVIC_EVENT by the caller). */
type EventTest = (text: string) => boolean

/**
 * True when a date is tied to its sentence's civic event: the verb of the event the reader gave the
 * date is a civic one ("ruled", not "arrested … at the state court"), a year written before a noun
 * dates that noun ("the 2016 killing"), and a date with neither is tied when its own clause names a
 * civic event ("The law was passed in 1965").
 */
export function dateTiedToEvent(d: DateFact, civic: EventTest): boolean {
  const rel = d.start - d.sentence.start
  const text = d.sentence.text
  const noun = /^\s+(\p{Ll}+)/u.exec(text.slice(rel + d.text.length))
  if (noun?.[1] && /\b(?:the|a|an|its|his|her|their|this|that|\p{L}+['’]s)\s+$/iu.test(text.slice(0, rel)))
    return civic(noun[1])
  if (d.event) return civic(d.event.split(/\s+/)[0] ?? '')
  const from = Math.max(text.lastIndexOf(',', rel), text.lastIndexOf(';', rel)) + 1
  const next = text.slice(rel).search(/[,;]/)
  return civic(text.slice(from, next < 0 ? text.length : rel + next))
}
