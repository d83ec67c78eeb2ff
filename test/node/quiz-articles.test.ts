/**
 * The rules every question obeys, checked on the quiz of each of the nine development articles read by
 * earlier rounds (those hand-annotated in test/fixtures/annotations; docs/reviews/SPLIT.md), through the
 * real fact reader — independently of the generator's own checks. (The thirty articles added later break
 * some of these rules today: one is refused as too thin, two get fewer than five questions; that is the
 * generator's work, not this file's.)
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import { generateQuiz, questionProblems } from '../../src/quiz/index'
import { couldBeSame, nameWords } from '../../src/quiz/people'
import { type Question, type Quiz, quizSchema } from '../../src/schema'
import { REPO, readArticle } from './articles'

const ANNOTATIONS = `${REPO}/test/fixtures/annotations`

/**
 * The development articles added to the annotations later (issues 11c and 11j): scored by `npm run eval`,
 * not held to these rules yet. (The 11j one breaks two today: a "who" key named by its alias in the
 * evidence, "the House" for "House of Representatives", and a "simple majority" blank offered with
 * fraction words — generator work.)
 */
const LATER = new Set([
  '2018-09-25-sullivan-statement-kavanaugh-protesters.txt',
  '2019-09-23-rouhani-foreign-forces-persian-gulf.txt',
  '2019-10-10-uk-us-diplomatic-immunity-sacoolas.txt',
  '2019-12-16-american-samoa-citizenship-ruling.txt',
  '2019-09-30-house-subpoena-pompeo-volker-resigns.txt',
])
const FILES = readdirSync(ANNOTATIONS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, '.txt'))
  .filter((f) => !LATER.has(f))
const ARTICLES = FILES.map((file) => {
  const text = readArticle(file)
  return { file, text, quiz: generateQuiz(text), facts: extractFacts(text) }
})

const right = (q: Question): string => q.options?.[q.answer ?? -1] ?? q.accept?.[0] ?? ''
/** The written shape of a date or number option: digits → 9, month and weekday names → tokens. */
function shape(text: string): string {
  return text
    .replace(
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
      'M',
    )
    .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, 'W')
    .replace(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, 'N')
    .replace(/\d+/g, '9')
}

