/** From an article's facts to a quiz: over-generate, check, rank, lay out. Pure. */
import {
  type ArticleFacts,
  isoDaySchema,
  type Question,
  type Quiz,
  questionSchema,
  quizIdSchema,
  quizSchema,
} from '../schema'
import type { GenerationCache } from './cache'
import type { Candidate } from './candidate'
import { type Context, makeContext } from './context'
import { type FactCounts, InvalidQuizOptionError, MissingDateError, NotEnoughFactsError } from './errors'
import { articleSentences } from './frames/sentences'
import { questionIds } from './ids'
import { boundedFacts } from './limits'
import { FULL_QUIZ_QUESTIONS, FULL_QUIZ_WORDS, shortQuizNote } from './notes'
import { billPurposeCandidates } from './questions/bill-purpose'
import { billStatusCandidates } from './questions/bill-status'
import { chargeCandidates } from './questions/charges'
import { claimCandidates } from './questions/claims'
import { delegationCandidates } from './questions/delegation'
import { electionCandidates } from './questions/election'
import { groupDecisionCandidates } from './questions/group-decision'
import { numberCandidates } from './questions/number'
import { orderCandidates } from './questions/order'
import { quoteCompletionCandidates } from './questions/quote-completion'
import { roleCandidates } from './questions/role'
import { thresholdCandidates } from './questions/threshold'
import { trueFalseCandidates } from './questions/true-false'
import { voteCandidates } from './questions/vote'
import { whenCandidates } from './questions/when'
import { whoDidCandidates } from './questions/who-did'
import { usableQuote, whoSaidCandidates } from './questions/who-said'
import { seededRandom, shuffle } from './random'
import { questionProblems } from './rules'
import { candidateIsClean, centralFirst, questionMaterial, selectCandidates } from './select'
import { wordCount } from './text'
import { quizIdFor, quizTitle, titleGivesAway } from './title'

export { deriveTitle } from './title'

export interface GenerateOptions {
  seed?: string
  /** How many questions at most (3–15; default 12). */
  count?: number
  title?: string
  /** Publication date, YYYY-MM-DD (default: the article's `date` line). */
  date?: string
  publisher?: string
  /** Who wrote the text, for a license's credit. */
  author?: string
  url?: string
  license?: string
  /** Quiz id (default: a slug of the title). */
  id?: string
  /**
   * The quiz's secret salt for question ids (src/quiz/ids.ts), kept with the quiz on the server and never
   * sent to a browser. Without it ids are keyed by the empty string: fine for previews and tests, not
   * for a quiz students take.
   */
  idSalt?: string
}

export const DEFAULT_COUNT = 12
/** How many times selection runs again after a chosen candidate fails at layout (see draftFromFacts). */
const REFILL_ROUNDS = 3
export const MIN_QUESTIONS = 3
export const MAX_QUESTIONS = 15

/** Every candidate question the facts support, before ranking. */
export function allCandidates(article: string, facts: ArticleFacts, seed = ''): Candidate[] {
  return candidatesOf(makeContext(article, facts), seed)
}

/**
 * Every candidate of one generation's context: each question type is a function of the context alone.
 * `quizOnly` leaves out the builders whose one type a generated quiz never asks (NOT_IN_QUIZ): a quiz
 * and its alternates drop those candidates anyway, so building them is wasted work.
 */
function candidatesOf(ctx: Context, seed: string, quizOnly = false): Candidate[] {
  const wanted = (type: Candidate['type']): boolean => !quizOnly || !NOT_IN_QUIZ.has(type)
  return [
    ...whoDidCandidates(ctx),
    ...groupDecisionCandidates(ctx),
    ...delegationCandidates(ctx),
    ...billPurposeCandidates(ctx, seed),
    ...billStatusCandidates(ctx, seed),
    ...chargeCandidates(ctx, seed),
    ...claimCandidates(ctx, seed),
    ...whoSaidCandidates(ctx),
    ...(wanted('quote-completion') ? quoteCompletionCandidates(ctx) : []),
    ...whenCandidates(ctx),
    ...voteCandidates(ctx),
    ...electionCandidates(ctx),
    ...thresholdCandidates(ctx),
    ...numberCandidates(ctx),
    ...roleCandidates(ctx),
    ...trueFalseCandidates(ctx, seed),
    ...(wanted('order') ? orderCandidates(ctx) : []),
  ]
}

/**
 * Types a generated quiz (and its alternates) never asks. Quote completion and ordering scored 0% fit
 * to hand out in two rounds of teacher review (distractors that do not fit the blank's grammar, event
 * clauses that read oddly side by side), so they are offered only when a teacher asks for the
 * questions of a passage (`passageQuestions`), never chosen by the generator.
 */
const NOT_IN_QUIZ: ReadonlySet<Candidate['type']> = new Set(['quote-completion', 'order'])

