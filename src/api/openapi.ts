/**
 * The OpenAPI 3.1 document of the JSON API, generated from the same zod schemas that validate
 * requests and responses (zod's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses).
 * It runs at build time (scripts/build-openapi.mjs), so the JSON Schema generator stays out of the worker.
 */
import * as z from 'zod/mini'
import {
  addQuestionRequestSchema,
  attemptRequestSchema,
  attemptResultSchema,
  classResultsSchema,
  createQuizRequestSchema,
  createQuizResponseSchema,
  editViewSchema,
  orderRequestSchema,
  problemSchema,
  publicQuizSchema,
  questionSchema,
  quizListSchema,
  quizSchema,
  quizSettingsSchema,
} from '../schema'
import { CLASS_CODE_PATTERN } from '../shared/class-code'

const SCHEMAS = {
  QuizList: quizListSchema,
  PublicQuiz: publicQuizSchema,
  AttemptRequest: attemptRequestSchema,
  AttemptResult: attemptResultSchema,
  ClassResults: classResultsSchema,
  CreateQuizRequest: createQuizRequestSchema,
  CreateQuizResponse: createQuizResponseSchema,
  Problem: problemSchema,
  EditView: editViewSchema,
  Question: questionSchema,
  Quiz: quizSchema,
  AddQuestionRequest: addQuestionRequestSchema,
  OrderRequest: orderRequestSchema,
  QuizSettings: quizSettingsSchema,
} as const

