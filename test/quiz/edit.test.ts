import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import { nameKey, resultForStudent } from '../../src/quiz/attempt-rules'
import {
  addQuestion,
  QuizEditRefused,
  removeQuestion,
  reorderQuestions,
  replaceQuestion,
  swapInAlternate,
} from '../../src/quiz/edit'
import { passageQuestions, quizWithAlternates } from '../../src/quiz/index'
import { scoreAttempt } from '../../src/quiz/score'
import type { AttemptResult, Question, QuizVersionRecord } from '../../src/schema'
import { scoreText } from '../../src/shared/feedback'
import { COUNCIL_ARTICLE } from '../fixtures/passages'

function draft(): QuizVersionRecord {
  return quizWithAlternates(COUNCIL_ARTICLE, extractFacts(COUNCIL_ARTICLE), { title: 'Bridge' })
}

function refusal(f: () => unknown): QuizEditRefused {
  try {
    f()
  } catch (error) {
    if (error instanceof QuizEditRefused) return error
    throw error
  }
  throw new Error('expected a refusal')
}

function first(questions: readonly Question[]): Question {
  const q = questions[0]
  if (q === undefined) throw new Error('no question')
  return q
}

describe('quizWithAlternates', () => {
  it('keeps the quiz a plain generation gives and ranks further questions the quiz does not ask', () => {
    const { quiz, alternates } = draft()
    const ids = new Set(quiz.questions.map((q) => q.id))
    expect(alternates.length).toBeGreaterThanOrEqual(8)
    expect(alternates.some((a) => ids.has(a.id))).toBe(false)
    expect(new Set(alternates.map((a) => a.prompt)).size).toBe(alternates.length)
    for (const a of alternates)
      expect(COUNCIL_ARTICLE.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.text)
  })
})

describe('passageQuestions', () => {
  it('offers one question per type about the passage, none the quiz already asks', () => {
    const start = COUNCIL_ARTICLE.indexOf('According to the Riverton Courier')
    const span = { start, end: COUNCIL_ARTICLE.indexOf('.', start) + 1 }
    const all = passageQuestions(COUNCIL_ARTICLE, extractFacts(COUNCIL_ARTICLE), span)
    expect(all.length).toBeGreaterThan(0)
    expect(new Set(all.map((q) => q.type)).size).toBe(all.length)
    for (const q of all) expect(q.evidence.start < span.end && q.evidence.end > span.start).toBe(true)
    const rest = passageQuestions(
      COUNCIL_ARTICLE,
      extractFacts(COUNCIL_ARTICLE),
      span,
      new Set([first(all).id]),
    )
    expect(rest.map((q) => q.id)).not.toContain(first(all).id)
  })
})

/** A quiz's salt for the ids of edited questions (src/quiz/ids.ts). */
const SALT = 'test-salt-0123456789abcdef'