/** Candidates the generator may choose for a quiz. */
function quizCandidates(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => !NOT_IN_QUIZ.has(c.type))
}

/** Counts of usable facts, for a refusal message (with the generation's cache when there is one). */
export function countFacts(facts: ArticleFacts, cache?: GenerationCache): FactCounts {
  return {
    attributedQuotes: facts.quotes.filter((q) => usableQuote(q, facts.quotes, cache)).length,
    namedQuotes: facts.quotes.filter((q) => q.speaker).length,
    speakers: new Set(facts.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))).size,
    dates: facts.dates.length,
    numbers: facts.numbers.length,
    roles: facts.people.filter((p) => p.role !== null).length,
    sources: facts.sources.length,
  }
}

/** The article's text after a leading `date YYYY-MM-DD` line or prefix. */
function body(article: string): string {
  return article.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '')
}

/** Positions of the right option, spread evenly over the quiz (seeded tie-breaks). */
function layout(chosen: Candidate[], seed: string, idSalt: string): Question[] {
  const random = seededRandom(`${seed}|layout`)
  const idOf = questionIds(idSalt)
  const ids = new Set<string>()
  const used = [0, 0, 0, 0]
  const out: Question[] = []
  for (const c of chosen) {
    let id = idOf(c.type, c.evidence)
    for (let nth = 1; ids.has(id); nth++) id = idOf(c.type, c.evidence, nth)
    ids.add(id)
    const base = { id, type: c.type, prompt: c.prompt, explanation: c.explanation(), evidence: c.evidence }
    if (c.type === 'true-false') {
      out.push({ ...base, options: ['True', 'False'], answer: c.answer === 'True' ? 0 : 1 })
      continue
    }
    const n = c.arrange ? 4 : Math.min(4, 1 + c.distractors.length)
    const order = shuffle([0, 1, 2, 3], random).sort((a, b) => (used[a] ?? 0) - (used[b] ?? 0))
    let placed: { options: string[]; answer: number } | null = null
    for (const p of order) {
      if (c.arrange) {
        const opts = c.arrange(p)
        if (opts && opts.indexOf(c.answer) === p) {
          placed = { options: opts, answer: p }
          break
        }
      } else if (p < n) {
        const wrong = shuffle(c.distractors.slice(0, n - 1), random)
        wrong.splice(p, 0, c.answer)
        placed = { options: wrong, answer: p }
        break
      }
    }
    if (!placed) continue
    used[placed.answer] = (used[placed.answer] ?? 0) + 1
    out.push({ ...base, ...placed })
  }
  return out
}

/**
 * Selection, then layout and the question rules; a chosen candidate that cannot be laid out (too few
 * options in order) or breaks a question rule leaves its place to the next best: selection runs again
 * without it, so a quiz does not end short while fair candidates remain. A few rounds at most; each
 * removes at least one candidate. Returns the questions and the candidates they came from.
 */
export function chooseAndPlace(
  pool: Candidate[],
  select: (pool: Candidate[]) => Candidate[],
  place: (chosen: Candidate[]) => Question[],
): { chosen: Candidate[]; questions: Question[] } {
  let chosen: Candidate[] = []
  let questions: Question[] = []
  for (let round = 0; round < REFILL_ROUNDS; round++) {
    chosen = select(pool)
    questions = place(chosen)
    if (questions.length === chosen.length) break
    const kept = new Set(questions.map((q) => q.prompt))
    const dropped = new Set(chosen.filter((c) => !kept.has(c.prompt)))
    pool = pool.filter((c) => !dropped.has(c))
  }
  const kept = new Set(questions.map((q) => q.prompt))
  return { chosen: chosen.filter((c) => kept.has(c.prompt)), questions }
}

/** A quiz with the candidates it was chosen from (for the alternates). */
interface Draft {
  quiz: Quiz
  candidates: Candidate[]
  chosen: Candidate[]
  seed: string
}

