/**
 * `npm run review -- FILE [options]`: prints the quiz for FILE as a review sheet — each prompt, its
 * options with the right one marked (✔) and the evidence sentence — so a person can judge it quickly.
 */
import { reviewSheet } from '../quiz/sheet'
import { CliExit, type CliIo, exitCodeOf, processIo, runAsProgram } from './io'
import { quizForArgs, USAGE, UsageError } from './quiz-args'

export function main(argv: string[], io: CliIo = processIo): number {
  return exitCodeOf(io, () => {
    try {
      io.out(`${reviewSheet(quizForArgs(argv).quiz)}`)
      return 0
    } catch (err) {
      if (!(err instanceof UsageError)) throw err
      throw new CliExit(
        2,
        `review: ${err.message}${err.showUsage ? `\nusage: npm run review -- ${USAGE}` : ''}`,
      )
    }
  })
}

runAsProgram(import.meta.url, main)
