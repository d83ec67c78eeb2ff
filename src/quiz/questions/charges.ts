/**
 * "True or false: According to the article, the two articles of impeachment charged abuse of power and
 * obstruction of Congress" — what an impeachment, an indictment or a complaint charges, when the article
 * lists the charges ("impeached the governor on two articles: abuse of power and obstruction of
 * Congress", "two articles of impeachment, charging abuse of power and obstruction of Congress",
 * "indicted on two counts: fraud and perjury"). The false statement swaps one charge for a civic charge
 * the article never names, so it reads as plausible and is wrong by the text (issue 11m).
 */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { articleSentences } from '../frames/sentences'
import { fnv1a } from '../random'
import { insideQuote, listAnd, squash } from '../text'

/** Charges a false statement may put in a listed charge's place: general civic vocabulary. */
const CHARGES = [
  'bribery',
  'perjury',
  'treason',
  'obstruction of justice',
  'abuse of power',
  'obstruction of Congress',
  'contempt of Congress',
  'tax evasion',
  'election fraud',
  'corruption',
]

/**
 * "N articles (of impeachment)" or "N counts", then ":" / "," / "charging" / "for", then two charges
 * joined by "and" (each two to five words, lowercase but for a body's name: "obstruction of Congress").
 * Group 1 is the count word, 2 what is counted, 3 and 4 the charges.
 */
const LISTED =
  /\b(two|three)\s+(articles(?:\s+of\s+impeachment)?|counts|charges)\s*(?::|,\s*(?:charging(?:\s+\w+\s+with)?|for|of)|—|–)\s*((?:\p{Ll}[\p{Ll}-]*)(?:\s+(?:of\s+)?[\p{L}-]+){0,3}),?\s+and\s+((?:\p{Ll}[\p{Ll}-]*)(?:\s+(?:of\s+)?[\p{L}-]+){0,3}?)(?=\s*[.;,)]|\s*$)/gu

/** A charge reads as one: lowercase words, with "of" and a capitalised body at most ("of Congress"). */
function plainCharge(text: string): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]*(?:\s+(?:of\s+(?:the\s+)?)?[\p{L}-]+){0,3}$/u.test(text) &&
    !/\b(?:and|or|who|which|that)\b/.test(text)
  )
}

export function chargeCandidates(ctx: Context, seed: string): Candidate[] {
  const out: Candidate[] = []
  const lower = ctx.article.toLowerCase()
  for (const s of articleSentences(ctx)) {
    if (!/\b(?:articles|counts|charges)\b/.test(s.text)) continue
    for (const m of s.text.matchAll(LISTED)) {
      const at = m.index ?? 0
      if (insideQuote(s.text, at)) continue
      const counted = m[2] ?? ''
      const charges = [m[3] ?? '', m[4] ?? ''].map((c) => squash(c))
      // "three articles: a and b" lists fewer than it counts: some charge is elsewhere
      if (m[1] !== 'two' || !charges.every(plainCharge)) continue
      // the false charge: one the article never names, chosen by the seed
      const unused = CHARGES.filter((c) => !lower.includes(c.toLowerCase()))
      const swap = unused[fnv1a(`${seed}|charge|${s.start}`) % Math.max(1, unused.length)]
      if (swap === undefined) continue
      const what = /^articles/.test(counted) ? 'the two articles of impeachment' : `the two ${counted}`
      const say = (list: string[]) => `According to the article, ${what} charged ${listAnd(list)}`
      const evidence = evidenceAt(ctx, s.start, s.end)
      const factKey = `charges:${s.start}`
      const preferred = fnv1a(`${seed}|tf|${factKey}`) % 2 === 0
      const which = fnv1a(`${seed}|which|${factKey}`) % 2
      const falseList = charges.map((c, i) => (i === which ? swap : c))
      for (const truth of [true, false])
        out.push({
          type: 'true-false',
          factKey,
          prompt: `True or false: ${say(truth ? charges : falseList)}`,
          answer: truth ? 'True' : 'False',
          distractors: [truth ? 'False' : 'True'],
          explanation: () =>
            truth
              ? `True. The article says: ${quoteEvidence(evidence)}`
              : `False: they charged ${listAnd(charges)}, not ${swap}. ${quoteEvidence(evidence)}`,
          evidence,
          forbidden: [],
          support: [[charges[0] ?? ''], [charges[1] ?? '']],
          // what a decision charges is asked with the frames, above a figure
          score: 3.3 + (truth === preferred ? 0.05 : 0),
        })
      break
    }
  }
  return out
}
