/** A question before it is placed in a quiz: over-generated, checked, ranked, then laid out. */
import type { Evidence, QuestionType } from '../schema'

/** A position → options function that works each position out once. */
export function once(arrange: (position: number) => string[] | null): (position: number) => string[] | null {
  const memo = new Map<number, string[] | null>()
  return (position) => {
    if (!memo.has(position)) memo.set(position, arrange(position))
    return memo.get(position) ?? null
  }
}

export interface Candidate {
  type: QuestionType
  /** Identifies the fact tested; two questions never share one. Also seeds the question id. */
  factKey: string
  /** Further facts the question tests (an order question tests each of its dates). */
  alsoTests?: string[]
  prompt: string
  /** The right option (or the right typed answer). */
  answer: string
  /** Wrong options, best first (choice questions). */
  distractors: string[]
  /**
   * For options that read best in order (numbers, dates): the options with the answer at `position`,
   * or null when that position cannot be made.
   */
  arrange?: (position: number) => string[] | null
  /**
   * For a false true/false statement: the value put in the true one's place ("1972"). A quiz never
   * states it elsewhere, so no question makes another's false year look true.
   */
  falseValue?: string
  /** For a false statement with a falseValue: the true value it replaced ("2006"). */
  trueValue?: string
  /** Extra accepted typed answers. */
  accept?: string[]
  /** Why the key is right, quoting the evidence: written only for the questions a quiz keeps. */
  explanation: () => string
  evidence: Evidence
  /** Words that must not appear in the prompt (the answer's, and for people their other names). */
  forbidden: string[]
  /** Groups of phrases: from each group, at least one must appear in the evidence (the key is proven). */
  support: string[][]
  /** Quality estimate used for ranking (higher is better). */
  score: number
}

/** How many options a choice question shows (the answer included). */
export const OPTION_COUNT = 4
