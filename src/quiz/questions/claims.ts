/**
 * "True or false: According to Dana Pell, the loan programme has placed more than 3,000 nurses in rural
 * clinics since 2012" — a claim a speaker makes inside a quotation, stated with its credit. A press
 * release with one speaker gives no fair "who said it?" (no wrong speaker to offer), but its quotes
 * hold checkable claims; the false statement changes the claim's figure (or a bill verb to its
 * opposite), never the speaker. The credit is always kept: the article reports the claim, it does not
 * make it.
 */
import type { Evidence, QuoteFact } from '../../schema'
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence, remember } from '../context'
import { ADVERB_AFTER_MODAL, OPPOSITE } from '../frames/bill'
import { articleSentences } from '../frames/sentences'
import { optionName } from '../option-kinds'
import { fnv1a } from '../random'
import { hasBackReferenceInSentence, hasUnresolvedPronoun } from '../references'
import { isSpeech } from '../speech'
import { squash, words } from '../text'

/** The speaker's own voice or the listener's: a claim with these is no statement a student can check. */
const PERSONAL =
  /\b(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself|we|we['’](?:re|ve|ll)|us|our|ours|you|your|yours)\b/i
/**
 * Common sentence openers that read lowercase after "According to X, ": articles and quantifiers, and
 * the conjunctions and prepositions a statement opens a clause with ("While considering the act in
 * 2006, Congress received …"): a member's statement quoted whole holds its claims in such sentences.
 */
const LOWER_OPENERS =
  /^(?:The|A|An|Many|Most|Some|Every|Each|No|More|Fewer|Too|Only|Nearly|Almost|About|Over|Under|Since|In|On|Last|Each|Without|Across|Rural|Families|Patients|Workers|Students|Teachers|Voters|While|When|After|Before|Although|Though|Because|Once|Until|During|Despite|Following)\b/
/** A modal and the verb it governs, past an adverb ("would also require": ADVERB_AFTER_MODAL). */
const MODAL_VERB = new RegExp(`\\b(?:will|would|must|to)\\s+${ADVERB_AFTER_MODAL}(\\p{Ll}+)\\b`, 'u')
/**
 * A trend stated in the perfect ("minority turnout has increased", "costs have fallen"): a statement's
 * checkable claim with a fair opposite, for the claims of a speaker quoted whole that hold no figure.
 */
const TREND = /\b(has|have|had)\s+(increased|decreased|risen|fallen|grown|declined|improved|worsened)\b/i
const TREND_OPPOSITE: Record<string, string> = {
  increased: 'decreased',
  decreased: 'increased',
  risen: 'fallen',
  fallen: 'risen',
  grown: 'declined',
  declined: 'grown',
  improved: 'worsened',
  worsened: 'improved',
}
/** A figure a false claim may change: digits, not a year, not inside brackets. */
const FIGURE = /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]*\d)(?!\s*[)\]])/g
/** Uneven factors for a changed figure (never a half, double or triple a student spots). */
const FACTORS = [1.6, 0.6, 2.4, 0.4]

/** The figure moved by an uneven factor, rounded and written as the original is; null for a year. */
export function changedFigure(written: string, seed: string, direction: 1 | -1 | 0 = 0): string | null {
  const value = Number(written.replace(/,/g, ''))
  if (!Number.isFinite(value) || value < 2) return null
  if (/^(?:1[89]|20)\d\d$/.test(written)) return null
  const zeros = /0*$/.exec(String(value))?.[0].length ?? 0
  const unit = 10 ** Math.min(zeros, Math.max(0, String(value).length - 2))
  for (let k = 0; k < FACTORS.length; k++) {
    const f = FACTORS[(fnv1a(seed) + k) % FACTORS.length] ?? 1.6
    // "more than 3,000" stays true of 1,200: a bound moves only away from what it allows
    if ((direction === 1 && f < 1) || (direction === -1 && f > 1)) continue
    const moved = Math.max(1, Math.round((value * f) / unit) * unit)
    if (moved === value) continue
    return written.includes(',') || moved >= 10_000 ? moved.toLocaleString('en-US') : String(moved)
  }
  return null
}

/** The sentence holding offset `at`, by binary search over the article's sentences (in order). */
function sentenceAt(sentences: Evidence[], at: number): Evidence | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]
    if (!s) return undefined
    if (at < s.start) hi = mid - 1
    else if (at >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}

/** The sentences of a quotation, each with its offset in the article. */
function quoteSentences(ctx: Context, q: QuoteFact): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = []
  const span = ctx.article.slice(q.start, q.end)
  for (const m of q.text.matchAll(/[^.!?]+[.!?]*/g)) {
    const text = m[0].trim()
    if (!text) continue
    // searched inside the quotation's own span only, so a miss costs the quote, not the article
    const within = span.indexOf(text)
    if (within >= 0) out.push({ text, start: q.start + within })
  }
  return out
}