function draftFromFacts(article: string, facts: ArticleFacts, options: GenerateOptions): Draft {
  const count = options.count ?? DEFAULT_COUNT
  if (!Number.isInteger(count) || count < MIN_QUESTIONS || count > MAX_QUESTIONS)
    throw new InvalidQuizOptionError(
      'count',
      `must be a whole number from ${MIN_QUESTIONS} to ${MAX_QUESTIONS}`,
    )
  if (options.id !== undefined && !quizIdSchema.safeParse(options.id).success)
    throw new InvalidQuizOptionError('id', 'must be a lowercase slug of letters, digits and "-"')
  if (options.date !== undefined && !isoDaySchema.safeParse(options.date).success)
    throw new InvalidQuizOptionError('date', 'must be a date written YYYY-MM-DD')
  const seed = options.seed ?? ''
  const date = options.date ?? facts.date ?? /^\s*date\s+(\d{4}-\d{2}-\d{2})/.exec(article)?.[1]
  if (!date) throw new MissingDateError()
  // hard caps: facts on readable sentences, a bounded number a type (src/quiz/limits.ts)
  const usable = boundedFacts(facts)
  const ctx = makeContext(article, usable)
  const title = quizTitle(article, options.title)
  // a question whose answer the title states ("House impeaches X" → "Who impeached X?") is never asked
  const candidates = candidatesOf(ctx, seed, true).filter((c) => !titleGivesAway(title, c))
  const { chosen, questions } = chooseAndPlace(
    quizCandidates(candidates),
    (pool) =>
      centralFirst(
        selectCandidates(pool, count, article.length, ctx.cache).sort(
          (a, b) => a.evidence.start - b.evidence.start || (a.type < b.type ? -1 : 1),
        ),
      ),
    (picked) =>
      layout(picked, seed, options.idSalt ?? '').filter((q) => questionProblems(article, q).length === 0),
  )
  if (questions.length < MIN_QUESTIONS)
    throw new NotEnoughFactsError(countFacts(usable, ctx.cache), questions.length)
  const words = wordCount(body(article))
  const note = shortQuizNote(
    words,
    questions.length,
    count,
    countFacts(usable, ctx.cache),
    words >= FULL_QUIZ_WORDS && questions.length < FULL_QUIZ_QUESTIONS
      ? questionMaterial(quizCandidates(candidates), articleSentences(ctx).length, ctx.cache, {
          questions: chosen,
          count,
        })
      : undefined,
  )
  const id = options.id ?? quizIdFor(title, article)
  const source = {
    title,
    date,
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.author ? { author: options.author } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(options.license ? { license: options.license } : {}),
  }
  return {
    quiz: quizSchema.parse({ id, title, source, questions, ...(note ? { notes: [note] } : {}) }),
    candidates,
    chosen,
    seed,
  }
}

/** Builds a quiz from an article and the facts read from it. Throws NotEnoughFactsError or MissingDateError. */
export function quizFromFacts(article: string, facts: ArticleFacts, options: GenerateOptions = {}): Quiz {
  return draftFromFacts(article, facts, options).quiz
}

/** How many next-best questions a quiz keeps for swapping in, where the article holds them. */
export const ALTERNATE_COUNT = 15

/**
 * The quiz and the generator's next-best questions, best first: the candidates the quiz does not ask,
 * with distinct prompts, that pass the same checks, by the generator's score. Unlike the quiz's own
 * questions, alternates may test a fact the quiz tests, or share a sentence or a type: each stands in
 * for one question, not beside the others (a "who said it?" may be swapped for the same quote's
 * completion).
 */
export function quizWithAlternates(
  article: string,
  facts: ArticleFacts,
  options: GenerateOptions = {},
): { quiz: Quiz; alternates: Question[] } {
  const { quiz, candidates, chosen, seed } = draftFromFacts(article, facts, options)
  const inQuiz = new Set(chosen)
  const prompts = new Set(quiz.questions.map((q) => q.prompt))
  const ranked: Candidate[] = []
  for (const c of quizCandidates(candidates).sort((a, b) => b.score - a.score)) {
    if (ranked.length >= ALTERNATE_COUNT) break
    if (inQuiz.has(c) || prompts.has(c.prompt) || !candidateIsClean(c)) continue
    ranked.push(c)
    prompts.add(c.prompt)
  }
  const ids = new Set(quiz.questions.map((q) => q.id))
  const alternates = layout(ranked, `${seed}|alternates`, options.idSalt ?? '')
    .filter((q) => !ids.has(q.id) && questionProblems(article, q).length === 0)
    .map((q) => questionSchema.parse(q))
  return { quiz, alternates }
}

/**
 * The questions the generator can ask about one passage (a sentence a teacher picked), the best of
 * each type first. Checked by the same rules as a generated quiz; empty when the passage states no
 * usable fact.
 */
export function passageQuestions(
  article: string,
  facts: ArticleFacts,
  span: { start: number; end: number },
  exclude: ReadonlySet<string> = new Set(),
  seed = '',
  idSalt = '',
): Question[] {
  const inSpan = allCandidates(article, facts, seed)
    .filter((c) => c.evidence.start < span.end && c.evidence.end > span.start && candidateIsClean(c))
    .sort((a, b) => b.score - a.score)
  const types = new Set<string>()
  const out: Question[] = []
  for (const c of inSpan) {
    if (types.has(c.type)) continue
    const q = layout([c], `${seed}|passage`, idSalt)[0]
    if (q === undefined || exclude.has(q.id) || questionProblems(article, q).length > 0) continue
    types.add(c.type)
    out.push(q)
  }
  return out
}
