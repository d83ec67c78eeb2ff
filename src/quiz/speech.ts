/**
 * Whether a quotation is speech — words a person or a body said, wrote or stated — rather than a
 * quoted term nobody said: a criminal charge ("charged with “support of a terrorist group”"), the
 * wording of a form, a law, a clause or a ballot question, a slogan or a title, or a court's finding
 * (asked through the decision frame, not as "who said"). Who-said questions and their true/false
 * twins are asked of speech only.
 *
 * The reader (src/facts) marks quoted terms (`kind: 'term'`); on top of that this module stays
 * conservative: the attribution must be a speech verb or a speech pattern (a colon introduction, an
 * issued statement, a quote running on), and no words right before the quotation may make it a term.
 */
import { speechLemma } from '../facts/speech-verbs'
import type { QuoteFact } from '../schema'

/** Attribution patterns of the reader that always introduce speech, whatever their verb. */
const SPEECH_PATTERNS = new Set([
  'colon',
  'x-issued-statement',
  'statement-from-x',
  'continuation',
  'according-to-x',
  'repeat',
])

/** Verbs the reader counts as attribution that report a finding or a decision, not speech. */
const FINDING_VERBS = /^(?:decided|decides|found|finds|ruled|rules|held|holds|determined|determines|framed)$/i

/**
 * Words right before a quotation that make it a term, a charge or a document's wording: "charged
 * with “…”", "convicted of “…”", "the form asks “…”", "the ballot question reads “…”".
 */
const TERM_BEFORE =
  /\b(?:charged with|charges? of|accused of|convicted of|guilty of|counts? of|offen[cs]es? of|crimes? of|indicted (?:on|for)|(?:forms?|ballots?|questions?|petitions?|laws?|clauses?|provisions?|statutes?|bills?|documents?|signs?|banners?|placards?|orders?)\s+(?:that\s+|which\s+)?(?:reads?|asks?|asked|says|states?|stated))\s*[,:]?\s*["'“‘]?\s*$/i

/** True when the quotation is something its speaker said (see the module comment). */
export function isSpeech(q: QuoteFact): boolean {
  if (q.kind === 'term' || !q.attribution) return false
  const { pattern, verb } = q.attribution
  const spoken = SPEECH_PATTERNS.has(pattern) || (verb !== null && speechLemma(verb) !== undefined)
  if (!spoken || (verb !== null && FINDING_VERBS.test(verb))) return false
  const before = q.sentence.text.slice(
    Math.max(0, q.start - q.sentence.start - 60),
    q.start - q.sentence.start,
  )
  return !TERM_BEFORE.test(before)
}
