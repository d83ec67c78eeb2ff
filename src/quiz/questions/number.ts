/** Ages, ordinals, amounts and counts: the true value among near values written the same way. */
import type { NumberFact, PersonFact } from '../../schema'
import { type Candidate, once } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { numberOptions, numberShape, renderNumber } from '../numbers'
import { nameWords } from '../people'
import { containsPhrase, squash, words } from '../text'

export const OPTIONS = 4
const BLANK = '_____'

/** The person an age belongs to: named by `about`, or the one person the sentence names besides its subject. */
function ageOwner(ctx: Context, n: NumberFact): PersonFact | null {
  if (n.about) {
    const direct = ctx.people.find(n.about)
    if (direct?.kind === 'person') return direct
    const aboutWords = new Set(words(n.about))
    const byRole = ctx.people.people.filter(
      (p) =>
        p.kind === 'person' &&
        (nameWords(p.name).some((w) => aboutWords.has(w)) ||
          (p.role !== null && words(p.role).some((w) => aboutWords.has(w) && w.length > 3))),
    )
    if (
      byRole.length === 1 &&
      byRole[0] &&
      ctx.people.namesOf(byRole[0]).some((a) => containsPhrase(n.sentence.text, a) || a === n.about)
    ) {
      return byRole[0]
    }
  }
  // "X, 47, has …": the name right before the number
  const before = ctx.article.slice(n.sentence.start, n.start)
  const named = ctx.people
    .mentionedIn(before, 'person')
    .map((p) => ({ p, at: Math.max(...ctx.people.namesOf(p).map((a) => before.lastIndexOf(a))) }))
    .sort((a, b) => a.at - b.at)
  if (/,\s*$/.test(before) && named.length > 0) {
    const last = named[named.length - 1]
    if (last && /^\s*,/.test(ctx.article.slice(n.end)) && before.slice(last.at).split(',').length === 2)
      return last.p
  }
  // "… met the 61-year-old former judge": the one person named besides the subject
  if (/\bthe\s*$/i.test(before) && named.length === 2) return named[1]?.p ?? null
  return null
}

/** True for one bound of a range ("16–17 percent", "between $5 and $7 billion"). */
function partOfRange(article: string, n: NumberFact): boolean {
  const before = article.slice(Math.max(0, n.start - 12), n.start)
  const after = article.slice(n.end, n.end + 12)
  return (
    /\d\s*(?:[–-]|to|and)\s*\$?$/.test(before) ||
    /^\s*(?:[–-]|to|and)\s*\$?\d/.test(after) ||
    /between\s*\$?$/.test(before)
  )
}

/** A cloze of the number's sentence, cut to about 40 words around the blank. */
function cloze(ctx: Context, n: NumberFact): string | null {
  const s = n.sentence
  const rel = n.start - s.start
  if (rel < 0 || n.end > s.end) return null
  let before = squash(s.text.slice(0, rel))
  let after = squash(s.text.slice(rel + (n.end - n.start)))
  // leave out the sentence's dates, so the cloze never answers a date question: an ellipsis takes the
  // date's place (with its preposition), and the rest of the sentence, its subject too, stays
  for (const d of ctx.facts.dates) {
    if (d.start < s.start || d.end > s.end) continue
    const t = d.text.trim()
    after = elide(after, t)
    before = elide(before, t)
  }
  const b = before.split(' ')
  const a = after.split(' ')
  const left = b.length > 20 ? `…${b.slice(-20).join(' ')}` : before
  const right = a.length > 20 ? `${a.slice(0, 20).join(' ')}…` : after
  const text = `${left}${left && !left.endsWith(' ') ? ' ' : ''}${BLANK}${right.startsWith(' ') || /^[,.;:!?)]/.test(right) ? '' : ' '}${right}`
  const out = balanceQuotes(
    squash(text.replace(/ ([,.;:!?])/g, '$1'))
      // a list item's bullet and its "; and" are no part of the sentence; an elided date ends it
      .replace(/^[-–•*]\s+/, '')
      .replace(/\s*;\s*(?:and|or)?$/, '')
      .replace(/…[.,;:]+$/, '…'),
  )
  // a blank needs context: at least six words around it
  return words(out).length >= 6 ? out : null
}

