/** A quotation with one key word blanked; the options are words of the same kind from the article. */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { contentWords, STOPWORDS, squash, words } from '../text'
import { attributionEvidence, shownQuote, usableQuotes } from './who-said'

/** Endings that mark a word's kind closely enough for same-kind options ("importance" ~ "tolerance"). */
const SUFFIXES = [
  'tions',
  'sions',
  'ments',
  'ities',
  'ances',
  'ences',
  'nesses',
  'ings',
  'tion',
  'sion',
  'ment',
  'ness',
  'ity',
  'ance',
  'ence',
  'ship',
  'ism',
  'ists',
  'ist',
  'ing',
  'ized',
  'ised',
  'ated',
  'ed',
  'ly',
  'ous',
  'ive',
  'ful',
  'less',
  'able',
  'ible',
  'ical',
  'al',
  'ic',
  'ary',
  'ory',
  'ers',
  'er',
]

/** The endings by their last letter, in the list's order: a word is tried only against its own. */
const SUFFIXES_BY_LAST = new Map<string, string[]>()
for (const s of SUFFIXES) SUFFIXES_BY_LAST.set(s.slice(-1), [...(SUFFIXES_BY_LAST.get(s.slice(-1)) ?? []), s])

/** A word's telling ending, by the list's order, or null. */
function suffixOf(w: string): string | null {
  const endings = SUFFIXES_BY_LAST.get(w.slice(-1)) ?? []
  return endings.find((s) => w.endsWith(s) && w.length >= s.length + 3) ?? null
}

const BLANK = '_____'

/** Words never used as options: they would read as field names in the quiz's JSON. */
const FIELD_NAMES = new Set(['answer', 'accept', 'explanation', 'evidence', 'options', 'prompt'])

/** Words ending like a verb or noun that are not one ("during", "nothing"). */
const FALSE_FRIENDS = new Set(
  'during nothing something anything everything morning evening thing things king spring string bring being ceiling wedding building according regarding including family july italy reply supply apply rally ally early only'.split(
    ' ',
  ),
)
/** Noun endings make the best blanks; verb and adverb endings less so. */
const SUFFIX_BONUS: Record<string, number> = {
  tion: 3,
  sion: 3,
  ment: 3,
  ness: 3,
  ity: 3,
  ance: 3,
  ence: 3,
  tions: 3,
  ments: 3,
  ities: 3,
  ship: 2,
  ism: 2,
  ist: 2,
  ists: 2,
}

/**
 * Words of `list` that `fits` and are within 4 letters of `w`'s length: how many, and the best three
 * (closest in length, then alphabetical) — what sorting them all would give, without the sort.
 */
function sameKindWords(
  list: string[],
  w: string,
  fits: (o: string) => boolean,
): { count: number; best: string[] } {
  const before = (a: string, b: string): boolean => {
    const d = Math.abs(a.length - w.length) - Math.abs(b.length - w.length)
    return d < 0 || (d === 0 && a < b)
  }
  const best: string[] = []
  let count = 0
  for (const o of list) {
    if (Math.abs(o.length - w.length) > 4 || !fits(o)) continue
    count++
    let at = best.length
    while (at > 0 && before(o, best[at - 1] ?? '')) at--
    if (at < 3) {
      best.splice(at, 0, o)
      if (best.length > 3) best.pop()
    }
  }
  return { count, best }
}

/** "a" or "an" right before the blank, lowercased, else null. */
export function articleBefore(text: string, at: number): 'a' | 'an' | null {
  const m = /(?:^|\s)(an?)\s+$/i.exec(text.slice(Math.max(0, at - 4), at))
  return m ? ((m[1] ?? '').toLowerCase() as 'a' | 'an') : null
}

/** True when `word` reads right after the article ("an election", never "an population"). */
export function fitsArticle(article: 'a' | 'an' | null, word: string): boolean {
  if (article === null) return true
  return /^[aeiou]/i.test(word) === (article === 'an')
}

