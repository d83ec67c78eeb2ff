/** "Which news outlet does the article credit …?" when the article cites one. */
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { capitalize, containsPhrase, escapeRegExp, squash, stripFinal, wordCount } from '../text'

/**
 * Well-known outlets, used only when the article cites too few outlets of its own to fill the options.
 * None is ever shown if the article mentions it.
 */
const WELL_KNOWN_OUTLETS = [
  'Reuters',
  'Agence France-Presse',
  'The New York Times',
  'The Washington Post',
  'Al Jazeera',
  'CNN',
  'NPR',
  'Bloomberg',
]

const PRONOUN_START = /^(?:he|she|they|it|this|that|these|those|his|her|their)\b/i

/** The sentence's claim without its citation ("According to X, …" / "…, according to X."), or null. */
export function claimWithoutCitation(sentence: string, outlet: string): string | null {
  const o = `(?:the\\s+)?${escapeRegExp(outlet.replace(/^the\s+/i, ''))}`
  const s = squash(sentence)
  const patterns = [
    new RegExp(`^According to ${o}(?:['’]s [^,]{1,40})?,\\s*(.+)$`, 'i'),
    new RegExp(`^(.+?),?\\s+according to ${o}[.!]?$`, 'i'),
    new RegExp(`^${o} reported(?: that)?,?\\s+(.+)$`, 'i'),
  ]
  for (const re of patterns) {
    const m = re.exec(s)
    const claim = m?.[1] ? stripFinal((m[1].split(/;|:\s*["“‘']/)[0] ?? '').trim()) : null
    if (!claim || wordCount(claim) < 5 || PRONOUN_START.test(claim)) continue
    if (containsPhrase(claim, outlet)) continue
    return capitalize(claim)
  }
  return null
}

/**
 * The claim as a clause after "reported that": its first letter lowered unless the first word is a
 * name (written capitalised inside a sentence somewhere in the article) or an acronym. A paraphrase
 * gets no quotation marks.
 */
function asClause(claim: string, article: string): string {
  const first = /^[\p{L}’']+/u.exec(claim)?.[0] ?? ''
  if (first === '' || /^\p{Lu}{2,}|^I$/u.test(first)) return claim
  const midSentence = new RegExp(`[\\p{Ll}\\d,] ${escapeRegExp(first)}(?![\\p{L}])`, 'u')
  return midSentence.test(article) ? claim : first.toLowerCase() + claim.slice(first.length)
}

export function sourceCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  const outlets = [
    ...ctx.facts.sources.map((s) => s.outlet),
    ...ctx.people.people.filter((p) => p.kind === 'outlet').map((p) => p.name),
  ].filter((o, i, all) => all.findIndex((x) => x.toLowerCase() === o.toLowerCase()) === i)
  for (const s of ctx.facts.sources) {
    const claim = claimWithoutCitation(s.sentence.text, s.outlet)
    if (!claim) continue
    const wrong = [
      ...outlets.filter((o) => o.toLowerCase() !== s.outlet.toLowerCase()),
      ...WELL_KNOWN_OUTLETS.filter((o) => !containsPhrase(ctx.article, o)),
    ].filter((o) => !containsPhrase(claim, o))
    const evidence = evidenceAt(ctx, s.sentence.start, s.sentence.end)
    out.push({
      type: 'source',
      factKey: `source:${s.start}`,
      prompt: `According to the article, which news outlet reported that ${asClause(claim, ctx.article)}?`,
      answer: s.outlet,
      distractors: wrong.slice(0, 3),
      explanation: () => `The article credits ${s.outlet}: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: [s.outlet.replace(/^the\s+/i, '')],
      support: [[s.outlet]],
      score: 2.8,
    })
  }
  return out
}
