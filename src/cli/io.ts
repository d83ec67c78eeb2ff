/**
 * What the command-line tools share: where they write (the process's stdout and stderr, or a test's
 * buffers), how they stop with an exit code and a message, and whether a module is the program itself.
 * Each CLI exports `main(argv, io)`, which returns its exit code instead of exiting, so tests call it
 * in-process (test/node/quiz-cli.test.ts, facts-cli.test.ts) and one real run per tool proves the binary.
 */
import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
}

/** Stops a CLI's `main` with an exit code; its message goes to stderr. */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
    this.name = 'CliExit'
  }
}

/** Runs `body`, turning a CliExit into its message on stderr and its code; 0 when it returns. */
export function exitCodeOf(io: CliIo, body: () => number | undefined): number {
  try {
    return body() ?? 0
  } catch (err) {
    if (!(err instanceof CliExit)) throw err
    io.err(`${err.message}\n`)
    return err.code
  }
}

/** Whether the module at `moduleUrl` is the program being run (not a module a test imported). */
export function isProgram(moduleUrl: string): boolean {
  const entry = process.argv[1]
  if (entry === undefined) return false
  try {
    return pathToFileURL(realpathSync(entry)).href === moduleUrl
  } catch {
    return false
  }
}

/** Runs a CLI's `main` as the program: its exit code becomes the process's. */
export function runAsProgram(moduleUrl: string, main: (argv: string[], io: CliIo) => number): void {
  if (isProgram(moduleUrl)) process.exitCode = main(process.argv.slice(2), processIo)
}
