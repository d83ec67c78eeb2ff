import { item } from './item'
import {
  CALENDAR_WORDS,
  COMMON_CAPITALISED,
  COMPANY_ENDINGS,
  DEMONYMS,
  FEMALE_TITLES,
  MALE_TITLES,
  ORG_WORDS,
  OUTLETS,
  PLACE_STARTS,
  TITLE_WORDS,
  WORK_TYPES,
} from './lexicon'
import { lowerCase } from './lower'
import type { Token } from './tokens'

/** A run of capitalised words, split into a title part and a name part, and classified. */
export interface NameRun {
  /** Token indexes [from, to) of the whole run (title included). */
  from: number
  to: number
  /** Token index where the name part starts (after titles). */
  nameFrom: number
  kind: 'person' | 'organization' | 'outlet' | 'place' | 'title'
  /** The name as written (without titles). */
  name: string
  /** Title words before the name ("US President"), as written, or null. */
  title: string | null
  gender: 'm' | 'f' | null
  possessive: boolean
}

const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'bin',
  'al',
  'el',
  'ter',
])
const PRECEDING_PLACE = new Set([
  'in',
  'from',
  'at',
  'of',
  'to',
  'near',
  'across',
  'into',
  'throughout',
  'outside',
])
/**
 * Capitalised words that open a clause ("… in Europe But the plan failed", "Though Catholic, she …"):
 * never part of a name, so a run of capitalised words stops before one.
 */
const CLAUSE_OPENERS = new Set([
  'but',
  'and',
  'or',
  'nor',
  'yet',
  'so',
  'though',
  'although',
  'however',
  'because',
  'while',
  'whereas',
  'unless',
  'meanwhile',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'instead',
  'thus',
  'therefore',
  'hence',
  'indeed',
  'also',
  'then',
  'still',
])
/** `Robert "Bob" Smith`: a one-word nickname in quotation marks between two parts of a name. */
const NICKNAME_GAP = /^ ["“'‘]$/
const NICKNAME_CLOSE = /^["”'’] $/
/** Names are short: longer runs of capitalised words are cut (and kept linear). */
const MAX_RUN = 10
const ACRONYM = /^[\p{Lu}\d&.]{2,6}$/u
/** "Organiser", "activist": an agent noun that works as a title. */
const AGENT_NOUN = /^\p{Ll}{4,}(?:iser|izer|ist)$/u

/** A title or role word before a name: a listed one, "ex-…", or an agent noun such as "Organiser". */
export function isTitleWord(w: string): boolean {
  return (
    TITLE_WORDS.has(w) ||
    (w.length > 4 && w.endsWith('s') && TITLE_WORDS.has(w.slice(0, -1))) ||
    // "Congressmen", "Councilwomen": the plural of a listed "-man"/"-woman" title
    (w.endsWith('men') && TITLE_WORDS.has(`${w.slice(0, -3)}man`)) ||
    w.startsWith('ex-') ||
    // the ending first: most words have none of them
    ((w.endsWith('ist') || w.endsWith('iser') || w.endsWith('izer')) && AGENT_NOUN.test(w))
  )
}

export function isOutletName(name: string): boolean {
  const n = lowerCase(name).replace(/^the\s+/, '')
  return OUTLETS.has(n)
}

function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end + (a.possessive ? 2 : 0), b.start)
  return gap === ' ' || gap === '\u00a0'
}

/**
 * Finds runs of capitalised words outside quotations ("US President Ana Lima", "Court of Appeal",
 * "The Times") and classifies each as a person, organisation, outlet, place or bare title.
 */