export function quoteCompletionCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  // words of the article, lowercase only (no names), counted
  const counts = new Map<string, number>()
  for (const w of ctx.article.match(/\b[a-z][a-z-]*[a-z]\b/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1)
  // article words by ending, so options of the same kind are found without scanning every word;
  // only words that may ever be options: no hyphen, not a stopword or false friend
  let bySuffix: Map<string, string[]> | null = null
  const withSuffix = (suffix: string): string[] => {
    if (bySuffix === null) {
      const groups = new Map<string, string[]>()
      for (const o of counts.keys()) {
        const own = suffixOf(o)
        if (own === null || o.includes('-') || STOPWORDS.has(o) || FALSE_FRIENDS.has(o) || FIELD_NAMES.has(o))
          continue
        const list = groups.get(own)
        if (list) list.push(o)
        else groups.set(own, [o])
      }
      bySuffix = groups
    }
    return bySuffix.get(suffix) ?? []
  }
  for (const q of usableQuotes(ctx)) {
    if (!q.speaker) continue
    const shown = shownQuote(q.text, 35)
    const n = words(shown, ctx.cache).length
    if (n < 8) continue
    const quoteWords = new Set(words(q.text, ctx.cache))
    // candidate blanks: lowercase content words, once in the quote, with a known ending, not the first word
    const tokens = [...shown.matchAll(/\b[a-z][a-z-]*[a-z]\b/g)]
    let best: { word: string; index: number; options: string[]; score: number } | null = null
    for (const t of tokens) {
      const w = t[0]
      if (
        t.index === 0 ||
        w.length < 5 ||
        STOPWORDS.has(w) ||
        FALSE_FRIENDS.has(w) ||
        FIELD_NAMES.has(w) ||
        w.includes('-')
      )
        continue
      if (shown.indexOf(w) !== shown.lastIndexOf(w)) continue
      const suffix = suffixOf(w)
      // an adverb ("greatly", "completely") is filler, and a verb form ("getting", "elected") takes
      // other verbs as options that rarely make sense, as adjectives do other adjectives ("Ebola is
      // suitable"): blanks are nouns with a telling ending
      if (!suffix || !SUFFIX_BONUS[suffix]) continue
      const base = w.length + (counts.get(w) === 1 ? 2 : 0) + (SUFFIX_BONUS[suffix] ?? 0)
      // options add at most 3: a word that cannot beat the best so far is not worth finding options for
      if (best && base + 3 <= best.score) continue
      const stem = w.slice(0, Math.min(5, w.length - suffix.length + 1))
      const article = articleBefore(shown, t.index ?? 0)
      const options = sameKindWords(
        withSuffix(suffix),
        w,
        (o) =>
          o !== w &&
          !quoteWords.has(o) &&
          !o.startsWith(stem) &&
          !w.startsWith(o.slice(0, 5)) &&
          fitsArticle(article, o),
      )
      if (options.count < 2) continue
      const score = base + Math.min(options.count, 3)
      if (!best || score > best.score) best = { word: w, index: t.index ?? 0, options: options.best, score }
    }
    if (!best) continue
    const speaker = ctx.people.find(q.speaker)
    const evidence = attributionEvidence(ctx, q, speaker)
    if (!evidence) continue
    const blanked = `${shown.slice(0, best.index)}${BLANK}${shown.slice(best.index + best.word.length)}`
    const name = speaker?.name ?? q.speaker
    out.push({
      type: 'quote-completion',
      factKey: `quote:${q.start}`,
      prompt: `Complete what ${name} said: “${squash(blanked)}”`,
      answer: best.word,
      distractors: best.options,
      explanation: () => `${name} said “${shown}”. The article says: ${quoteEvidence(evidence)}`,
      evidence: evidenceAt(ctx, evidence.start, evidence.end),
      forbidden: [best.word],
      support: [[best.word], contentWords(q.text, ctx.cache).slice(0, 3)],
      score: 2.2 + (n <= 30 ? 0.3 : 0),
    })
  }
  return out
}
