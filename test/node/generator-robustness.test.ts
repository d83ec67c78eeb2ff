/**
 * The generator on hostile text: random strings, huge single lines, thousands of quote marks, no spaces.
 * It returns a valid quiz or refuses with a typed error, doing work linear in the input.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleDateError, ArticleTextError } from '../../src/article/errors'
import { generateQuiz } from '../../src/quiz'
import { InvalidQuizOptionError, MissingDateError, NotEnoughFactsError } from '../../src/quiz/errors'
import { quizSchema } from '../../src/schema'
import { countTextWork } from '../support/text-work'

const TYPED = [
  NotEnoughFactsError,
  MissingDateError,
  ArticleTextError,
  ArticleDateError,
  InvalidQuizOptionError,
]

/** Runs the generator; answers 'quiz' or the typed error's name, and fails on anything else. */
function outcome(text: string, date = '2026-01-15'): string {
  try {
    const quiz = generateQuiz(text, { date })
    quizSchema.parse(quiz)
    for (const q of quiz.questions) expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text)
    return 'quiz'
  } catch (error) {
    if (TYPED.some((T) => error instanceof T)) return (error as Error).name
    throw error
  }
}

const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '"',
        '\u201C',
        '\u201D',
        "'",
        '\u2018',
        '\u2019',
        ' said ',
        ' told reporters ',
        ', according to ',
        'Mr. ',
        'Dr. ',
        'on Sunday',
        '1 January 2026',
        '34-year-old',
        '$19.2 million',
        '52%',
        '111th',
        '\n\n',
        '. ',
        'He ',
        'She ',
      ),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Ana Lopez', 'the mayor', 'Governor Kim', 'The Daily Post', 'we\u2019ll', "it's"),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''))

describe('generateQuiz on hostile text', () => {
  it('returns a valid quiz or a typed refusal for 300 random texts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          newsish,
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 400 }),
        ),
        (text) => {
          expect(['quiz', ...TYPED.map((T) => T.name)]).toContain(outcome(text))
        },
      ),
      // 300 new texts a run (a new seed each run; a failure prints its seed and path to replay it)
      { numRuns: 300 },
    )
  })

  it.each([
    ['a 1 MB single line of words', () => 'word '.repeat(200_000)],
    ['a 1 MB line with no spaces', () => 'x'.repeat(1_000_000)],
    ['thousands of quote marks', () => `He said "${'"\u201C\u2018\''.repeat(5000)}" and left.`],
    ['unbalanced nested quotes', () => `"${"'a \"b 'c ".repeat(3000)}`],
    [
      'binary-looking bytes',
      () => String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)),
    ],
    ['another script', () => '市长说：“我们会解决的。” '.repeat(2000)],
    ['an empty article', () => ''],
  ])('refuses or answers %s without throwing an untyped error', (_label, make) => {
    const text = make()
    const started = performance.now()
    outcome(text)
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('does work linear in the input (a 50× longer text reads under 100× the characters; linear is 50×)', () => {
    const paragraph =
      'The council met on Tuesday. "We will fix the bridge," said Mayor Ana Lopez, 52, who took office in 2024. ' +
      'According to The Daily Post, repairs will cost $4.5 million and begin on 1 June 2026.\n\n'
    // Characters read by the string and regex built-ins: the same count on every run, however busy the
    // machine (a step that rescanned the whole text for each of its facts would make the ratio ~2,500).
    const small = countTextWork(() => outcome(paragraph.repeat(5))) // ~1 KB
    const large = countTextWork(() => outcome(paragraph.repeat(250))) // ~50 KB
    console.log(`1 KB: ${small} characters read, 50 KB: ${large}, ratio ${(large / small).toFixed(0)}`)
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(100)
  })
})
