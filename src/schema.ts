/**
 * The one definition of every shape Civic Quiz reads, stores or sends.
 * Types are inferred from these schemas; variants are derived with omit, never retyped.
 * Written with zod/mini (the same zod 4 engine, tree-shakeable), which keeps the worker small.
 */
import * as z from 'zod/mini'
import { CLASS_CODE_PATTERN, CLASS_CODE_RULE } from './shared/class-code'

const nonNegativeInt = () => z.int().check(z.nonnegative())
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max))
const trimmedText = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max))
const httpUrl = () => z.url({ protocol: /^https?$/ }).check(z.maxLength(2000))
const pattern = (re: RegExp, message: string) => z.string().check(z.regex(re, message))

// ---------------------------------------------------------------------------
// Shared pieces

export const isoDaySchema = pattern(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
export const isoDateAnyPrecisionSchema = pattern(
  /^\d{4}(-\d{2}(-\d{2})?)?$/,
  'expected YYYY, YYYY-MM or YYYY-MM-DD',
)

/**
 * A class code a teacher hands out: letters, digits, `_` and `-`, 1 to 32 characters, case-insensitive
 * (kept trimmed and lowercase: "Period-3" and "period-3" are one class). See src/shared/class-code.ts.
 */
export const classCodeSchema = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.regex(CLASS_CODE_PATTERN, CLASS_CODE_RULE))

/** Printable text without control characters (C0, DEL, C1, lone surrogates excluded). */
const PRINTABLE = /^[^\p{Cc}\p{Cs}\p{Co}\p{Cn}]*$/u
const CONTROL_CHARS = /\p{Cc}/gu
/** Drops control characters (C0, DEL, C1) from what a student types: they reach no page, CSV or log. */
const stripControls = () => z.overwrite((s: string) => s.replace(CONTROL_CHARS, ''))
export const studentNameSchema = z
  .string()
  .check(
    stripControls(),
    z.trim(),
    z.maxLength(40, 'a name has at most 40 characters'),
    z.regex(PRINTABLE, 'a name may only hold printable characters'),
  )

export const spanSchema = z.object({ start: nonNegativeInt(), end: nonNegativeInt() })

/** The article sentence that proves an answer, with its character offsets in the article. */
export const evidenceSchema = z.object({
  text: z.string().check(z.minLength(1)),
  start: nonNegativeInt(),
  end: nonNegativeInt(),
})

// ---------------------------------------------------------------------------
// Quizzes

export const sourceSchema = z.object({
  title: text(1, 300),
  date: isoDaySchema,
  /**
   * Set when no publication date was given: `date` is then the day the quiz was made, which relative
   * dates ("on Sunday") were read against. Pages do not show it as the publication date.
   */
  dateAssumed: z.optional(z.literal(true)),
  publisher: z.optional(text(1, 200)),
  /** Who wrote the text, for the credit a license asks for (e.g. "Wikinews contributors"). */
  author: z.optional(text(1, 200)),
  url: z.optional(httpUrl()),
  license: z.optional(text(1, 200)),
})

export const QUESTION_TYPES = [
  'who-said',
  'quote-completion',
  'when',
  'number',
  'true-false',
  'role',
  'source',
  'order',
  'who-did',
] as const
export const questionTypeSchema = z.enum(QUESTION_TYPES)

export const questionIdSchema = pattern(/^[A-Za-z0-9_-]{1,64}$/, 'question ids are short slugs')

