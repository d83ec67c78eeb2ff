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
