/** Scoring of extracted facts against one hand annotation (pure; used by `npm run eval`). */
import * as z from 'zod'
import type { ArticleFacts } from '../schema'

export const annotationSchema = z.object({
  file: z.string(),
  date: z.string().nullable().optional(),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable() })),
  dates: z.array(z.object({ text: z.string(), iso: z.string() })),
  numbers: z.array(z.object({ text: z.string(), value: z.number() })),
  people: z.array(z.object({ name: z.string(), role: z.string().nullable() })).optional(),
})
export type Annotation = z.infer<typeof annotationSchema>

export interface ArticleScore {
  quotesGold: number
  quotesFound: number
  quotesMatched: number
  speakersRight: number
  datesGold: number
  datesRight: number
  numbersGold: number
  numbersFound: number
  quotePrecision: number
  quoteRecall: number
  quoteF1: number
  speakerAccuracy: number
  dateAccuracy: number
  numberRecall: number
  misses: string[]
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0)
}

/** Share of words the two texts have in common, over the longer one (multiset overlap). */
export function wordOverlap(a: string, b: string): number {
  const wa = words(a)
  const wb = words(b)
  if (wa.length === 0 || wb.length === 0) return 0
  const counts = new Map<string, number>()
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of wb) {
    const c = counts.get(w) ?? 0
    if (c > 0) {
      common++
      counts.set(w, c - 1)
    }
  }
  return common / Math.max(wa.length, wb.length)
}

function canonical(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Same speaker: equal canonical names, or one a surname/suffix of the other; both null counts too. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  const x = canonical(a)
  const y = canonical(b)
  if (x === '' || y === '') return false
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)
}

function ratio(n: number, d: number): number {
  return d === 0 ? Number.NaN : n / d
}

function f1(p: number, r: number): number {
  if (Number.isNaN(p) || Number.isNaN(r)) return Number.NaN
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

function finish(
  s: Omit<
    ArticleScore,
    'quotePrecision' | 'quoteRecall' | 'quoteF1' | 'speakerAccuracy' | 'dateAccuracy' | 'numberRecall'
  >,
): ArticleScore {
  const p = ratio(s.quotesMatched, s.quotesFound)
  const r = ratio(s.quotesMatched, s.quotesGold)
  return {
    ...s,
    quotePrecision: s.quotesFound === 0 && s.quotesGold === 0 ? 1 : p,
    quoteRecall: s.quotesGold === 0 ? 1 : r,
    quoteF1: s.quotesFound === 0 && s.quotesGold === 0 ? 1 : f1(p, r),
    speakerAccuracy: ratio(s.speakersRight, s.quotesMatched),
    dateAccuracy: ratio(s.datesRight, s.datesGold),
    numberRecall: ratio(Math.min(s.numbersFound, s.numbersGold), s.numbersGold),
  }
}

/**
 * Scores one article: quotes match one-to-one when their words overlap by 80% or more (best pairs
 * first); speaker accuracy over matched quotes; dates found with the same ISO value (matched by text,
 * one-to-one, in order); numbers recalled by value (as a multiset).
 */
export function scoreArticle(ann: Annotation, facts: ArticleFacts): ArticleScore {
  const misses: string[] = []
  // terms (charges, wording of documents, slogans, titles) are not quotations under the annotation rules
  const quotes = facts.quotes.filter((q) => q.kind === 'speech')
  const pairs: Array<{ g: number; f: number; o: number }> = []
  ann.quotes.forEach((g, gi) => {
    quotes.forEach((f, fi) => {
      const o = wordOverlap(g.text, f.text)
      if (o >= 0.8) pairs.push({ g: gi, f: fi, o })
    })
  })
  pairs.sort((a, b) => b.o - a.o || a.g - b.g || a.f - b.f)
  const usedG = new Set<number>()
  const usedF = new Set<number>()
  let speakersRight = 0
  for (const p of pairs) {
    if (usedG.has(p.g) || usedF.has(p.f)) continue
    usedG.add(p.g)
    usedF.add(p.f)
    const g = ann.quotes[p.g]
    const f = quotes[p.f]
    if (g && f && sameSpeaker(g.speaker, f.speaker)) speakersRight++
    else if (g && f) misses.push(`speaker: "${g.text.slice(0, 40)}" gold=${g.speaker} got=${f.speaker}`)
  }
  ann.quotes.forEach((g, i) => {
    if (!usedG.has(i)) misses.push(`missed quote: "${g.text.slice(0, 50)}" (${g.speaker})`)
  })
  quotes.forEach((f, i) => {
    if (!usedF.has(i)) misses.push(`extra quote: "${f.text.slice(0, 50)}" (${f.speaker})`)
  })
  const usedD = new Set<number>()
  let datesRight = 0
  for (const g of ann.dates) {
    const gt = g.text.toLowerCase()
    const candidates = facts.dates
      .map((d, i) => ({ d, i }))
      .filter(
        ({ d, i }) =>
          !usedD.has(i) && (d.text.toLowerCase().includes(gt) || gt.includes(d.text.toLowerCase())),
      )
    const hit = candidates.find(({ d }) => d.iso === g.iso) ?? candidates[0]
    if (hit) usedD.add(hit.i)
    if (hit && hit.d.iso === g.iso) datesRight++
    else misses.push(`date: "${g.text}" gold=${g.iso} got=${hit ? hit.d.iso : 'none'}`)
  }
  const pool = facts.numbers.map((n) => n.value)
  let numbersFound = 0
  for (const g of ann.numbers) {
    const i = pool.findIndex((v) => Math.abs(v - g.value) <= Math.max(1e-6, Math.abs(g.value) * 1e-3))
    if (i >= 0) {
      pool.splice(i, 1)
      numbersFound++
    } else misses.push(`number: "${g.text}" = ${g.value} not found`)
  }
  return finish({
    quotesGold: ann.quotes.length,
    quotesFound: quotes.length,
    quotesMatched: usedG.size,
    speakersRight,
    datesGold: ann.dates.length,
    datesRight,
    numbersGold: ann.numbers.length,
    numbersFound,
    misses,
  })
}

/** The summed counts of a score (every field but the misses list). */
type CountKey = Exclude<keyof ArticleScore, 'misses'>

/** Totals over articles (micro-averaged: counts are summed, then divided). */
export function sumScores(scores: readonly ArticleScore[]): ArticleScore {
  const sum = (k: CountKey): number => scores.reduce((a, s) => a + s[k], 0)
  return finish({
    quotesGold: sum('quotesGold'),
    quotesFound: sum('quotesFound'),
    quotesMatched: sum('quotesMatched'),
    speakersRight: sum('speakersRight'),
    datesGold: sum('datesGold'),
    datesRight: sum('datesRight'),
    numbersGold: sum('numbersGold'),
    numbersFound: sum('numbersFound'),
    misses: [],
  })
}
