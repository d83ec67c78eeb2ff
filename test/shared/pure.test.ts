import { describe, expect, it } from 'vitest'
import type { ClassResults } from '../../src/schema'
import { readAttemptFields } from '../../src/shared/attempt-form'
import { MIN_ANSWERS_FOR_IDLE_DISTRACTOR, questionInsights } from '../../src/shared/class-stats'
import { EMBED_WIDTH, embedHeight, iframeHtml } from '../../src/shared/embed-snippets'
import { highlightAnswer } from '../../src/shared/highlight'
import { shareLinks } from '../../src/shared/snippets'
import { sampleQuiz } from '../support/bank'

const SENTENCE =
  "Speaking to a reporter on Sunday, Trump said Mamdani 'would like to meet with us' and added 'we'll work something out', showing willingness to engage with the 34-year-old democratic socialist."

describe('highlightAnswer', () => {
  it('marks the answer where the sentence holds it, as a whole word', () => {
    expect(highlightAnswer(SENTENCE, '34').filter((s) => s.mark)).toEqual([{ text: '34', mark: true }])
    expect(highlightAnswer(SENTENCE, 'out').filter((s) => s.mark)).toEqual([{ text: 'out', mark: true }])
    expect(
      highlightAnswer(SENTENCE, 'out')
        .map((s) => s.text)
        .join(''),
    ).toBe(SENTENCE)
  })

  it('falls back to the longest word of the answer ("Trump" for "Donald Trump")', () => {
    expect(highlightAnswer(SENTENCE, 'Donald Trump').filter((s) => s.mark)).toEqual([
      { text: 'Trump', mark: true },
    ])
  })

  it('matches curly quotes against straight ones and ignores case', () => {
    const marked = highlightAnswer(SENTENCE, 'WE’LL WORK something OUT').filter((s) => s.mark)
    expect(marked).toEqual([{ text: "we'll work something out", mark: true }])
  })

  it('marks nothing when the sentence does not hold the answer', () => {
    expect(highlightAnswer('Mamdani will be sworn in.', 'True')).toEqual([
      { text: 'Mamdani will be sworn in.', mark: false },
    ])
  })
})

describe('readAttemptFields', () => {
  it('reads choice indexes, typed answers, name, class and attempt id from form fields', () => {
    expect(
      readAttemptFields([
        ['c:q-1', '2'],
        ['t:q-2', '  out '],
        ['t:q-3', '   '],
        ['c:q-4', 'x'],
        ['name', ' Ana '],
        ['class', 'p3'],
        ['attemptId', ''],
        ['other', 'ignored'],
      ]),
    ).toEqual({ answers: { 'q-1': 2, 'q-2': 'out' }, name: 'Ana', class: 'p3' })
  })
})

describe('shareLinks', () => {
  it('builds the student link and the widget and iframe snippets with the class code', () => {
    const links = shareLinks({
      origin: 'https://quiz.test',
      quizId: 'q1',
      title: 'A "quoted" <title> & more',
      questionCount: 5,
      classCode: 'p-3',
    })
    expect(links.studentUrl).toBe('https://quiz.test/quiz/q1?class=p-3')
    expect(links.widget).toBe(
      '<script src="https://quiz.test/widget.js" async></script>\n<civic-quiz quiz="q1" class-code="p-3"></civic-quiz>',
    )
    // the same iframe that oEmbed answers with, and widget.js to fit it where the host runs scripts
    expect(links.iframe).toBe(
      `${iframeHtml('https://quiz.test/embed/q1?class=p-3', 'A "quoted" <title> & more', EMBED_WIDTH, embedHeight(5))}\n<script src="https://quiz.test/widget.js" async></script>`,
    )
    expect(links.iframe).toContain('title="Quiz: A &quot;quoted&quot; &lt;title&gt; &amp; more"')
  })

  it('leaves the class out when there is none', () => {
    const links = shareLinks({
      origin: 'https://q.test',
      quizId: 'q',
      title: 't',
      questionCount: 1,
      classCode: '',
    })
    expect(links.studentUrl).toBe('https://q.test/quiz/q')
    expect(links.widget).not.toContain('class-code')
    expect(links.iframe).toContain('src="https://q.test/embed/q"')
  })
})

describe('questionInsights', () => {
  const quiz = sampleQuiz()
  const first = quiz.questions[0]
  const answer = first?.answer ?? 0
  const wrong = (answer + 1) % (first?.options?.length ?? 2)

  function results(choices: number[], answered: number, correct: number): ClassResults {
    return {
      quiz: quiz.id,
      version: 1,
      class: 'p3',
      attempts: answered,
      meanScore: 1,
      questions: quiz.questions.map((q, i) =>
        i === 0
          ? { question: q.id, answered, correct, choices, prompt: q.prompt, current: true }
          : { question: q.id, answered: 0, correct: 0, choices: [], prompt: q.prompt, current: true },
      ),
      recent: [],
    }
  }

  it('finds the most-picked wrong answer and flags a question most of the class missed', () => {
    const choices = [0, 0, 0, 0]
    choices[answer] = 1
    choices[wrong] = 2
    const [insight] = questionInsights(quiz, results(choices, 3, 1))
    expect(insight?.shareRight).toBeCloseTo(1 / 3)
    expect(insight?.topWrong).toEqual({ option: first?.options?.[wrong], count: 2 })
    expect(insight?.mostMissed).toBe(true)
    expect(insight?.idleDistractors).toEqual([]) // too few answers to call a distractor idle
  })

  it('flags wrong options nobody picked once enough students answered', () => {
    const choices = [0, 0, 0, 0]
    choices[answer] = MIN_ANSWERS_FOR_IDLE_DISTRACTOR
    const [insight] = questionInsights(
      quiz,
      results(choices, MIN_ANSWERS_FOR_IDLE_DISTRACTOR, MIN_ANSWERS_FOR_IDLE_DISTRACTOR),
    )
    expect(insight?.idleDistractors).toEqual(first?.options?.filter((_, i) => i !== answer))
    expect(insight?.mostMissed).toBe(false)
    expect(insight?.topWrong).toBeNull()
  })
})