/** A capitalised word right after a lowercase letter or a comma and a space ("… said Ruiz", "Ruiz, Mayor …"). */
const AFTER_LOWER = /(?<=[\p{Ll},] )\p{Lu}[\p{L}'’-]*/gu
/** A character of \b's words (the u flag leaves \b ASCII). */
const WORD_CHAR = /[A-Za-z0-9_]/

/**
 * Every word `w` (a capital, then letters, apostrophes or hyphens) for which the article holds
 * `[\p{Ll},] ${w}\b`: each prefix of a capitalised run after a lowercase letter or comma and a space
 * that ends on a word boundary. Read once per generation, so each claim's first word is one lookup,
 * not a search of the whole article (which made many claims cost the article's length each).
 */
export function capitalisedMidSentence(ctx: Context): Set<string> {
  return remember(ctx, 'claims:capitalised-mid-sentence', () => {
    const out = new Set<string>()
    for (const m of ctx.article.matchAll(AFTER_LOWER)) {
      const run = m[0]
      const after = ctx.article.charAt((m.index ?? 0) + run.length)
      for (let k = 1; k <= run.length; k++) {
        const next = k < run.length ? run.charAt(k) : after
        if (WORD_CHAR.test(run.charAt(k - 1)) !== WORD_CHAR.test(next)) out.add(run.slice(0, k))
      }
    }
    return out
  })
}

/** The claim written after "According to X, ": the first word lowercase when it is no name. */
function afterCredit(ctx: Context, sentence: string): string | null {
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(sentence)?.[0]
  if (!first) return null
  if (LOWER_OPENERS.test(sentence)) return `${first.toLowerCase()}${sentence.slice(first.length)}`
  // a name keeps its capital: it is written so in the middle of another sentence of the article
  return capitalisedMidSentence(ctx).has(first) ? sentence : null
}

export function claimCandidates(ctx: Context, seed: string): Candidate[] {
  const out: Candidate[] = []
  const sentences = articleSentences(ctx)
  for (const q of ctx.facts.quotes) {
    if (!q.speaker || !isSpeech(q)) continue
    const speaker = ctx.people.find(q.speaker)
    if (speaker?.kind !== 'person') continue
    const name = optionName(speaker)
    for (const c of quoteSentences(ctx, q)) {
      const claim = squash(c.text).replace(/[.]+$/, '')
      const n = words(claim).length
      if (n < 8 || n > 32 || /[?!]$/.test(claim) || /["“”‘’]/.test(claim.replace(/\p{L}['’]\p{L}/gu, '')))
        continue
      if (PERSONAL.test(claim) || hasBackReferenceInSentence(claim) || hasUnresolvedPronoun(claim)) continue
      const stated = afterCredit(ctx, claim)
      if (!stated) continue
      // the false claim: the figure changed, or a bill verb turned to its opposite
      let falseClaim: string | null = null
      for (const m of stated.matchAll(FIGURE)) {
        const before = stated.slice(0, m.index)
        const direction = /\b(?:more than|over|at least|upwards of|above|exceeds?)\s*[$£€]?$/i.test(before)
          ? 1
          : /\b(?:less than|fewer than|under|up to|at most|below)\s*[$£€]?$/i.test(before)
            ? -1
            : 0
        const moved = changedFigure(m[1] ?? '', `${seed}|claim|${c.start}`, direction)
        if (!moved) continue
        falseClaim = `${stated.slice(0, m.index)}${moved}${stated.slice((m.index ?? 0) + (m[1] ?? '').length)}`
        break
      }
      if (!falseClaim) {
        // a trend the speaker reports ("turnout has increased"): the false claim reverses it
        const trend = TREND.exec(stated)
        const reversed = trend?.[2] ? TREND_OPPOSITE[trend[2].toLowerCase()] : undefined
        if (trend?.[2] && reversed) {
          const at = (trend.index ?? 0) + trend[0].length - trend[2].length
          falseClaim = `${stated.slice(0, at)}${reversed}${stated.slice(at + trend[2].length)}`
        }
      }
      if (!falseClaim) {
        const verb = MODAL_VERB.exec(stated)
        const opposite = verb?.[1] ? OPPOSITE[verb[1]] : undefined
        if (verb?.[1] && opposite) {
          const at = (verb.index ?? 0) + verb[0].length - verb[1].length
          falseClaim = `${stated.slice(0, at)}${opposite}${stated.slice(at + verb[1].length)}`
        }
      }
      if (!falseClaim) continue
      // the evidence: from the quote's attribution to the sentence that holds the claim
      const holder = sentenceAt(sentences, c.start)
      if (!holder) continue
      const evidence = evidenceAt(
        ctx,
        Math.min(q.sentence.start, holder.start),
        Math.max(q.sentence.end, holder.end),
      )
      const factKey = `claim:${c.start}`
      const preferred = fnv1a(`${seed}|tf|${factKey}`) % 2 === 0
      for (const truth of [true, false])
        out.push({
          type: 'true-false',
          factKey,
          prompt: `True or false: According to ${name}, ${truth ? stated : falseClaim}`,
          answer: truth ? 'True' : 'False',
          distractors: [truth ? 'False' : 'True'],
          explanation: () =>
            truth
              ? `True. ${name} said so: ${quoteEvidence(evidence)}`
              : `False: ${name} said ${stated}. ${quoteEvidence(evidence)}`,
          evidence,
          forbidden: [],
          support: [[claim.split(' ').slice(0, 3).join(' ')]],
          // a speaker's checkable claim: above minor figures, below the civic frames
          score: 2.3 + (truth === preferred ? 0.05 : 0),
        })
    }
  }
  return out
}
