/**
 * The event a date attaches to, as a predicate clause of its sentence: the verb phrase after the
 * subject and any auxiliary ("be sworn in as mayor", "withdrew from the race"), without the date, its
 * preposition, a dangling end word or a following relative clause.
 */
import type { Sentence } from '../article/types'
import { item } from './item'

/** Auxiliaries left out of the event (the quiz reads them before it): same alternatives as the quiz. */
const AUX =
  /\b(?:will|would|is to|are to|was to|were to|(?:is|are|was|were) (?:expected|scheduled|due|set|slated) to|has been|have been|had been|has|have|had|was|were|is|are)\s+(?:(?:also|now|already|not)\s+)?(?=\p{Ll})/giu
/** Past-tense verbs: regular, and the common irregular ones (\b first: the cheap test of the three at a position). */
const PAST =
  /\b(?<!\b(?:his|her|their|its|the|a|an|my|our|your|been|be|every|each|all|some|any|no|many|several|other|these|those|this|that|newly|duly|democratically|popularly)\s)(?!(?:hundred|need|indeed|speed|seed|proceed|shed|bred|sacred|naked|wicked)\b)(?:\p{Ll}{2,}ed|said|told|met|won|became|began|went|took|made|gave|came|saw|held|left|lost|fell|rose|spoke|wrote|stood|sent|ran|paid|led|found|got|brought|thought|knew|withdrew|drew|grew|chose|broke|spent|sold|struck|fought|hit|quit|shot|flew|woke|signed|died|put|set|cut|tore|wore|swore|beat|bought|caught|taught|felt|kept|meant|built|heard|sat|drove|rode|sang|shut|split|spread|hurt|cost|let|read|understood|overtook|undertook|forgot|forbade|froze|hid|sank|shook|stole|struck|swept|threw|wound)\b(?!\s+(?:by|in)\b\s+\p{Lu})/u
/** Words a clause may not end on (the whole last word). */
const DANGLING_WORD =
  /^(?:the|a|an|of|to|for|from|with|by|on|in|at|as|and|or|but|that|which|who|will|would|has|have|had|is|are|was|were|be|been|its|his|her|their|our|this|these|those|under|into|over|about|officially|also|not|than|then|more|most|very|so)$/i
/** Where a predicate stops: a relative or subordinate clause. */
const STOP =
  /\s(?:which|who|whom|whose|where|because|although|though|whereas|when|after|before|so that|in order to)\b|\s\(|[,;]\s/i
const DATE_PREP =
  /(?:\b(?:on|in|since|by|at|from|until|till|of|during|for|before|after|through|throughout|into|between)\s+)?(?:\b(?:this|last|next|earlier|later|early|late|past|coming|the)\s+)*$/i
/** PAST with the g flag, for scanning a clause (reset lastIndex before each scan). */
const PAST_ALL = new RegExp(PAST.source, 'gu')
const MAX_WORDS = 16
/** Characters read on each side of a date for its clause (a clause of MAX_WORDS words fits easily). */
const CLAUSE_WINDOW = 300
const AUX_TEST = /\b(?:will|would|has|have|had|was|were|is|are)\b/i
const SUBORDINATE = /\b(?:since|after|before|when|while|until|because|where|who|which|that)\s+(?=\p{L})/giu
const BREAK_BEFORE = /^(?:for|in|of|with|from|at|on|by|and|or|but|as|under|into|over|about|than)$/i

/** Whether `s` holds at least `n` spaces. */
function hasSpaces(s: string, n: number): boolean {
  let found = 0
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) if (++found >= n) return true
  return false
}