/** The fields of a question, without the rules that tie them together (so variants can be derived). */
export const questionFieldsSchema = z.object({
  id: questionIdSchema,
  type: questionTypeSchema,
  prompt: text(1, 2000),
  /** Choice questions: the options shown. */
  options: z.optional(z.array(text(1, 500)).check(z.minLength(2), z.maxLength(6))),
  /** Choice questions: index of the right option. */
  answer: z.optional(nonNegativeInt()),
  /** Typed-answer questions: answers that count as right (compared after normalising). */
  accept: z.optional(z.array(text(1, 500)).check(z.minLength(1))),
  explanation: text(1, 2000),
  evidence: evidenceSchema,
  /** Set when a teacher changed the question after it was generated. */
  edited: z.optional(z.boolean()),
  /**
   * Ids this question had before ids were made opaque: attempts stored under them still count in the
   * results. Server-side only (left out of the public quiz), and never accepted in a new attempt.
   */
  formerIds: z.optional(z.array(questionIdSchema).check(z.maxLength(8))),
})

export const questionSchema = questionFieldsSchema.check(
  z.superRefine((q, ctx) => {
    if (q.options !== undefined) {
      if (q.answer === undefined)
        ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a choice question needs an answer index' })
      else if (q.answer >= q.options.length)
        ctx.addIssue({ code: 'custom', path: ['answer'], message: 'answer index is out of range' })
      if (new Set(q.options).size !== q.options.length)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'options must be distinct' })
    } else if (q.accept === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['accept'],
        message: 'a question needs options and answer, or accept',
      })
    }
    if (q.evidence.end < q.evidence.start)
      ctx.addIssue({ code: 'custom', path: ['evidence', 'end'], message: 'evidence ends before it starts' })
  }),
)

export const quizIdSchema = pattern(/^[a-z0-9][a-z0-9-]{0,79}$/, 'quiz ids are lowercase slugs')

export const quizSchema = z
  .object({
    id: quizIdSchema,
    title: text(1, 300),
    source: sourceSchema,
    questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(40)),
    /** What a teacher should know about the quiz, e.g. why an article gave fewer questions than usual. */
    notes: z.optional(z.array(text(1, 500)).check(z.maxLength(10))),
  })
  .check(
    z.superRefine((quiz, ctx) => {
      const seen = new Set<string>()
      quiz.questions.forEach((q, i) => {
        if (seen.has(q.id))
          ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: 'duplicate question id' })
        seen.add(q.id)
      })
    }),
  )

/** What a student's browser receives: the quiz with every answer-bearing field left out. */
export const publicQuestionSchema = z.strictObject(
  z.omit(questionFieldsSchema, {
    answer: true,
    accept: true,
    explanation: true,
    evidence: true,
    edited: true,
    formerIds: true,
  }).shape,
)

/** A quiz's settings, chosen by its teacher. */
export const FEEDBACK_MODES = ['immediate', 'score-only', 'after-release'] as const
export const quizSettingsSchema = z.strictObject({
  /** immediate: the key and evidence after scoring; score-only: the score alone; after-release: the
   * score, and the key once the teacher releases it. */
  feedback: z.enum(FEEDBACK_MODES),
  /** one-per-name: one attempt per first name and class code, across every version of the quiz. */
  attempts: z.enum(['unlimited', 'one-per-name']),
  /** Show the article (or a link to it) to students. */
  showArticle: z.boolean(),
})
export type QuizSettings = z.infer<typeof quizSettingsSchema>

/** A saved version of a quiz: a positive whole number, 1 for a new quiz and for every built-in quiz. */
export const versionSchema = z.int().check(z.positive())

export const publicQuizSchema = z.strictObject({
  id: quizIdSchema,
  title: z.string(),
  source: sourceSchema,
  version: versionSchema,
  /** What the student's page needs to know: the feedback mode and the attempts rule. */
  settings: z.strictObject({
    feedback: z.enum(FEEDBACK_MODES),
    attempts: z.enum(['unlimited', 'one-per-name']),
  }),
  /** The article's text, when the teacher shows it to students. */
  article: z.optional(z.string()),
  questions: z.array(publicQuestionSchema),
})

export const quizSummarySchema = z.object({
  id: quizIdSchema,
  title: z.string(),
  source: sourceSchema,
  questionCount: nonNegativeInt(),
})
export const quizListSchema = z.object({ quizzes: z.array(quizSummarySchema) })