/** `text` with `date` (and a preposition before it) replaced by an ellipsis. */
function elide(text: string, date: string): string {
  const at = text.lastIndexOf(date)
  if (at < 0) return text
  const head = text
    .slice(0, at)
    .replace(/(?:^|\s+)(?:on|in|by|since|until|from|of)\s*$/i, '')
    .trimEnd()
  const tail = text.slice(at + date.length)
  return `${head}${head ? ' ' : ''}…${tail}`
}

/** Drops a quotation mark left open or closed by cutting a sentence out of a quote. */
export function balanceQuotes(text: string): string {
  let t = text
  if ((t.match(/"/g) ?? []).length % 2 === 1) t = /"$/.test(t) ? t.slice(0, -1) : t.replace(/^"/, '')
  const open = (t.match(/“/g) ?? []).length
  const close = (t.match(/”/g) ?? []).length
  if (close > open) t = t.replace(/”(?=[^”]*$)/, '')
  if (open > close) t = t.replace(/^“/, '')
  return t
}

/**
 * The fact a number states: its kind, value and what it measures, so an article that repeats a figure
 * ("14 countries" in the first paragraph and the last) is asked about it once.
 */
export function numberKey(n: NumberFact): string {
  return `number:${n.kind}:${n.value}:${n.unit ?? ''}:${n.about ?? ''}`
}

export function numberCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  for (const n of ctx.facts.numbers) {
    const shape = numberShape(n.text.trim())
    if (!shape || partOfRange(ctx.article, n)) continue
    if (n.kind === 'count' && shape.value >= 1800 && shape.value <= 2100 && !shape.commas && !n.unit) continue
    if (n.kind === 'count' && shape.value < 2) continue
    const evidence = evidenceAt(ctx, n.sentence.start, n.sentence.end)
    const digits = words(n.text).filter(
      (w) => /\d/.test(w) || !/^(?:percent|per|cent|million|billion|trillion|year|old)$/.test(w),
    )
    if (n.kind === 'age') {
      const owner = ageOwner(ctx, n)
      const before = ctx.article.slice(Math.max(0, n.start - 12), n.start)
      if (!owner || /\b(?:about|around|nearly|almost|was|were|aged?)\s*$/i.test(before)) continue
      const bare = { ...shape, prefix: '', suffix: '' }
      const prompt = ctx.reportsDeath
        ? `What age does the article give for ${owner.name}?`
        : `How old is ${owner.name}, according to the article?`
      const answer = renderNumber(bare, shape.value)
      if (!answer) continue
      out.push({
        type: 'number',
        factKey: numberKey(n),
        prompt,
        answer,
        distractors: [],
        arrange: once((p) => numberOptions(n, bare, p, OPTIONS)),
        explanation: () => `The article gives ${owner.name}'s age as ${answer}: ${quoteEvidence(evidence)}`,
        evidence,
        forbidden: [answer],
        support: [[answer], ctx.people.namesOf(owner).concat(['the'])],
        score: 3,
      })
      continue
    }
    const text = cloze(ctx, n)
    if (!text) continue
    const answer = n.text.trim()
    out.push({
      type: 'number',
      factKey: numberKey(n),
      prompt: `Fill in the blank from the article: “${text}”`,
      answer,
      distractors: [],
      arrange: once((p) => numberOptions(n, shape, p, OPTIONS)),
      explanation: () => `The article says ${answer}: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: digits.filter((w) => /\d/.test(w) || shape.word !== null),
      support: [[answer]],
      score: n.kind === 'ordinal' ? 2.8 : n.kind === 'money' || n.kind === 'percent' ? 2.6 : 2.3,
    })
  }
  return out
}
