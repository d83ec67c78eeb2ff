/**
 * Hard caps that keep the generator linear in the article's length whatever its shape (a 100 KB
 * sentence, a run of thousands of numbers or dates, the same quote over and over). The builders look
 * at facts from these bounded sets only, and each per-fact step reads a bounded window of its sentence
 * (see CLOZE_WINDOW in questions/number.ts), so no step rereads the article for each of its facts.
 * Real articles stay far inside them: the bank is the same with and without the caps.
 */
import type { ArticleFacts } from '../schema'

/** A fact on a sentence longer than this is no question's evidence (nobody reads it in a quiz). */
export const MAX_SENTENCE_CHARS = 1000
/** Facts of one type (quotes, dates, numbers, people, sources) considered, in article order. */
export const MAX_FACTS_PER_TYPE = 300

const fits = (e: { text: string }): boolean => e.text.length <= MAX_SENTENCE_CHARS

/** The facts the question builders may use: on readable sentences, at most MAX_FACTS_PER_TYPE a type. */
export function boundedFacts(facts: ArticleFacts): ArticleFacts {
  const first = <T>(xs: T[], keep: (x: T) => boolean): T[] => {
    const out: T[] = []
    for (const x of xs) {
      if (out.length >= MAX_FACTS_PER_TYPE) break
      if (keep(x)) out.push(x)
    }
    return out
  }
  return {
    ...facts,
    quotes: first(facts.quotes, (q) => fits(q.sentence)),
    dates: first(facts.dates, (d) => fits(d.sentence)),
    numbers: first(facts.numbers, (n) => fits(n.sentence)),
    sources: first(facts.sources, (s) => fits(s.sentence)),
    people: first(facts.people, () => true).map((p) =>
      p.roleSentence !== null && !fits(p.roleSentence) ? { ...p, role: null, roleSentence: null } : p,
    ),
  }
}