describe('quizzes of the development articles', () => {
  it('finds the nine development articles', () => {
    expect(FILES.length).toBe(9)
  })

  describe.each(ARTICLES)('$file', ({ text, quiz, facts }) => {
    it('is a valid quiz of 3 to 15 questions, in article order', () => {
      expect(quizSchema.parse(quiz)).toEqual(quiz)
      expect(quiz.questions.length).toBeGreaterThanOrEqual(5)
      expect(quiz.questions.length).toBeLessThanOrEqual(15)
      const starts = quiz.questions.map((q) => q.evidence.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    })

    it('is the same quiz, byte for byte, when generated again', () => {
      expect(JSON.stringify(generateQuiz(text))).toBe(JSON.stringify(quiz))
    })

    it('cites evidence that is exactly the article text at its offsets, and quotes it', () => {
      for (const q of quiz.questions) {
        expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text)
        expect(q.explanation.replace(/\s+/g, ' ')).toContain(
          q.evidence.text.replace(/\s+/g, ' ').slice(0, 30),
        )
      }
    })

    it('breaks none of the generator’s rules', () => {
      for (const q of quiz.questions) expect(questionProblems(text, q), q.prompt).toEqual([])
    })

    it('shows 3–4 distinct options (True/False for true-false), or takes a typed word', () => {
      for (const q of quiz.questions) {
        if (q.options === undefined) {
          expect(q.type).toBe('quote-completion')
          expect(q.accept?.length).toBeGreaterThan(0)
          continue
        }
        const opts = q.options
        if (q.type === 'true-false') expect(opts).toEqual(['True', 'False'])
        else expect(opts.length === 3 || opts.length === 4, q.prompt).toBe(true)
        expect(new Set(opts.map((o) => o.toLowerCase())).size).toBe(opts.length)
      }
    })

    it('keys an answer the evidence contains', () => {
      for (const q of quiz.questions) {
        if (q.type === 'true-false' || q.type === 'order') continue
        // "Which state does Rep. Roe represent?" is proven by her tag, "(D-OR)" or "(OR-5)"
        if (q.prompt.startsWith('Which state')) {
          expect(questionProblems(text, q), q.prompt).toEqual([])
          continue
        }
        const ev = q.evidence.text.toLowerCase()
        const answer = right(q)
        if (q.type === 'who-said' || (q.type === 'role' && !/\p{Ll}/u.test(answer.split(' ')[0] ?? ''))) {
          const person = facts.people.find((p) => p.name === answer)
          const names = person ? [person.name, ...person.aliases] : [answer]
          expect(
            names.some((n) => nameWords(n).some((w) => ev.includes(w))),
            q.prompt,
          ).toBe(true)
        } else if (q.type === 'who-did' && / and /.test(answer)) {
          // an act of two keyed to the pair ("Ann Lee and Bo Tran"): the evidence names each
          for (const one of answer.split(' and ')) expect(ev, q.prompt).toContain(one.toLowerCase())
        } else expect(ev, q.prompt).toContain(answer.toLowerCase().replace(/^(?:the )/, ''))
      }
    })

    it('never puts the answer in the prompt', () => {
      for (const q of quiz.questions) {
        if (q.type === 'true-false' || q.type === 'order') continue
        const answer = right(q)
        const prompt = q.prompt.toLowerCase()
        if (q.type === 'who-said' || q.type === 'source') {
          const person = facts.people.find((p) => p.name === answer)
          for (const n of person ? [person.name, ...person.aliases] : [answer])
            for (const w of nameWords(n)) expect(prompt, q.prompt).not.toMatch(new RegExp(`\\b${w}\\b`, 'u'))
        } else if (q.type === 'number' || q.type === 'when') {
          for (const d of answer.match(/\d+/g) ?? [])
            expect(prompt).not.toMatch(new RegExp(`(?<![\\d.])${d}(?![\\d])`))
        } else expect(prompt).not.toContain(answer.toLowerCase())
      }
    })

    it('offers only people and organisations the article names, never the same person twice', () => {
      const names = new Set(facts.people.flatMap((p) => [p.name, ...p.aliases]))
      for (const q of quiz.questions.filter(
        (x) => x.type === 'who-said' || (x.type === 'role' && /^Who is the/.test(x.prompt)),
      )) {
        for (const o of q.options ?? []) expect(names.has(o), `${o} in ${q.prompt}`).toBe(true)
        const opts = q.options ?? []
        for (const [i, a] of opts.entries())
          for (const b of opts.slice(i + 1)) expect(couldBeSame(a, b), `${a} / ${b}`).toBe(false)
      }
    })

    it('writes wrong dates and numbers in the same format as the right one', () => {
      for (const q of quiz.questions.filter((x) => x.type === 'when' || x.type === 'number')) {
        const want = shape(right(q))
        for (const o of q.options ?? []) expect(shape(o), q.prompt).toBe(want)
      }
    })

    it('asks nothing about a scare quote or a fragment under three words', () => {
      for (const q of quiz.questions.filter((x) => x.type === 'who-said')) {
        const quoted = /“(.*)”/.exec(q.prompt)?.[1] ?? ''
        const fact = facts.quotes.find((f) => f.text.includes(quoted.replace(/…$/, '').slice(0, 30)))
        expect(fact?.speaker, q.prompt).toBeTruthy()
        const n = quoted.split(/\s+/).length
        expect(
          n >= 3 || /^(?:call|label|dub|brand|describ)/.test(fact?.attribution?.verb ?? ''),
          q.prompt,
        ).toBe(true)
      }
    })

    it('asks at most two questions on one sentence, and never two of one type', () => {
      for (const q of quiz.questions) {
        const sharing = quiz.questions.filter(
          (o) => o !== q && o.evidence.start < q.evidence.end && q.evidence.start < o.evidence.end,
        )
        expect(sharing.length, q.prompt).toBeLessThanOrEqual(1)
        // two sponsors' states from one list of sponsors are two facts (select.ts isDelegation)
        const state = (x: { prompt: string }) => x.prompt.startsWith('Which state does')
        expect(
          sharing.filter((o) => !(state(o) && state(q))).map((o) => o.type),
          q.prompt,
        ).not.toContain(q.type)
      }
    })

    it('mixes True and False when it asks two or more true/false questions', () => {
      const keyed = quiz.questions.filter((q) => q.type === 'true-false').map(right)
      if (keyed.length >= 2) expect(new Set(keyed)).toEqual(new Set(['True', 'False']))
    })

    it('tests each fact once', () => {
      const ids = quiz.questions.map((q) => q.id)
      expect(new Set(ids).size).toBe(ids.length)
      const prompts = quiz.questions.map((q) => q.prompt)
      expect(new Set(prompts).size).toBe(prompts.length)
    })
  })

  it('spreads the right option over positions and does not make it the longest', () => {
    const choice = ARTICLES.flatMap((a) => a.quiz.questions).filter(
      (q): q is Question & { options: string[]; answer: number } =>
        q.type !== 'true-false' && q.options !== undefined && q.answer !== undefined,
    )
    const counts = [0, 0, 0, 0]
    for (const q of choice) counts[q.answer] = (counts[q.answer] ?? 0) + 1
    for (const c of counts) expect(c / choice.length).toBeGreaterThan(0.12)
    for (const c of counts) expect(c / choice.length).toBeLessThan(0.4)
    const longest = choice.filter((q) =>
      q.options.every((o, i) => i === q.answer || o.length < (q.options[q.answer] ?? '').length),
    )
    expect(longest.length / choice.length).toBeLessThan(0.5)
  })

  it('uses the question types over the articles, and never asks which outlet reported something', () => {
    const types = new Set(ARTICLES.flatMap((a: { quiz: Quiz }) => a.quiz.questions.map((q) => q.type)))
    for (const t of ['number', 'role', 'true-false', 'when', 'who-said', 'who-did'])
      expect(types.has(t as Question['type']), t).toBe(true)
    expect(types.has('source')).toBe(false)
    // quote completion and ordering scored 0% fit to hand out in two teacher reviews: never generated
    expect(types.has('quote-completion')).toBe(false)
    expect(types.has('order')).toBe(false)
  })
})
