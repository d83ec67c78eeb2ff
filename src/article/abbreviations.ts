/** Abbreviated month names ("Jan", "Sept"), lowercased. */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]

/** Words that end with a period without ending the sentence (compared lowercased, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'lt',
  'gen',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'rev',
  'fr',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'st',
  'ste',
  'mt',
  'ft',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'vs',
  'v',
  'no',
  'nos',
  'vol',
  ...MONTH_ABBREVIATIONS,
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'approx',
  'est',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'rd',
  'cf',
  'al',
  'fig',
  'op',
  'ed',
  'eds',
])

/**
 * Abbreviations that can close a sentence ("… a subsidiary of Acme Inc. The firm …"), as opposed to
 * titles and labels that always stand before something ("Sen.", "No.", "Jan.", "v.").
 */
const MAY_END_SENTENCE: ReadonlySet<string> = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'jr',
  'sr',
  'al',
  'est',
  'etc',
])

/**
 * Words that open a sentence and hardly ever follow an abbreviation inside one: articles, pronouns,
 * determiners and conjunctions that begin a clause. After "U.S." or "Inc." they mean a new sentence
 * ("… in the U.S. The bill …"); a name or a noun after it ("U.S. Senate") does not.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'but',
  'and',
  'so',
  'yet',
  'however',
  'meanwhile',
  'there',
  'then',
  'if',
  'when',
  'while',
  'after',
  'before',
  'although',
  'since',
  'because',
  'in',
  'on',
  'at',
  'for',
  'as',
  'some',
  'many',
  'most',
  'no',
  'both',
  'each',
  'every',
  'all',
  'one',
  'other',
  'others',
  'officials',
  'according',
])

/** Multi-dot forms such as U.S., U.K., e.g., a.m. — a letter, a dot, and more letter-dot pairs. */
const DOTTED = /^(?:\p{L}\.){2,}$/u

/**
 * Whether the word ending at a period (given with its period) is an abbreviation that does not end
 * a sentence: a listed title or month, a single initial ("J."), or a dotted form ("U.S.").
 */
export function isAbbreviation(wordWithDot: string): boolean {
  const w = wordWithDot.endsWith('.') ? wordWithDot.slice(0, -1) : wordWithDot
  if (w.length === 0) return false
  if (/^\p{Lu}$/u.test(w)) return true
  if (DOTTED.test(wordWithDot)) return true
  return ABBREVIATIONS.has(w.toLowerCase())
}

/**
 * Whether an abbreviation (given with its period) followed by `nextWord` still ends the sentence:
 * a dotted form, an initial or a company ending ("U.S.", "p.m.", "Inc.") before a word that opens
 * sentences ("The", "He", "But"). Titles, months and labels ("Sen.", "Jan.", "No.") never do.
 */
export function abbreviationEndsSentence(wordWithDot: string, nextWord: string): boolean {
  const w = wordWithDot.endsWith('.') ? wordWithDot.slice(0, -1) : wordWithDot
  const canEnd = DOTTED.test(wordWithDot) || /^\p{Lu}$/u.test(w) || MAY_END_SENTENCE.has(w.toLowerCase())
  if (!canEnd || !/^\p{Lu}/u.test(nextWord)) return false
  // "No. 5", "A. Smith": a one-letter opener after an initial is itself an initial
  if (nextWord.length === 1 && /^\p{Lu}$/u.test(w)) return false
  return SENTENCE_OPENERS.has(nextWord.toLowerCase())
}