export type Source = z.infer<typeof sourceSchema>
export type Evidence = z.infer<typeof evidenceSchema>
export type QuestionType = z.infer<typeof questionTypeSchema>
export type Question = z.infer<typeof questionSchema>
export type Quiz = z.infer<typeof quizSchema>
export type PublicQuestion = z.infer<typeof publicQuestionSchema>
export type PublicQuiz = z.infer<typeof publicQuizSchema>
export type QuizSummary = z.infer<typeof quizSummarySchema>

// ---------------------------------------------------------------------------
// Attempts

/** A given answer: an option index for choice questions, text for typed ones. */
export const givenAnswerSchema = z.union([
  nonNegativeInt(),
  z.string().check(z.maxLength(500), stripControls()),
])

export const attemptRequestSchema = z.strictObject({
  attemptId: z.optional(z.uuid()),
  /** The version of the quiz the student answered (default: the current one). */
  version: z.optional(versionSchema),
  class: z.optional(classCodeSchema),
  name: z.optional(studentNameSchema),
  answers: z.record(questionIdSchema, givenAnswerSchema),
})

export const questionResultSchema = z.object({
  question: questionIdSchema,
  correct: z.boolean(),
  given: z.nullable(givenAnswerSchema),
  /** The right option's index, or the first accepted text. */
  answer: givenAnswerSchema,
  explanation: z.string(),
  evidence: evidenceSchema,
})

/**
 * A scored attempt, as answered to the student and kept as the KV value. It holds nothing that differs
 * between two sends of the same attempt (the time is in the metadata), so a replay gets the same bytes.
 */
export const attemptResultSchema = z.object({
  attemptId: z.uuid(),
  quiz: quizIdSchema,
  class: z.string(),
  name: z.optional(z.string()),
  score: nonNegativeInt(),
  total: nonNegativeInt(),
  /** The version of the quiz it answered and was scored against. */
  version: versionSchema,
  /** Set when the key is held back (score-only, or after-release before the release): `results` is empty. */
  withheld: z.optional(z.enum(['score-only', 'after-release'])),
  /**
   * Whether every question was answered. The stored attempt keeps every question's result; a student
   * sees them (the right answers and evidence) for a complete attempt, or for any attempt once an
   * after-release quiz is released (blanks with `given: null`); under immediate feedback a partial one
   * gets its score and an empty list, and is asked to finish first (src/quiz/attempt-rules.ts).
   * Absent in attempts stored before this rule (they were all answered with their results).
   */
  complete: z.optional(z.boolean()),
  results: z.array(questionResultSchema),
})

/**
 * The KV metadata of one stored attempt: everything the results view needs, so results
 * for N attempts take ⌈N/1000⌉ list() calls and no reads. Kept well under KV's 1 KB limit.
 */
export const attemptMetaSchema = z.object({
  /** score */
  s: nonNegativeInt(),
  /** total */
  t: nonNegativeInt(),
  /** ISO time of the attempt */
  at: z.iso.datetime(),
  /** first name, if given */
  n: z.optional(z.string()),
  /** chosen option index by question id (choice questions answered) */
  a: z.record(z.string(), nonNegativeInt()),
  /** the quiz version answered (absent on attempts stored before versions: 1) */
  v: z.optional(versionSchema),
  /** typed answers by question id: [1 if right else 0, the text, shortened] */
  x: z.optional(z.record(z.string(), z.tuple([z.union([z.literal(0), z.literal(1)]), z.string()]))),
})

export type AttemptRequest = z.infer<typeof attemptRequestSchema>
export type GivenAnswer = z.infer<typeof givenAnswerSchema>
export type QuestionResult = z.infer<typeof questionResultSchema>
export type AttemptResult = z.infer<typeof attemptResultSchema>
export type AttemptMeta = z.infer<typeof attemptMetaSchema>

// ---------------------------------------------------------------------------
// Results for a teacher

