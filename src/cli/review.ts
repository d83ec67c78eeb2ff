/**
 * `npm run review -- FILE [options]`: prints the quiz for FILE as a review sheet — each prompt, its
 * options with the right one marked (✔) and the evidence sentence — so a person can judge it quickly.
 */
import { reviewSheet } from '../quiz/sheet'
import { quizForArgs, USAGE, UsageError } from './quiz-args'

try {
  process.stdout.write(`${reviewSheet(quizForArgs(process.argv.slice(2)).quiz)}`)
} catch (err) {
  if (!(err instanceof UsageError)) throw err
  process.stderr.write(
    `review: ${err.message}\n${err.showUsage ? `usage: npm run review -- ${USAGE}\n` : ''}`,
  )
  process.exit(2)
}
