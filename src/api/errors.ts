import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ArticleDateError, ArticleTextError } from '../article/errors'
import { AttemptAnswersInvalid } from '../quiz/attempt-errors'
import { QuizEditRefused } from '../quiz/edit'
import { InvalidQuizOptionError, MissingDateError, NotEnoughFactsError } from '../quiz/errors'
import { BAD_DATE_MESSAGE } from '../schema'
import { StorageUnavailable } from '../store/errors'
import { ImportError, importProblem } from './import-quiz'
import { fieldErrors, ProblemError, problemResponse } from './problem'

/** Seconds a client should wait before retrying when storage is unavailable. */
export const RETRY_AFTER_SECONDS = 2

/** Maps every error to problem+json. Unknown errors are logged and become a generic 500. */
export function toProblem(error: Error, c: Context): Response {
  if (error instanceof ProblemError) return problemResponse(error.problem, error.headers)
  if (error instanceof ImportError) return problemResponse(importProblem(error))
  if (error instanceof AttemptAnswersInvalid) {
    const errors = fieldErrors(error.issues)
    return problemResponse({
      type: '/problems/validation',
      title: 'The answers do not fit the quiz',
      status: 422,
      detail: `The answers do not fit the quiz: ${error.message}.`,
      errors,
    })
  }
  if (error instanceof QuizEditRefused) {
    const status = error.kind === 'not-found' ? 404 : error.kind === 'conflict' ? 409 : 422
    return problemResponse(
      new ProblemError(
        status,
        error.message,
        error.issues.length > 0 ? { errors: fieldErrors(error.issues) } : {},
      ).problem,
    )
  }
  if (error instanceof NotEnoughFactsError)
    return problemResponse({
      type: '/problems/not-enough-facts',
      title: 'Too few facts for a fair quiz',
      status: 422,
      detail: `This article is too thin for a fair quiz: ${error.message}. Try a longer news article with quotations, dates or numbers.`,
    })
  if (error instanceof MissingDateError || error instanceof ArticleDateError)
    return problemResponse({
      type: '/problems/validation',
      title: 'The publication date is not a date',
      status: 422,
      detail: BAD_DATE_MESSAGE,
      errors: fieldErrors([{ path: ['date'], message: error.message }]),
    })
  if (error instanceof ArticleTextError || error instanceof InvalidQuizOptionError)
    return problemResponse({
      type: '/problems/validation',
      title: 'The article cannot be read',
      status: 422,
      detail:
        'The article cannot be read as text. Paste the words of the article itself, not a file or a picture.',
      errors: fieldErrors([{ path: ['article'], message: error.message }]),
    })
  if (error instanceof StorageUnavailable) {
    console.error(JSON.stringify({ message: error.message, path: c.req.path, cause: String(error.cause) }))
    return problemResponse(
      {
        type: '/problems/unavailable',
        title: 'Storage temporarily unavailable',
        status: 503,
        detail: 'Nothing was lost or half-saved. Send the same request again in a moment.',
      },
      { 'retry-after': String(RETRY_AFTER_SECONDS) },
    )
  }
  if (error instanceof HTTPException && error.status < 500)
    return problemResponse({
      type: '/problems/bad-request',
      title: 'Bad request',
      status: error.status,
      detail: error.message || 'The request is not valid.',
    })
  console.error(
    JSON.stringify({ message: 'unhandled error', path: c.req.path, name: error.name, error: error.message }),
  )
  return problemResponse({
    type: '/problems/internal',
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side.',
  })
}