export const resultsQuerySchema = z.object({
  class: z.optional(classCodeSchema),
  /** Where a page of results starts: the `more.cursor` of the page before. */
  cursor: z.optional(text(1, 2000)),
})

export const questionStatsSchema = z.object({
  question: questionIdSchema,
  answered: nonNegativeInt(),
  correct: nonNegativeInt(),
  /** How often each option was picked (typed questions: empty). */
  choices: z.array(nonNegativeInt()),
  /** The question's prompt and options as the students saw them. */
  prompt: z.string(),
  options: z.optional(z.array(z.string())),
  /** The versions that asked it; false when the current version no longer does (removed or edited). */
  current: z.boolean(),
})

export const recentAttemptSchema = z.object({
  attemptId: z.string(),
  name: z.nullable(z.string()),
  class: z.string(),
  score: nonNegativeInt(),
  total: nonNegativeInt(),
  at: z.string(),
  /** The quiz version the attempt answered. */
  version: versionSchema,
})

export const classResultsSchema = z.object({
  quiz: quizIdSchema,
  /** The quiz's current version. */
  version: versionSchema,
  class: z.nullable(z.string()),
  attempts: nonNegativeInt(),
  meanScore: z.nullable(z.number()),
  questions: z.array(questionStatsSchema),
  recent: z.array(recentAttemptSchema),
  /**
   * Present when there are more attempts than one page holds (RESULTS_PAGE_ATTEMPTS): these results
   * count only this page's; ask again with `?cursor=` for the next.
   */
  more: z.optional(z.object({ cursor: z.string(), detail: z.string() })),
})

export type QuestionStats = z.infer<typeof questionStatsSchema>
export type ClassResults = z.infer<typeof classResultsSchema>

/** An RFC 9457 problem, as every error response carries it. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  errors: z.optional(
    z.array(
      z.object({ pointer: z.string(), path: z.array(z.union([z.string(), z.int()])), detail: z.string() }),
    ),
  ),
})

// ---------------------------------------------------------------------------
// Quizzes made from a pasted article

export const MAX_ARTICLE_BYTES = 100 * 1024

/** What the make-a-quiz form says when the article box holds no text (only spaces count as none). */
export const EMPTY_ARTICLE_MESSAGE = 'Paste the text of a news article into the box: it is empty.'
/** What the make-a-quiz form says about a date that is not one; the form's date picker always sends YYYY-MM-DD. */
export const BAD_DATE_MESSAGE =
  'The publication date is not a date: pick it with the date picker (or write it year-month-day, e.g. 2025-11-18), or leave it empty.'

/**
 * `{ article, … }` makes a quiz from pasted text (`url` then only credits the source); `{ url }` alone
 * fetches the page and reads its article (src/import). `title`, `date` and `publisher` override what the
 * page says.
 */
export const createQuizRequestSchema = z
  .strictObject({
    article: z.optional(
      z.string(EMPTY_ARTICLE_MESSAGE).check(z.refine((s) => s.trim() !== '', EMPTY_ARTICLE_MESSAGE)),
    ),
    title: z.optional(trimmedText(1, 300)),
    date: z.optional(pattern(/^\d{4}-\d{2}-\d{2}$/, BAD_DATE_MESSAGE)),
    publisher: z.optional(trimmedText(1, 200)),
    url: z.optional(httpUrl()),
  })
  .check(
    z.superRefine((body, ctx) => {
      if (body.article === undefined && body.url === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['article'],
          message: 'Paste the text of a news article into the box, or give a link to one.',
        })
    }),
  )

/** The article read from a link, as the teacher sees it before sharing (text: paragraphs split by blank lines). */
export const importedArticleSchema = z.object({
  title: z.nullable(z.string()),
  date: z.nullable(isoDaySchema),
  publisher: z.nullable(z.string()),
  byline: z.nullable(z.string()),
  url: z.string(),
  lang: z.nullable(z.string()),
  text: z.string(),
})