function cut(words: string): string | null {
  let s = words.replace(/\s+/g, ' ').trim()
  const stop = STOP.exec(s)
  if (stop) s = s.slice(0, stop.index)
  // "… a proposed bill that would …": a relative "that" after a few words ends the predicate.
  const rel = /^(?:\S+\s+){3,}?(?=that\s)/.exec(s)
  if (rel) s = s.slice(0, rel[0].length)
  // more than MAX_WORDS words: at least MAX_WORDS spaces (s has single spaces); split only then
  if (hasSpaces(s, MAX_WORDS)) {
    const parts = s.split(' ')
    // too long: end before the last preposition or conjunction, so no phrase is cut in two
    const kept = parts.slice(0, MAX_WORDS)
    const at = kept.findLastIndex((w, i) => i >= 4 && BREAK_BEFORE.test(w))
    s = kept.slice(0, at > 0 ? at : MAX_WORDS).join(' ')
  }
  s = s.replace(/[\s,.;:!?"“”'‘’]+$/u, '')
  // drop dangling last words (s has single spaces and ends in a non-space here: the last word is
  // what follows the last space)
  for (
    let sp = s.lastIndexOf(' ');
    sp !== -1 && DANGLING_WORD.test(s.slice(sp + 1));
    sp = s.lastIndexOf(' ')
  ) {
    s = s.slice(0, sp)
  }
  return /\p{L}{2,}/u.test(s) ? s : null
}

/**
 * The predicate of `clause`: from a finite verb (after any auxiliary), or null. `last` takes the verb
 * nearest the end ("said the council would meet on Monday": the meeting is dated, not the saying).
 */
function predicate(clause: string, dateAt = -1): string | null {
  const chains: number[] = []
  AUX.lastIndex = 0
  const auxEnds = new Set<number>()
  for (let m = AUX.exec(clause); m !== null; m = AUX.exec(clause)) {
    const auxEnd = m.index + m[0].length
    auxEnds.add(auxEnd)
    // "what was left of …": an auxiliary in a free relative clause is not the clause's verb
    if (!/\b(?:what|whatever)\s+$/i.test(clause.slice(0, m.index))) chains.push(auxEnd)
  }
  const past = PAST_ALL
  past.lastIndex = 0
  for (let m = past.exec(clause); m !== null; m = past.exec(clause)) {
    // a participle right after an auxiliary belongs to that auxiliary's chain
    if (!auxEnds.has(m.index)) chains.push(m.index)
  }
  if (chains.length === 0) return null
  chains.sort((a, b) => a - b)
  const beforeDate = chains.filter((c) => c < dateAt)
  const at = beforeDate.at(-1) ?? item(chains, 0)
  // "re-elected", "co-founded": the verb's prefix is part of it
  const prefix = /\b\p{L}{1,5}-$/u.exec(clause.slice(Math.max(0, at - 6), at))
  return cut(clause.slice(prefix ? at - prefix[0].length : at))
}

/** Whether a clause ends at `i`: a semicolon, colon, dash, quote mark, or a sentence end inside a quotation. */
function endsClause(text: string, i: number): boolean {
  // char codes first: this runs on every character between a date and its clause's ends
  const code = text.charCodeAt(i)
  if (code === 59 || code === 58 || code === 0x2014 || code === 34 || code === 0x201c || code === 0x201d)
    return true
  if (code !== 46 && code !== 33 && code !== 63) return false
  return /\s/.test(text.charAt(i + 1)) && !/(?:^|\s)\p{Lu}[\p{L}.]{0,3}$/u.test(text.slice(i - 5, i))
}

/** The last match of the global regex `re` in `s`, or null. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null
  re.lastIndex = 0
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    last = m
    // an empty match would not move on (SUBORDINATE never matches empty, but stay safe)
    if (m[0] === '') re.lastIndex++
  }
  return last
}

/** A determiner right before a year: "the 2016 killing", "a 2015 ruling", "its 2019 budget". */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|his|her|their|this|that|our)\s+$/i
/** A year, a month and day, a day and month or a weekday: the other end of a date range. */
const RANGE_DATE =
  '(?:(?:1[5-9]|20)\\d\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\p{L}*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\p{L}*(?:\\s+\\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)'
/** The start of a range before a date: "from 2005 to [2010]", "between 2011 and [2015]". */
const RANGE_START_BEFORE = new RegExp(
  `\\b(?:from|between|since)\\s+${RANGE_DATE}(?:\\s+(?:to|and|until|till|through)|\\s*[-–—])?\\s*$`,
  'u',
)
/** The end of a range after a date: "[2005] to 2010", "[2011] and 2015", "[May 3] to May 5". */
const RANGE_END_AFTER = new RegExp(`^\\s*(?:to|and|until|till|through|[-–—])\\s*${RANGE_DATE}\\b`, 'u')
/**
 * A second clause joined by a conjunction: "arrested in 1963 [and released in 1974]", "signed on
 * Sept. 5 [and took effect …]", "hit on Monday [and 300 homes were lost]". Its verb (within a few
 * words of the conjunction) is another event, which the date does not date.
 */
const COORDINATED = new RegExp(
  `\\s(?:and|but|or|then)\\s+(?:[\\p{L}\\d,.'’-]+\\s+){0,4}?(?:(?:then|later|also|subsequently|was|were|had|has|have|is|are|will)\\s+)*(?=${PAST.source})`,
  'u',
)

/** The words after a date that still belong to its clause: no coordinated clause. */
function ownTail(after: string): string {
  const c = COORDINATED.exec(after)
  return c ? after.slice(0, c.index) : after
}

export function eventOf(text: string, s: Sentence, start: number, end: number): string | null {
  // "Today's ruling", "With Sunday's signings": a possessive date qualifies a noun, not a clause.
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return null
  // a bounded window around the date: a clause longer than that is cut, so a sentence of many dates
  // costs each date the same, not the whole sentence
  const from = Math.max(s.start, start - CLAUSE_WINDOW)
  const to = Math.min(s.end, end + CLAUSE_WINDOW)
  let a = start
  while (a > from && !endsClause(text, a - 1)) a--
  let b = end
  while (b < to && !endsClause(text, b)) {
    if (text.charAt(b) === '(') {
      const close = text.slice(b, to).indexOf(')') + b
      if (close > b) b = close
    }
    b++
  }
  const head = text.slice(a, start)
  const prep = DATE_PREP.exec(head)
  const before = head.slice(0, head.length - (prep?.[0].length ?? 0))
  const after = text.slice(end, b)
  // "On Sunday, X did Y" / "This past Friday, X did Y": the date opens the clause.
  if (!/\p{L}/u.test(before.replace(/\b(?:on|in|at|by|this|past|last|early|late)\b/giu, ''))) {
    const rest = after.replace(/^[\s,'’s]+/u, '')
    return predicate(rest)
  }
  // "the 2016 killing", "a 2015 decision": a year that qualifies a noun dates no clause of its own
  if (
    /^\d{4}$/.test(text.slice(start, end)) &&
    ATTRIBUTIVE_BEFORE.test(head.slice(-8)) &&
    /^\s+\p{Ll}/u.test(after)
  )
    return null
  // "served from 1998 until 2006", "between 2011 and 2015": one end of a range dates no event alone
  // (the start of a range is short: its test reads the last 40 characters only)
  if (RANGE_END_AFTER.test(after) || RANGE_START_BEFORE.test(before.slice(-40))) return null
  const tail = ownTail(
    /^[\s,.;:!?"“”'‘’]*$/u.test(after) || /^\s*,/.test(after) ? '' : (after.split(',')[0] ?? ''),
  )
  const clean = before.replace(/\s*\([^()]*\)/g, '')
  // "X, who …, and has been mayor since 1998": the comma segment that holds the date, when it has a verb.
  let segment = clean.slice(clean.lastIndexOf(',') + 1)
  // ", a drug first isolated in 1995": an appositive with a participle, not a clause.
  if (/^\s*(?:a|an)\s/i.test(segment) && !AUX_TEST.test(segment)) return null
  // "… arrested since the protests began in June": the date belongs to the clause it sits in.
  const sub = lastMatch(SUBORDINATE, segment)
  if (sub !== null) {
    const inner = segment.slice(sub.index + sub[0].length)
    // "… paused after a meeting on 3 March ended without a vote": the date sits in that clause
    if (predicate(inner) || predicate(`${inner} ${tail}`)) segment = inner
    // a clause whose verb is not known: better no event than the outer clause's
    else return null
  }
  return predicate(`${segment} ${tail}`, segment.length)
}
