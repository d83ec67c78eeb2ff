/**
 * The OpenAPI 3.1 document of the JSON API, generated from the same zod schemas that validate
 * requests and responses (zod's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses).
 * It runs at build time (scripts/build-openapi.mjs), so the JSON Schema generator stays out of the worker.
 */
import * as z from 'zod/mini'
import {
  attemptRequestSchema,
  attemptResultSchema,
  classResultsSchema,
  createQuizRequestSchema,
  createQuizResponseSchema,
  problemSchema,
  publicQuizSchema,
  quizListSchema,
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
      '/api/quizzes/{id}/questions/{questionId}': {
        delete: {
          summary: 'Take a question out of a quiz made at run time',
          security: teacher,
          parameters: [
            idParam,
            { name: 'questionId', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: {
            200: { description: 'The quiz without the question' },
            403: problem('A built-in quiz'),
            409: problem('The last question'),
            401: problem('Missing or wrong token'),
            404: problem('Unknown quiz or question'),
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
