/** The act of a frame in the sentence's own words: after the verb, to the end of its clause, without dates. */
import { squash, words } from '../text'
import type { FrameKind } from './actors'

/** A money figure in the words after a verb: a funding frame needs one. */
const MONEY = /(?:[$£€]\s?\d|\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:dollars|euros|pounds))/i

/** Date words dropped from a frame's "what" (a when question asks them). */
const DATE_WORDS =
  /\s*\b(?:on\s+)?(?:today|yesterday|tonight|(?:last|this|next)\s+(?:week|month|year)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:on|in)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?)\b/gi

/**
 * A vote's count after the act ("passed the Safe Rivers Act 242–184", "by a vote of 7-2"): the vote
 * question asks it (questions/vote.ts), so the act's own words leave it out (issue 11m).
 */
const VOTE_COUNT =
  /\s(?:by\s+(?:a\s+(?:vote|margin)\s+of\s+)?)?\d{1,3}\s?[-–]\s?\d{1,3}(?![-–\d])(?:\s+votes?)?/g

/**
 * Where the "what" of a frame stops: the end of the act's own clause, or a clause of reason or time
 * ("… in contempt after he refused to testify": the act is "in contempt"), or a second act joined
 * by "and" ("urged the embassy to reconsider and spoke with …": the act is the first).
 */
const WHAT_END =
  /\swhich\s|\s(?:that) (?:would|will|could|has|had|have|is|was|were)\b|[;:]|\s[—–]\s|,\s+(?:and|but|while|which|who|after|as|saying|adding|calling|according|with|where|when|in response)\b|\s(?:after|because|although|though|unless)\s|\sand\s+(?:p{Ll}+ed|spoke|met|told|wrote|made|gave|took|sent|said)\s|\.\s*$/

/** A short gloss between two dashes: " — prorogation — ", " – the state's top court – ". */
const DASH_GLOSS = /\s[—–]\s[^—–;:"“”]{1,40}?\s[—–]\s/g

/** The act after the verb, up to the end of its clause, without dates; null when too short or long. */
export function readWhat(after: string, kind: FrameKind, verb: string): string | null {
  // a gloss set off by a pair of dashes inside the object ("the suspension — prorogation — of the
  // Parliament") is an aside, not the clause's end: dropped, so the object keeps what follows it
  let t = squash(after).replace(DASH_GLOSS, ' ')
  const end = WHAT_END.exec(t)
  if (end) t = t.slice(0, end.index)
  // a date or count taken out before a comma leaves no space before it ("the subpoena, pending …")
  t = squash(t.replace(DATE_WORDS, ' ').replace(VOTE_COUNT, ' '))
    .replace(/\s+([,;:])/g, '$1')
    .replace(/[\s,.;:]+$/, '')
  // an issued ruling, order or subpoena is a decision; an issued statement is not
  if (
    /^(?:issued)$/i.test(verb) &&
    !/^(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:ruling|opinion|order|decision|subpoena|injunction|judgment|verdict|warrant|sanctions?)\b/i.test(
      t,
    )
  )
    return null
  // "struck down": the verb's particle stays with it
  if (verb.toLowerCase() === 'struck' && !/^down\b/i.test(t)) return null
  const n = words(t).length
  if (n < 2 || n > 28) return null
  if (kind === 'money' && !MONEY.test(t)) return null
  if (/["“”]/.test(t)) return null
  return t
}
