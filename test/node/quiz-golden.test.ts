/** Golden expectations on the sample article's quiz, through the real fact reader. */
import { describe, expect, it } from 'vitest'
import { generateQuiz } from '../../src/quiz/index'
import type { Question } from '../../src/schema'
import { readArticle, SAMPLE } from './articles'

const article = readArticle(SAMPLE)
const quiz = generateQuiz(article, { title: "Trump hints at meeting New York's mayor-elect Mamdani" })
const right = (q: Question): string => q.options?.[q.answer ?? -1] ?? ''
const find = (type: string, test: (q: Question) => boolean) =>
  quiz.questions.find((q) => q.type === type && test(q))

describe('the sample article’s quiz', () => {
  it('asks who said the attributable quotes, keyed to the right speaker', () => {
    const whoSaid = quiz.questions.filter((q) => q.type === 'who-said')
    // two: its other quotes are phrases lifted from sentences ("attack on our democracy"), never asked
    expect(whoSaid.length).toBeGreaterThanOrEqual(2)
    const keyed = Object.fromEntries(whoSaid.map((q) => [q.prompt, right(q)]))
    expect(keyed["Who said: “we'll work something out”?"]).toBe('Donald Trump')
    for (const q of whoSaid) {
      if (/meet with us|work something out/.test(q.prompt)) expect(right(q)).toBe('Donald Trump')
      if (/proactive|democracy|pushing so many|Wherever/.test(q.prompt))
        expect(right(q)).toBe('Zohran Mamdani')
    }
  })

  it('asks when Mamdani will be sworn in, answered as the article writes it', () => {
    const when = find('when', (q) => /sworn in/.test(q.prompt))
    expect(when?.prompt).toBe("When will Zohran Mamdani be sworn in as New York City's mayor?")
    expect(when && right(when)).toBe('1 January 2026')
  })

  it('asks his age, 34', () => {
    const age = find('number', (q) => /How old/.test(q.prompt))
    expect(age?.prompt).toBe('How old is Zohran Mamdani, according to the article?')
    expect(age && right(age)).toBe('34')
  })

  it('asks which mayor he will be: the 111th', () => {
    const ordinal = find('number', (q) => right(q) === '111th')
    expect(ordinal?.prompt).toContain('_____ mayor')
  })

  it('asks no "which outlet reported" question (a teacher judged them unimportant every time)', () => {
    expect(quiz.questions.some((q) => q.type === 'source')).toBe(false)
  })

  it('asks nothing about the scare-quoted ‘positive’', () => {
    for (const q of quiz.questions) expect(q.prompt).not.toMatch(/[‘'“"]positive[’'”"]/)
  })
})