export const createQuizResponseSchema = z.object({
  id: quizIdSchema,
  teacherToken: z.string(),
  quiz: quizSchema,
  /** Present when the quiz was made from a link. */
  imported: z.optional(importedArticleSchema),
})

/** A quiz created at run time, as kept in KV: the quiz and a hash of its teacher token. */
export const storedQuizSchema = z.object({
  quiz: quizSchema,
  tokenHash: pattern(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest'),
  createdAt: z.iso.datetime(),
  /**
   * The secret salt of the quiz's question ids (src/quiz/ids.ts). Absent in quizzes stored before ids
   * were salted: their ids are made opaque when read (src/store/quizzes.ts).
   */
  idSalt: z.optional(text(16, 128)),
})

/** One saved version of a run-time quiz: the questions and the generator's ranked alternates. */
export const quizVersionRecordSchema = z.object({
  quiz: quizSchema,
  /** The generator's next-best questions, best first, for swapping in. */
  alternates: z.array(questionSchema),
})

/**
 * What a copy of a built-in quiz needs beyond the quiz (dist/public/bank/articles/{id}.json, written by
 * scripts/build-bank.mjs): the article its evidence offsets point into, its id salt, and the generator's
 * ranked alternates (questions/alternates/, written by `npm run bank`), so the copy can be edited as a
 * quiz made from pasted text can.
 */
export const builtinArticleSchema = z.object({
  id: quizIdSchema,
  article: z.string().check(z.minLength(1)),
  /** '' for a bank quiz made before salts (its ids were made with the empty salt). */
  idSalt: text(0, 128),
  alternates: z.array(questionSchema),
})

/** questions/alternates/{file}: a built-in quiz's ranked alternates, written by `npm run bank`. */
export const bankAlternatesSchema = z.object({ id: quizIdSchema, alternates: z.array(questionSchema) })

/** GET /api/quizzes/:id/edit: everything the teacher's editor needs, answers included. */
export const editViewSchema = z.object({
  version: versionSchema,
  quiz: quizSchema,
  alternates: z.array(questionSchema),
  settings: quizSettingsSchema,
  /** Whether the key of an after-release quiz has been released. */
  released: z.boolean(),
  /** Whether the quiz can be edited (run-time quizzes; built-ins are copied first). */
  editable: z.boolean(),
  /** The article, when the quiz keeps it (made from pasted text or a link, or copied): questions come from its sentences. */
  article: z.optional(
    z.object({ text: z.string(), sentences: z.array(z.object({ start: z.int(), end: z.int() })) }),
  ),
})

/** POST /api/quizzes/:id/questions: swap in an alternate, take a sentence's best question, or a question. */
export const addQuestionRequestSchema = z.union([
  z.strictObject({ alternate: questionIdSchema, replace: z.optional(questionIdSchema) }),
  z.strictObject({ sentence: spanSchema, type: z.optional(questionTypeSchema) }),
  z.strictObject({ question: questionSchema }),
])

export const orderRequestSchema = z.strictObject({
  order: z.array(questionIdSchema).check(z.minLength(1), z.maxLength(40)),
})

export const candidatesQuerySchema = z.object({
  start: pattern(/^\d{1,7}$/, 'a character offset'),
  end: pattern(/^\d{1,7}$/, 'a character offset'),
})

export type CreateQuizRequest = z.infer<typeof createQuizRequestSchema>
export type QuizVersionRecord = z.infer<typeof quizVersionRecordSchema>
export type EditView = z.infer<typeof editViewSchema>
export type BuiltinArticle = z.infer<typeof builtinArticleSchema>
export type AddQuestionRequest = z.infer<typeof addQuestionRequestSchema>
export type StoredQuiz = z.infer<typeof storedQuizSchema>
export type ImportedArticle = z.infer<typeof importedArticleSchema>

// ---------------------------------------------------------------------------
// Facts read from an article (src/article, src/facts)

export const quoteFactSchema = z.object({
  /** The quoted words, without the marks. */
  text: z.string(),
  start: nonNegativeInt(),
  end: nonNegativeInt(),
  /** Canonical name of the speaker, or null when the text does not say. */
  speaker: z.nullable(z.string()),
  /** How it was attributed: pattern name and verb (e.g. "said-x", "said"). */
  attribution: z.nullable(
    z.object({
      pattern: z.string(),
      verb: z.nullable(z.string()),
      /** true when the speaker was found through a pronoun or a role ("he", "the mayor"). */
      resolved: z.boolean(),
    }),
  ),
  /** The sentence that holds the quote (for a multi-sentence quote: the first). */
  sentence: evidenceSchema,
  /**
   * 'speech': someone's spoken or written words. 'term': quoted words nobody says in the article — a
   * charge ("charged with 'X'"), the wording of a form, law, clause or question, a slogan, a title or
   * a name; its speaker is null, and no "who said" question may be asked of it.
   */
  kind: z.enum(['speech', 'term']),
})

export const dateFactSchema = z.object({
  text: z.string(),
  iso: isoDateAnyPrecisionSchema,
  start: nonNegativeInt(),
  end: nonNegativeInt(),
  /** The event it dates, as words from the sentence (e.g. "be sworn in as the city's 52nd mayor"). */
  event: z.nullable(z.string()),
  sentence: evidenceSchema,
})

export const personFactSchema = z.object({
  name: z.string(),
  /** 'bill', 'document' (a label such as "Section 5"), 'place' and 'other' (a fragment) never speak. */
  kind: z.enum(['person', 'organization', 'outlet', 'place', 'bill', 'document', 'other']),
  aliases: z.array(z.string()),
  /** A lawmaker's party from a tag such as "(D-CA)": Democratic, Republican or Independent. */
  party: z.optional(z.string()),
  /** A lawmaker's state from a tag such as "(D-CA)" or "(GA-5)", in full. */
  state: z.optional(z.string()),
  /** A bill's sponsors (canonical names), when the text says who introduced it. */
  sponsors: z.optional(z.array(z.string())),
  role: z.nullable(z.string()),
  /** The sentence that states the role, when there is one. */
  roleSentence: z.nullable(evidenceSchema),
  /** First mention, for ordering. */
  start: nonNegativeInt(),
})

export const NUMBER_KINDS = ['age', 'ordinal', 'money', 'percent', 'count'] as const
export const numberFactSchema = z.object({
  text: z.string(),
  value: z.number(),
  kind: z.enum(NUMBER_KINDS),
  /** What it measures, as words from the sentence (e.g. "mayor", "residents"). */
  about: z.nullable(z.string()),
  unit: z.nullable(z.string()),
  start: nonNegativeInt(),
  end: nonNegativeInt(),
  sentence: evidenceSchema,
})

export const sourceCitationSchema = z.object({
  /** The outlet cited, e.g. "Reuters". */
  outlet: z.string(),
  /** Canonical speaker whose words it reports, when the same sentence says. */
  speaker: z.nullable(z.string()),
  start: nonNegativeInt(),
  end: nonNegativeInt(),
  sentence: evidenceSchema,
})

export const articleFactsSchema = z.object({
  date: z.nullable(isoDaySchema),
  quotes: z.array(quoteFactSchema),
  dates: z.array(dateFactSchema),
  people: z.array(personFactSchema),
  numbers: z.array(numberFactSchema),
  sources: z.array(sourceCitationSchema),
})

export type QuoteFact = z.infer<typeof quoteFactSchema>
export type DateFact = z.infer<typeof dateFactSchema>
export type PersonFact = z.infer<typeof personFactSchema>
export type NumberFact = z.infer<typeof numberFactSchema>
export type SourceCitation = z.infer<typeof sourceCitationSchema>
export type ArticleFacts = z.infer<typeof articleFactsSchema>