type SchemaName = keyof typeof SCHEMAS

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` })
const json = (name: SchemaName) => ({ content: { 'application/json': { schema: ref(name) } } })
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
const classParam = {
  name: 'class',
  in: 'query',
  required: false,
  // case-insensitive: the API keeps the lowercase form of what it is given
  schema: { type: 'string', pattern: CLASS_CODE_PATTERN.source.replace('a-z', 'A-Za-z') },
}
const teacher = [{ teacherToken: [] }]
const questionParam = { name: 'questionId', in: 'path', required: true, schema: { type: 'string' } }
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The version the change was made to: "v{version}" (the ETag of GET /edit)',
  schema: { type: 'string', pattern: '^"v[0-9]+"$' },
}
/** The answers every versioned change can give besides success. */
const versioned = {
  401: problem('Missing or wrong token'),
  403: problem('A built-in quiz: copy it first'),
  404: problem('Unknown quiz or question'),
  412: problem('The quiz changed since that version; ETag holds the current one'),
  428: problem('No If-Match'),
}
const newVersion = {
  description: 'The new version: { version, quiz }',
  headers: { ETag: { schema: { type: 'string' } } },
}

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Civic Quiz API',
      version: '1.0.0',
      description:
        'Quizzes made from news articles, every answer citing its sentence. Answers are scored on the server.',
    },
    paths: {
      '/api/quizzes': {
        get: {
          summary: 'List the built-in quizzes',
          responses: { 200: { description: 'The catalogue', ...json('QuizList') } },
        },
        post: {
          summary: 'Make a quiz from a pasted article',
          requestBody: { required: true, ...json('CreateQuizRequest') },
          responses: {
            201: {
              description: 'The quiz with answers and its teacher token (shown once)',
              ...json('CreateQuizResponse'),
            },
            400: problem('Malformed JSON'),
            413: problem('Article over 100 KB'),
            422: problem('Invalid fields, or too few facts for a fair quiz'),
          },
        },
      },
      '/api/quizzes/{id}': {
        get: {
          summary: 'The public quiz (no answers)',
          parameters: [idParam],
          responses: {
            200: { description: 'The quiz', ...json('PublicQuiz') },
            404: problem('Unknown quiz'),
          },
        },
      },
      '/api/quizzes/{id}/attempts': {
        post: {
          summary: 'Submit and score an attempt (idempotent by attemptId)',
          parameters: [idParam],
          requestBody: { required: true, ...json('AttemptRequest') },
          responses: {
            200: { description: 'A replay: the stored result of this attemptId', ...json('AttemptResult') },
            201: { description: 'Scored and stored', ...json('AttemptResult') },
            400: problem('Malformed JSON'),
            404: problem('Unknown quiz'),
            413: problem('Body over 64 KB'),
            415: problem('Not JSON'),
            422: problem('Answers that do not fit the quiz'),
            503: problem('Storage unavailable; retry with the same attemptId'),
          },
        },
      },
      '/api/quizzes/{id}/answers': {
        get: {
          summary: 'The full quiz with answers and evidence, for its teacher',
          security: teacher,
          parameters: [idParam],
          responses: {
            200: { description: 'The quiz' },
            401: problem('Missing or wrong token'),
            404: problem('Unknown quiz'),
          },
        },
      },
      '/api/quizzes/{id}/results': {
        get: {
          summary: "A class's results, per question",
          security: teacher,
          parameters: [idParam, classParam],
          responses: {
            200: { description: 'Results', ...json('ClassResults') },
            401: problem('Missing or wrong token'),
            404: problem('Unknown quiz'),
          },
        },
      },
      '/api/quizzes/{id}/results.csv': {
        get: {
          summary: 'One CSV row per attempt',
          security: teacher,
          parameters: [idParam, classParam],
          responses: {
            200: {
              description: 'CSV (RFC 4180, formulas neutralised)',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            401: problem('Missing or wrong token'),
          },
        },
      },
      '/api/quizzes/{id}/attempts/{attemptId}': {
        get: {
          summary: "A stored attempt, with the key only as the quiz's settings allow now",
          parameters: [
            idParam,
            { name: 'attemptId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
            classParam,
          ],
          responses: {
            200: { description: 'The attempt', ...json('AttemptResult') },
            404: problem('Unknown quiz or attempt'),
          },
        },
      },
      '/api/quizzes/{id}/edit': {
        get: {
          summary: "The teacher's editor: version, quiz with answers, alternates, settings, article",
          security: teacher,
          parameters: [idParam],
          responses: {
            200: { description: 'The edit view (ETag: "v{version}")', ...json('EditView') },
            401: problem('Missing or wrong token'),
            404: problem('Unknown quiz'),
          },
        },
      },
      '/api/quizzes/{id}/candidates': {
        get: {
          summary: "The generator's questions about one passage of the article",
          security: teacher,
          parameters: [
            idParam,
            { name: 'start', in: 'query', required: true, schema: { type: 'integer' } },
            { name: 'end', in: 'query', required: true, schema: { type: 'integer' } },
          ],
          responses: {
            200: { description: '{ questions }' },
            401: problem('Missing or wrong token'),
            422: problem('Not a span of the article, or the quiz keeps no article'),
          },
        },
      },
      '/api/quizzes/{id}/questions': {
        post: {
          summary: 'Add a question: swap in an alternate, take a sentence’s best question, or a written one',
          security: teacher,
          parameters: [idParam, ifMatch],
          requestBody: { required: true, ...json('AddQuestionRequest') },
          responses: {
            201: { description: 'The new version: { version, quiz, question }' },
            ...versioned,
            409: problem('The quiz already asks it'),
            422: problem('Invalid question, or evidence that is not the article’s text'),
          },
        },
      },
      '/api/quizzes/{id}/questions/{questionId}': {
        put: {
          summary: 'Replace a question with the teacher’s version of it',
          security: teacher,
          parameters: [idParam, questionParam, ifMatch],
          requestBody: { required: true, ...json('Question') },
          responses: {
            200: newVersion,
            ...versioned,
            422: problem('Invalid question, or evidence that is not the article’s text'),
          },
        },
        delete: {
          summary: 'Take a question out of a quiz made at run time',
          security: teacher,
          parameters: [idParam, questionParam, ifMatch],
          responses: { 200: newVersion, ...versioned, 409: problem('The last question') },
        },
      },
      '/api/quizzes/{id}/order': {
        put: {
          summary: 'Put the questions in a new order',
          security: teacher,
          parameters: [idParam, ifMatch],
          requestBody: { required: true, ...json('OrderRequest') },
          responses: { 200: newVersion, ...versioned, 422: problem('Not every question once') },
        },
      },
      '/api/quizzes/{id}/undo': {
        post: {
          summary: 'Save the previous version’s questions as a new version',
          security: teacher,
          parameters: [idParam, ifMatch],
          responses: { 200: newVersion, ...versioned, 409: problem('Nothing to undo') },
        },
      },
      '/api/quizzes/{id}/settings': {
        put: {
          summary: 'Set feedback, attempts and whether students see the article',
          security: teacher,
          parameters: [idParam],
          requestBody: { required: true, ...json('QuizSettings') },
          responses: {
            200: { description: '{ settings }' },
            401: problem('Missing or wrong token'),
            403: problem('A built-in quiz'),
            422: problem('Invalid settings'),
          },
        },
      },
      '/api/quizzes/{id}/release': {
        post: {
          summary: 'Release the answers of an after-release quiz',
          security: teacher,
          parameters: [idParam],
          responses: {
            200: { description: '{ released, releasedAt }' },
            401: problem('Missing or wrong token'),
            409: problem('Not an after-release quiz'),
          },
        },
      },
      '/api/quizzes/{id}/copy': {
        post: {
          summary: 'Copy a quiz into a run-time quiz of one’s own (built-in: open; run-time: its token)',
          parameters: [idParam],
          responses: {
            201: {
              description: 'The copy and its teacher token (shown once)',
              ...json('CreateQuizResponse'),
            },
            401: problem('A run-time quiz’s copy needs its token'),
            404: problem('Unknown quiz'),
            429: problem('Too many new quizzes from this network'),
          },
        },
      },
    },
    components: {
      securitySchemes: { teacherToken: { type: 'http', scheme: 'bearer' } },
      schemas: Object.fromEntries(
        Object.entries(SCHEMAS).map(([name, schema]) => [
          name,
          z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
        ]),
      ),
    },
  }
}
