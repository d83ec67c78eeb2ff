/** Notes a teacher reads with a quiz: why an article of some length gave fewer questions than usual. */
import type { FactCounts } from './errors'
import type { HeldBack } from './select'

/** An article this long should give a full quiz, or say why not. */
export const FULL_QUIZ_WORDS = 400
export const FULL_QUIZ_QUESTIONS = 8

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * What the article holds for questions, counted on the generator's own candidates: its sentences,
 * how many of them state a fact a fair question can be built on, and how many such facts there are.
 */
export interface QuestionMaterial {
  sentences: number
  factSentences: number
  facts: number
  /** The facts the quiz leaves unasked, by the selection rule that kept each out (select.ts heldBackBy). */
  held?: Partial<Record<HeldBack, number>>
}

/** What each rule did to a fact, as a teacher reads it ("2 share a sentence with a question asked"). */
const HELD_WORDS: Array<[HeldBack, string, string]> = [
  [
    'same-sentence',
    'shares a sentence with two questions or one of its type',
    'share a sentence with two questions or one of their type',
  ],
  [
    'true-false-sentence',
    'is a true/false statement on a sentence another question asks',
    'are true/false statements on a sentence another question asks',
  ],
  ['one-answer-once', 'has the answer of another question', 'have the answer of another question'],
  [
    'false-value-clash',
    'would show a false value another question states',
    'would show a false value another question states',
  ],
  ['leak', 'would give another question away', 'would give another question away'],
  ['type-cap', 'is of a type the quiz asks enough of', 'are of a type the quiz asks enough of'],
  ['outranked', 'ranked below the questions asked', 'ranked below the questions asked'],
]

/** "; the other 5: 3 share a sentence …, 2 would give another question away." — or null with no counts. */
function heldSaid(held: Partial<Record<HeldBack, number>>): string | null {
  const parts = HELD_WORDS.flatMap(([k, one, many]) => {
    const n = held[k] ?? 0
    return n > 0 ? [`${n} ${n === 1 ? one : many}`] : []
  })
  const total = HELD_WORDS.reduce((sum, [k]) => sum + (held[k] ?? 0), 0)
  if (total === 0) return null
  const only = HELD_WORDS.find(([k]) => (held[k] ?? 0) === 1)
  if (total === 1 && only) return `; the one fact left unasked ${only[1]}.`
  return `; of the ${total} facts left unasked, ${parts.join(', ')}.`
}

/**
 * The note for a short quiz: the article's length, how many questions it gave and the true reason —
 * how few of its sentences state a fact a fair question can be built on, and what held back the
 * facts it has — or null when the quiz is full (or the teacher asked for fewer questions, or the
 * article is short).
 */
export function shortQuizNote(
  wordCount: number,
  questions: number,
  asked: number,
  found: FactCounts,
  material?: QuestionMaterial,
): string | null {
  if (wordCount < FULL_QUIZ_WORDS || questions >= Math.min(FULL_QUIZ_QUESTIONS, asked)) return null
  const head = `This article of ${wordCount} words gave ${plural(questions, 'question')}, fewer than the usual ${FULL_QUIZ_QUESTIONS}.`
  if (!material) {
    const held = [
      plural(found.dates, 'date'),
      plural(found.numbers, 'figure'),
      plural(found.roles, 'stated office', 'stated offices'),
    ].join(', ')
    return `${head} ${quotesHeld(found)} It holds ${held}. Add your own questions on what the article leaves unasked.`
  }
  const where = `Only ${material.factSentences} of its ${plural(material.sentences, 'sentence')} state a fact a fair question can be built on (${plural(material.facts, 'fact')} in all)`
  const left = material.facts - questions
  // the rules that kept the facts out, counted, when the generator says which (select.ts questionMaterial)
  const counted = material.held ? heldSaid(material.held) : null
  const why = counted
    ? counted
    : left > 0
      ? `; ${left === 1 ? 'the other one' : `the other ${left}`} would repeat an answer, give away another question or crowd one sentence (a short quiz is filled past the types' balance, never past these).`
      : '.'
  const tail = 'Add your own questions on what the article leaves unasked.'
  // a note is at most NOTE_MAX characters (the quiz schema): the quotations' part goes first when long
  const full = `${head} ${where}${why} ${quotesHeld(found)} ${tail}`
  if (full.length <= NOTE_MAX) return full
  const shorter = `${head} ${where}${why} ${tail}`
  return shorter.length <= NOTE_MAX || !counted ? shorter : `${head} ${where}. ${tail}`
}

/** The longest note a quiz holds (quizSchema). */
const NOTE_MAX = 500

/**
 * What the article's quotations allow, said as it is: how many quotations name their speaker, by how
 * many people or bodies, and how many of them a "who said" question can fairly ask (a quoted term, a
 * document's wording or a fragment is no one's saying; with a single speaker there is no fair wrong
 * option to offer).
 */
function quotesHeld(found: FactCounts): string {
  const named = found.namedQuotes ?? found.attributedQuotes
  const speakers = found.speakers ?? (named > 0 ? 1 : 0)
  if (named === 0) return 'It quotes no named person or body.'
  const by = speakers === 1 ? 'all by one speaker' : `by ${plural(speakers, 'speaker')}`
  const quotes = `It quotes ${plural(named, 'passage')} ${by}`
  if (speakers === 1) return `${quotes}, so "who said it?" has no fair wrong options.`
  if (found.attributedQuotes < named)
    return `${quotes}; ${found.attributedQuotes} of them fit a "who said it?" question (the rest are too short, repeat another quote, or are a term, a document's wording or a finding rather than something said).`
  return `${quotes}.`
}