describe('a teacher’s edits', () => {
  it('replaces a question under a new id, marked edited, and leaves the input unchanged', () => {
    const record = draft()
    const q = first(record.quiz.questions)
    const next = replaceQuestion(record, q.id, { ...q, prompt: 'Reworded?' }, COUNCIL_ARTICLE, SALT)
    const edited = first(next.quiz.questions)
    expect(edited).toMatchObject({ prompt: 'Reworded?', edited: true })
    expect(edited.id).not.toBe(q.id)
    expect(first(record.quiz.questions)).toBe(q)
  })

  it('refuses evidence that is not the article’s text at its offsets, and unknown questions', () => {
    const record = draft()
    const q = first(record.quiz.questions)
    const bad = refusal(() =>
      replaceQuestion(
        record,
        q.id,
        { ...q, evidence: { ...q.evidence, start: q.evidence.start + 1 } },
        COUNCIL_ARTICLE,
        SALT,
      ),
    )
    expect(bad.kind).toBe('invalid')
    expect(bad.issues[0]?.path).toEqual(['evidence'])
    expect(refusal(() => replaceQuestion(record, 'q-none', q, COUNCIL_ARTICLE, SALT)).kind).toBe('not-found')
    // without the article, only evidence the quiz already cites is accepted
    expect(replaceQuestion(record, q.id, { ...q, prompt: 'Again?' }, null, SALT).quiz.questions).toHaveLength(
      record.quiz.questions.length,
    )
  })

  it('swaps an alternate in place; the question it replaces heads the alternates', () => {
    const record = draft()
    const out = first(record.quiz.questions)
    const alt = first(record.alternates)
    const { record: next, question } = swapInAlternate(record, alt.id, out.id)
    expect(question).toBe(alt)
    expect(first(next.quiz.questions).id).toBe(alt.id)
    expect(first(next.alternates).id).toBe(out.id)
    expect(next.alternates).toHaveLength(record.alternates.length)
    expect(refusal(() => swapInAlternate(record, 'q-none')).kind).toBe('not-found')
  })

  it('adds a question once, reorders only with every id once, and keeps the last question', () => {
    const record = draft()
    const alt = first(record.alternates)
    const added = addQuestion(record, alt, COUNCIL_ARTICLE, false, SALT).record
    expect(added.quiz.questions.at(-1)?.id).toBe(alt.id)
    expect(added.alternates.map((q) => q.id)).not.toContain(alt.id)
    expect(refusal(() => addQuestion(added, alt, COUNCIL_ARTICLE, false, SALT)).kind).toBe('conflict')
    const ids = record.quiz.questions.map((q) => q.id)
    expect(reorderQuestions(record, [...ids].reverse()).quiz.questions.map((q) => q.id)).toEqual(
      [...ids].reverse(),
    )
    expect(refusal(() => reorderQuestions(record, ids.slice(1))).kind).toBe('invalid')
    expect(refusal(() => reorderQuestions(record, [...ids.slice(1), 'q-other'])).kind).toBe('invalid')
    let small = record
    for (const id of ids.slice(1)) small = removeQuestion(small, id)
    expect(refusal(() => removeQuestion(small, first(small.quiz.questions).id)).kind).toBe('conflict')
  })
})

describe('resultForStudent', () => {
  const { quiz } = draft()
  const scored = scoreAttempt(quiz, {})
  const result: AttemptResult = {
    attemptId: crypto.randomUUID(),
    quiz: quiz.id,
    class: '',
    score: scored.score,
    total: scored.total,
    version: 1,
    results: scored.results,
  }
  const settings = { attempts: 'unlimited', showArticle: false } as const

  it('shows the key under immediate feedback, and after the release of an after-release quiz', () => {
    expect(resultForStudent(result, { ...settings, feedback: 'immediate' }, false)).toEqual(result)
    expect(resultForStudent(result, { ...settings, feedback: 'after-release' }, true)).toEqual(result)
  })

  it('holds the per-question results back otherwise, score kept', () => {
    for (const feedback of ['score-only', 'after-release'] as const) {
      const shown = resultForStudent(result, { ...settings, feedback }, false)
      expect(shown).toMatchObject({
        score: result.score,
        total: result.total,
        results: [],
        withheld: feedback,
      })
      expect(JSON.stringify(shown)).not.toContain('evidence')
    }
  })

  it('a partial attempt: its score alone under immediate feedback; every key, blanks unanswered, once released', () => {
    const firstQ = quiz.questions[0]
    if (firstQ === undefined) throw new Error('expected a question')
    const partial = scoreAttempt(quiz, { [firstQ.id]: firstQ.options === undefined ? 'x' : 0 })
    const stored: AttemptResult = { ...result, complete: false, results: partial.results }
    expect(resultForStudent(stored, { ...settings, feedback: 'immediate' }, false).results).toEqual([])
    const released = resultForStudent(stored, { ...settings, feedback: 'after-release' }, true)
    expect(released.results).toEqual(partial.results)
    expect(released.results.filter((r) => r.given === null)).toHaveLength(quiz.questions.length - 1)
    expect(resultForStudent(stored, { ...settings, feedback: 'after-release' }, false)).toMatchObject({
      results: [],
      withheld: 'after-release',
    })
    const n = quiz.questions.length
    expect(scoreText(released)).toBe(
      `You scored ${released.score} out of ${n}. ${n - 1} of ${n} questions were not answered: each says “Not answered.” below, with its right answer.`,
    )
    expect(scoreText({ ...released, results: [] })).toMatch(/Answer every question/)
    expect(scoreText({ ...released, results: [], withheld: 'score-only' })).toBe(
      `You scored ${released.score} out of ${n}`,
    )
  })

  it('counts one name per student whatever its case, spacing or width', () => {
    expect(nameKey('  Ana  María ')).toBe(nameKey('ana maría'))
    expect(nameKey('ＡＮＡ')).toBe('ana')
  })
})
