/**
 * `npm run why -- FILE [--title T]`: every candidate question the generator made for one article and
 * why each one is not in the quiz (a diagnostic for short quizzes, issue 11). Reasons, in the order
 * the generator applies them: `not-in-quiz` (a type the generator never asks), `title-give-away`,
 * `unclean` (a forbidden word in the prompt, the evidence does not prove the key, or the answer leaks),
 * and for a clean candidate that selection passed over: `fact-tested` (its fact is asked already),
 * `type-cap`, `same-sentence`, `true-false-sentence` (a true/false statement shares its sentence with no
 * other question), `one-answer-once`, `false-value-clash`, `leak:<prompt>` (it and a chosen
 * question give each other away) or `outranked`.
 */
import { readFileSync } from 'node:fs'
import { extractFacts } from '../facts/index'
import type { Candidate } from '../quiz/candidate'
import { makeContext } from '../quiz/context'
import { allCandidates, DEFAULT_COUNT } from '../quiz/generate'
import { boundedFacts } from '../quiz/limits'
import { questionProblems } from '../quiz/rules'
import { candidateIsClean, heldBackBy, selectCandidates } from '../quiz/select'
import { quizTitle, titleGivesAway } from '../quiz/title'
import type { Question } from '../schema'
import { runAsProgram } from './io'

const NOT_IN_QUIZ = new Set(['quote-completion', 'order'])

/** Why one candidate is not among the chosen ones (the first reason that applies). */
export function whyDropped(c: Candidate, chosen: Candidate[], title: string): string {
  if (NOT_IN_QUIZ.has(c.type)) return 'not-in-quiz'
  if (titleGivesAway(title, c)) return 'title-give-away'
  if (!candidateIsClean(c)) return 'unclean'
  const held = heldBackBy(c, chosen, DEFAULT_COUNT)
  return held.by ? `leak:${held.by.prompt.slice(0, 60)}` : held.reason
}

/** A chosen candidate that a question rule (rules.ts) still turns away is named with the rule's message. */
function chosenVerdict(article: string, c: Candidate): string {
  const arranged = [0, 1, 2, 3].map((p) => c.arrange?.(p) ?? null).find((o) => o !== null)
  const options =
    c.type === 'true-false' ? ['True', 'False'] : (arranged ?? [c.answer, ...c.distractors.slice(0, 3)])
  const q = {
    id: 'q',
    type: c.type,
    prompt: c.prompt,
    options,
    answer: c.type === 'true-false' ? (c.answer === 'True' ? 0 : 1) : Math.max(0, options.indexOf(c.answer)),
    explanation: c.explanation(),
    evidence: c.evidence,
  }
  const problems = questionProblems(article, q as Question)
  return problems.length ? `RULE:${problems[0]}` : 'CHOSEN'
}

function main(argv: string[]): number {
  const file = argv[0]
  if (!file) throw new Error('usage: npm run why -- FILE [--title T]')
  const t = argv.indexOf('--title')
  const article = readFileSync(file, 'utf8')
  const facts = boundedFacts(extractFacts(article))
  const title = quizTitle(article, t >= 0 ? argv[t + 1] : undefined)
  const candidates = allCandidates(article, facts)
  const usable = candidates.filter((c) => !NOT_IN_QUIZ.has(c.type) && !titleGivesAway(title, c))
  const chosen = selectCandidates(usable, DEFAULT_COUNT, article.length, makeContext(article, facts).cache)
  for (const c of candidates.sort((a, b) => a.evidence.start - b.evidence.start)) {
    const why = chosen.includes(c) ? chosenVerdict(article, c) : whyDropped(c, chosen, title)
    process.stdout.write(
      `${why.padEnd(18)} ${c.type.padEnd(12)} ${c.score.toFixed(2)} ${c.prompt.slice(0, 110)} → ${c.answer}\n`,
    )
  }
  return 0
}

runAsProgram(import.meta.url, main)
