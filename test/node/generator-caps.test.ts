/**
 * The generator's hard caps, asserted by operation counts (characters read by the string and regex
 * built-ins, test/support/text-work.ts), not time: the same numbers on every run, however busy the
 * machine. Every adversarial shape of 100 KB does at most 10× the work of a normal 100 KB article, and
 * ten times the text costs at most 30× the work (linear is 10×; a step that rescans a sentence for each
 * of its facts makes it ~100×).
 */
import { describe, expect, it } from 'vitest'
import { ADVERSARIAL_SHAPES, normalArticle } from '../../src/cli/adversarial'
import { generateQuiz } from '../../src/quiz'
import { NotEnoughFactsError } from '../../src/quiz/errors'
import { boundedFacts, MAX_FACTS_PER_TYPE, MAX_SENTENCE_CHARS } from '../../src/quiz/limits'
import { countTextWork } from '../support/text-work'

function work(text: string): number {
  return countTextWork(() => {
    try {
      generateQuiz(text)
    } catch (error) {
      if (!(error instanceof NotEnoughFactsError)) throw error
    }
  })
}

const KB = 1024
const normal = work(normalArticle(100 * KB))

describe('generation on adversarial articles', () => {
  it.each(Object.keys(ADVERSARIAL_SHAPES))(
    '%s: 100 KB does ≤ 10× the work of a normal 100 KB article, and grows linearly',
    (name) => {
      const make = ADVERSARIAL_SHAPES[name]
      if (make === undefined) throw new Error(name)
      const small = work(make(10 * KB))
      const large = work(make(100 * KB))
      console.log(
        `${name}: 10 KB ${small}, 100 KB ${large} (${(large / small).toFixed(1)}×), normal 100 KB ${normal}`,
      )
      expect(large).toBeLessThanOrEqual(10 * normal)
      expect(large / small).toBeLessThan(30)
    },
  )
})

describe('boundedFacts', () => {
  it('keeps at most MAX_FACTS_PER_TYPE facts a type, none on a sentence over MAX_SENTENCE_CHARS', () => {
    const sentence = (n: number) => ({ text: 'x'.repeat(n), start: 0, end: n })
    const number = (i: number, long: boolean) => ({
      text: String(i),
      value: i,
      kind: 'count' as const,
      about: null,
      unit: null,
      start: i,
      end: i + 1,
      sentence: sentence(long ? MAX_SENTENCE_CHARS + 1 : 50),
    })
    const facts = {
      date: '2025-11-18',
      quotes: [],
      dates: [],
      people: [],
      sources: [],
      numbers: Array.from({ length: 1000 }, (_, i) => number(i, i % 2 === 0)),
    }
    const bounded = boundedFacts(facts)
    expect(bounded.numbers).toHaveLength(MAX_FACTS_PER_TYPE)
    expect(bounded.numbers.every((n) => n.sentence.text.length <= MAX_SENTENCE_CHARS)).toBe(true)
    expect(bounded.numbers[0]?.value).toBe(1)
  })
})
