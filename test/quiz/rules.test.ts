import { describe, expect, it } from 'vitest'
import { questionProblems, quizFromFacts } from '../../src/quiz/index'
import type { ArticleFacts } from '../../src/schema'
import { factsBuilder } from './passage'

const TEXT = `date 2024-09-02 The port authority approved a new ferry route on Friday. Captain Lena Vos and engineer Omar Haddad spoke at the meeting. He said "the boats are ready for the winter storms ahead." Harbour master Ida Berg, the head of the port authority, called the plan "positive." Vos said "we have trained forty new crew members for the route," and Haddad said "every ferry has passed its safety inspection this month." Berg said "the first sailing leaves the harbour at dawn on Monday." The route will carry 1,200 passengers a day.`

function facts(): ArticleFacts {
  const f = factsBuilder(TEXT)
  return {
    date: '2024-09-02',
    quotes: [
      f.quote('the boats are ready for the winter storms ahead.', 'Omar Haddad', { resolved: true }),
      f.quote('positive.', null),
      f.quote('we have trained forty new crew members for the route,', 'Lena Vos'),
      f.quote('every ferry has passed its safety inspection this month.', 'Omar Haddad'),
      f.quote('the first sailing leaves the harbour at dawn on Monday.', 'Ida Berg'),
    ],
    dates: [],
    // a figure beside the three speakers: a quiz keys each person once, so three people alone make
    // two or three questions
    numbers: [f.number('1,200', 1200, 'count', 'passengers')],
    people: [
      f.person('Lena Vos', 'person', ['Vos'], 'Captain'),
      f.person('Omar Haddad', 'person', ['Haddad'], 'engineer'),
      f.person('Ida Berg', 'person', ['Berg'], 'the head of the port authority'),
    ],
    sources: [],
  }
}

describe('question rules', () => {
  const quiz = quizFromFacts(TEXT, facts())
  const prompts = quiz.questions.map((q) => q.prompt).join('\n')

  it('skips a pronoun attribution when two people were just named', () => {
    expect(prompts).not.toContain('winter storms')
  })

  it('skips short scare-quote-like fragments', () => {
    expect(prompts).not.toContain('positive')
  })

  it('never puts the speaker’s name or office words in a who-said prompt', () => {
    for (const q of quiz.questions.filter((x) => x.type === 'who-said')) {
      const answer = q.options?.[q.answer ?? -1] ?? ''
      for (const w of answer.split(' ')) expect(q.prompt).not.toContain(w)
    }
  })

  it('never offers two names of the same person', () => {
    for (const q of quiz.questions) {
      const opts = q.options ?? []
      for (const o of opts) expect(opts.filter((x) => x.includes(o.split(' ').pop() ?? '')).length).toBe(1)
    }
  })
})

describe('questionProblems', () => {
  const base = {
    id: 'q-1',
    type: 'when' as const,
    prompt: 'When will the first sailing leave the harbour?',
    options: ['Sunday', 'Monday', 'Tuesday', 'Wednesday'],
    answer: 1,
    explanation: 'The article says: “Berg said "the first sailing leaves the harbour at dawn on Monday."”',
    evidence: { text: '', start: 0, end: 0 },
  }
  const at = TEXT.indexOf('Berg said "the first')
  const evidence = { text: TEXT.slice(at, TEXT.length), start: at, end: TEXT.length }

  it('accepts a fair question', () => {
    expect(questionProblems(TEXT, { ...base, evidence })).toEqual([])
  })

  it('flags a prompt that holds the answer', () => {
    const leaky = { ...base, evidence, prompt: 'When, on Monday, will the first sailing leave?' }
    expect(questionProblems(TEXT, leaky)).toEqual([expect.stringMatching(/gives the answer away: monday/)])
  })

  it('flags evidence that is not the article text at its offsets', () => {
    const moved = { ...base, evidence: { ...evidence, start: evidence.start + 1 } }
    expect(questionProblems(TEXT, moved)).toContain('evidence is not the article text at its offsets')
  })

  it('flags repeated options and an answer the evidence does not hold', () => {
    const bad = { ...base, evidence, options: ['Sunday', 'sunday', 'Friday', 'Tuesday'], answer: 2 }
    const problems = questionProblems(TEXT, bad)
    expect(problems).toContain('options are not distinct')
    expect(problems).toContain('the evidence does not contain the answer (friday)')
  })
})