export function findNameRuns(
  text: string,
  tokens: readonly Token[],
  lowerWords: ReadonlySet<string>,
): NameRun[] {
  const runs: NameRun[] = []
  let i = 0
  while (i < tokens.length) {
    const t = item(tokens, i)
    if (!t.cap || t.quoted) {
      i++
      continue
    }
    let j = i + 1
    while (j < tokens.length && j - i < MAX_RUN) {
      const prev = item(tokens, j - 1)
      const cur = item(tokens, j)
      // "the Parents' Council", "Teachers' Union": a plural possessive inside an organisation's name
      const pluralOwner =
        prev.possessive &&
        /^['’] $/.test(text.slice(prev.end, cur.start)) &&
        cur.cap &&
        ORG_WORDS.has(cur.lower)
      if (pluralOwner && cur.sentence === prev.sentence && !cur.quoted) {
        j++
        continue
      }
      // `Robert "Bob" Smith`: the quoted nickname stays inside the name
      const after = tokens[j + 1]
      if (
        cur.quoted &&
        cur.cap &&
        !prev.possessive &&
        after?.cap &&
        !after.quoted &&
        after.sentence === prev.sentence &&
        NICKNAME_GAP.test(text.slice(prev.end, cur.start)) &&
        NICKNAME_CLOSE.test(text.slice(cur.end, after.start))
      ) {
        j += 2
        continue
      }
      if (cur.cap && CLAUSE_OPENERS.has(cur.lower)) break
      if (
        prev.possessive ||
        cur.quoted ||
        cur.sentence !== prev.sentence ||
        !onlySpaceBetween(text, prev, cur)
      )
        break
      if (cur.cap) j++
      else if (
        PARTICLES.has(cur.text) &&
        (tokens[j + 1]?.cap ?? false) &&
        onlySpaceBetween(text, cur, item(tokens, j + 1))
      )
        j += 2
      else break
    }
    j = joinedEnd(text, tokens, i, j)
    const run = classifyRun(text, tokens, i, j, lowerWords)
    if (run) runs.push(run)
    i = j
  }
  return runs
}

const PARTICIPLE_NEXT =
  /^(?:whether|if|about|by|to|for|on|at|in|with|from|after|that|how|why|what|when|the|a|an|his|her|their)$/

/** Degrees and honours written after a name: "M.D.", "Ph.D", "Esq.", "Jr.", "J.D.", "CPA", "OBE". */
const POST_NOMINAL =
  /^(?:M\.?D|Ph\.?D|Esq|Jr|Sr|J\.?D|D\.?D\.?S|D\.?O|D\.?V\.?M|R\.?N|CPA|MBA|QC|KC|OBE|CBE|MBE|KBE|DBE|FRS)\.?$/u

/** Words that qualify an office between a body and its title ("Senate Majority Leader", "House Minority Whip"). */
const TITLE_QUALIFIERS = new Set([
  'majority',
  'minority',
  'ranking',
  'floor',
  'press',
  'general',
  'select',
  'standing',
])

const JOINERS = new Set(['of', 'for', 'and', 'to', 'on'])
/** Joiners that only the title of a law or work takes ("Reciprocal Access to Tibet Act", "Return on Investment"). */
const WORK_JOINERS = new Set(['to', 'on'])

/**
 * Extends a run over "of", "for", "and" when the words before name an organisation ("Court of
 * Appeal", "Center for X and Y"), or when the whole chain is the title of a law or framework ("Fair
 * Care for Seniors Act", "Use of Unlisted and Trial Drugs framework").
 */
function joinedEnd(text: string, tokens: readonly Token[], i: number, j0: number): number {
  let best = j0
  let scan = j0
  let orgOk = true
  while (scan < tokens.length && scan - i < MAX_RUN * 2) {
    const last = item(tokens, scan - 1)
    const joiner = item(tokens, scan)
    if (last.possessive || !JOINERS.has(joiner.text)) break
    let k = scan + 1
    // "the Royal Navy and the Coast Guard": "and the" starts a second name, not the rest of this one
    if (tokens[k]?.text === 'the' && joiner.text === 'and') break
    if (tokens[k]?.text === 'the') k++
    const nxt = tokens[k]
    if (!nxt?.cap || nxt.quoted || nxt.sentence !== last.sentence || !onlySpaceBetween(text, last, joiner))
      break
    let e = k + 1
    while (
      e < tokens.length &&
      e - i < MAX_RUN * 2 &&
      item(tokens, e).cap &&
      !item(tokens, e - 1).possessive &&
      onlySpaceBetween(text, item(tokens, e - 1), item(tokens, e))
    )
      e++
    orgOk = orgOk && tokens.slice(i, scan).some((x) => ORG_WORDS.has(x.lower))
    const tail = item(tokens, e - 1)
    const follower = tokens[e]
    const isWork =
      WORK_TYPES.has(tail.lower) ||
      (follower !== undefined &&
        follower.sentence === tail.sentence &&
        !follower.cap &&
        WORK_TYPES.has(follower.lower))
    if ((orgOk && !WORK_JOINERS.has(joiner.text)) || isWork) best = e
    scan = e
  }
  return best
}

/** Nouns that name a group right before its name: "the band Marsh Hollow", "the group Forum Xland". */
const GROUP_NOUNS = new Set([
  'band',
  'group',
  'trio',
  'duo',
  'quartet',
  'quintet',
  'choir',
  'orchestra',
  'ensemble',
  'troupe',
  'collective',
  'movement',
  'coalition',
  'alliance',
  'forum',
  'campaign',
  'network',
  'club',
  'team',
])
/** "the group Ana Ruiz founded", "the band Bo Tran joined": a person who founds, leads or joins the group. */
const VERB_AFTER_GROUP =
  /^(?:founded|co-founded|formed|created|started|led|leads|headed|heads|runs|ran|chairs|chaired|joined|left|quit)$/u

/**
 * A name that is a group's, not a person's: right after a group noun ("the band Marsh Hollow"), or a
 * plural after a lowercase "the" ("singer Ana Ruiz of the Blue Lanterns", "the Rangers").
 */
function isGroupName(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]
  const first = item(tokens, from)
  const last = item(tokens, to - 1)
  if (!before || before.cap || before.sentence !== first.sentence || before.possessive) return false
  if (text.slice(before.end, first.start) !== ' ') return false
  if (GROUP_NOUNS.has(before.lower)) {
    const next = tokens[to]
    return !(next && next.sentence === last.sentence && !next.cap && VERB_AFTER_GROUP.test(next.lower))
  }
  return before.lower === 'the' && !last.possessive && /[^su'’]s$/u.test(last.text) && to - from <= 3
}

/** Body words, then only title words or qualifiers, ending on a title: "Senate Majority Leader". */
function isBareOffice(lowers: readonly string[]): boolean {
  const orgAt = lowers.findLastIndex((w) => ORG_WORDS.has(w) && !TITLE_WORDS.has(w))
  const last = lowers[lowers.length - 1] ?? ''
  return (
    orgAt >= 0 &&
    orgAt < lowers.length - 1 &&
    TITLE_WORDS.has(last) &&
    lowers.slice(orgAt + 1).every((w) => isTitleWord(w) || TITLE_QUALIFIERS.has(w))
  )
}

function classifyRun(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lowerWords: ReadonlySet<string>,
): NameRun | null {
  let start = from
  // Drop capitalised common words (sentence openers) from the front.
  while (start < to) {
    const t = item(tokens, start)
    const sentenceStart = start === 0 || item(tokens, start - 1).sentence !== t.sentence
    if (
      COMMON_CAPITALISED.has(t.lower) &&
      !/^\p{Lu}{2,}$/u.test(t.text) &&
      !(t.lower === 'the' && start + 1 < to)
    )
      start++
    // "Sunday Presidents Ana Lima …", "Thai law": a weekday or month, or a lone nationality word.
    else if (CALENDAR_WORDS.has(t.lower) && !t.possessive) start++
    else if (DEMONYMS.has(t.lower) && (to - start === 1 || isTitleWord(item(tokens, start + 1).lower)))
      start++
    else if (sentenceStart && to - start === 1 && lowerWords.has(t.lower)) start++
    // "Asked whether …", "Speaking on …": a participle opening the sentence
    else if (
      sentenceStart &&
      to - start === 1 &&
      /^\p{Lu}\p{Ll}{2,}(?:ed|ing)$/u.test(t.text) &&
      PARTICIPLE_NEXT.test(tokens[to]?.lower ?? '')
    )
      start++
    else break
  }
  if (start >= to) return null
  // "Bo Tran, M.D.", "Ann Lee, Esq.": a degree or honour after a name is part of no name of its own
  if (to - start === 1 && POST_NOMINAL.test(item(tokens, start).text)) return null
  // "D-N.M.", "R-Okla.", "(R-South Carolina)", "(GA-5)": a party and state label or a district after a
  // lawmaker's name
  if (to - start === 1 && /^[DRI]-\p{Lu}[\p{L}.]*$/u.test(item(tokens, start).text)) return null
  if (
    /^(?:[DRI]-\p{Lu}|\p{Lu}{2}-(?:\d{1,2}|AL)$)/u.test(item(tokens, start).text) &&
    text.charAt(item(tokens, start).start - 1) === '('
  )
    return null
  const first = item(tokens, start)
  const last = item(tokens, to - 1)
  const textOf = (a: number, b: number): string => text.slice(item(tokens, a).start, item(tokens, b - 1).end)
  const lowers = tokens.slice(start, to).map((t) => t.lower)
  const withThe = first.lower === 'the'
  const core = withThe ? start + 1 : start
  const coreName = textOf(core, to)
  if (core === to - 1 && DEMONYMS.has(item(tokens, core).lower)) return null
  const base = { from: start, to, possessive: last.possessive, gender: null, title: null }
  if (isOutletName(coreName)) return { ...base, nameFrom: start, kind: 'outlet', name: textOf(start, to) }
  const after = tokens[to]
  const afterLower = after && after.sentence === last.sentence && !after.cap ? after.lower : ''
  // "Opposition leader Peter Fane": a word that only qualifies the title after it.
  if (to - start === 1 && afterLower !== '' && isTitleWord(afterLower) && tokens[to + 1]?.cap)
    return { ...base, nameFrom: to, kind: 'title', name: coreName, title: coreName }
  // "Washington, DC – …": a dateline names a place.
  if (isDateline(text, tokens, start, to)) return { ...base, nameFrom: start, kind: 'place', name: coreName }
  // "the United Steel Workers union", "the … framework": a name followed by what it is.
  // (not after a possessive: "Ann Lee's office" is her office, she is no organisation)
  if (
    afterLower !== '' &&
    !last.possessive &&
    (WORK_TYPES.has(afterLower) || (ORG_WORDS.has(afterLower) && !TITLE_WORDS.has(afterLower)))
  )
    return { ...base, from: core, nameFrom: core, kind: 'organization', name: coreName }
  // "Senate Majority Leader", "the House Speaker": a body's office with no name after it is a bare
  // title (a role phrase for whoever holds it), never an organisation or a person
  if (isBareOffice(lowers.slice(core - start)))
    return { ...base, from: core, nameFrom: to, kind: 'title', name: coreName, title: coreName }
  if (withThe) return { ...base, from: core, nameFrom: core, kind: 'organization', name: coreName }
  const orgAt = lowers.findLastIndex((w) => ORG_WORDS.has(w) && !TITLE_WORDS.has(w))
  const tail = lowers.length - 1 - orgAt
  // "Senate Majority Leader Chuck Rivers": a title after the organisation words, then a name.
  const titleAt = orgAt >= 0 ? lowers.slice(0, -1).findLastIndex((w) => isTitleWord(w)) : -1
  if (orgAt >= 0 && titleAt > orgAt && lowers.length - 1 - titleAt <= 3) {
    const nameStart = start + titleAt + 1
    const rest = lowers.slice(titleAt + 1)
    if (rest.every((w) => !ORG_WORDS.has(w)) && /^\p{Lu}/u.test(item(tokens, nameStart).text))
      return {
        ...base,
        nameFrom: nameStart,
        kind: 'person',
        name: textOf(nameStart, to),
        title: textOf(start, nameStart),
      }
  }
  // "Greenpeace International Ana Ruiz": an organisation, then a person's name.
  if (
    orgAt >= 0 &&
    orgAt < lowers.length - 1 &&
    tail >= 2 &&
    tail <= 3 &&
    lowers.slice(orgAt + 1).every((w) => !ORG_WORDS.has(w) && !TITLE_WORDS.has(w)) &&
    !PLACE_STARTS.has(lowers[orgAt + 1] ?? '') &&
    /^\p{Lu}/u.test(item(tokens, start + orgAt + 1).text)
  ) {
    const nameStart = start + orgAt + 1
    return {
      ...base,
      nameFrom: nameStart,
      kind: 'person',
      name: textOf(nameStart, to),
      title: textOf(start, nameStart),
    }
  }
  if (ORG_WORDS.has(last.lower) || orgAt >= 0 || (to - start >= 2 && COMPANY_ENDINGS.test(last.lower)))
    return { ...base, nameFrom: start, kind: 'organization', name: textOf(start, to) }
  // Titles: everything up to the last title word.
  let lastTitle = -1
  for (let k = start; k < to - 1; k++) if (isTitleWord(item(tokens, k).lower)) lastTitle = k
  const nameFrom = Math.max(lastTitle + 1, start)
  if (lowers.every((w) => isTitleWord(w)))
    return { ...base, nameFrom: to, kind: 'title', name: textOf(start, to), title: textOf(start, to) }
  const title = nameFrom > start ? textOf(start, nameFrom) : null
  if (TITLE_WORDS.has(last.lower) && nameFrom === start)
    return { ...base, nameFrom: to, kind: 'title', name: textOf(start, to), title: textOf(start, to) }
  let gender: 'm' | 'f' | null = null
  for (let k = start; k < nameFrom; k++) {
    const w = item(tokens, k).lower
    if (MALE_TITLES.has(w)) gender = 'm'
    if (FEMALE_TITLES.has(w)) gender = 'f'
  }
  let nameStart = nameFrom
  const before = tokens[start - 1]
  // "First Minister of Wales Ana Ruiz", "the ambassador to Spain Tom Bale": a place after a title and
  // its preposition, then the name (the last two words)
  if (
    title === null &&
    to - nameFrom >= 3 &&
    (before?.lower === 'of' ||
      (before !== undefined &&
        PRECEDING_PLACE.has(before.lower) &&
        isTitleWord(tokens[start - 2]?.lower ?? '') &&
        tokens[start - 2]?.sentence === before.sentence))
  )
    nameStart = to - 2
  const name = textOf(nameStart, to)
  const nameTokens = to - nameStart
  const firstName = item(tokens, nameStart)
  const afterAccording = before?.lower === 'to' && tokens[start - 2]?.lower === 'according'
  if (title === null && nameStart === nameFrom && isGroupName(text, tokens, start, to))
    return { ...base, nameFrom, kind: 'organization', name }
  if (title === null && nameStart === nameFrom) {
    if (nameTokens === 1 && ACRONYM.test(firstName.text) && firstName.text.length <= 6)
      return { ...base, nameFrom, kind: 'organization', name }
    if (nameTokens >= 2 && PLACE_STARTS.has(firstName.lower))
      return { ...base, nameFrom, kind: 'place', name }
    if (
      before &&
      !afterAccording &&
      PRECEDING_PLACE.has(before.lower) &&
      nameTokens <= 2 &&
      before.sentence === firstName.sentence
    )
      return { ...base, nameFrom: nameStart, kind: 'place', name }
  }
  return { ...base, nameFrom: nameStart, kind: 'person', name, title, gender }
}

/**
 * Whether the run is part of a dateline at the start of its sentence: "Washington, DC – …" or
 * "LAGOS, Nigeria — …" (a place, a comma and at most a short region, then a dash).
 */
function isDateline(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = item(tokens, from)
  let s = from
  while (s > 0 && item(tokens, s - 1).sentence === first.sentence && from - s < 4) s--
  if (s > 0 && item(tokens, s - 1).sentence === first.sentence) return false
  // both patterns below need a comma, bracket, period or space right after the run
  const end = item(tokens, to - 1).end
  const next = text.charCodeAt(end)
  if (!(next === 44 || next === 40 || next === 46 || next === 32 || /\s/.test(text.charAt(end)))) return false
  const before = text.slice(item(tokens, s).start, first.start)
  const after = text.slice(end, end + 24)
  if (before === '') return /^(?:\s*\([^)]*\))?,(?:\s+[\p{Lu}][\p{L}.]*){1,3}\s+[–—-]\s/u.test(after)
  return /^(?:[\p{Lu}][\p{L}.]*\s?){1,3},\s+$/u.test(before) && /^\.?\s+[–—-]\s/u.test(after)
}
