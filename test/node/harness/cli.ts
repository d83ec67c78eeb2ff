/**
 * Runs a CLI's `main(argv, io)` in this process, capturing what it writes: the same exit code, stdout
 * and stderr as a real run, without starting Node and tsx per case. Each CLI test file keeps one real run
 * of its binary (through `npm run` or tsx) to prove the program itself starts.
 */
import type { CliIo } from '../../../src/cli/io'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export function runCli(main: (argv: string[], io: CliIo) => number, argv: string[]): CliRun {
  let stdout = ''
  let stderr = ''
  const code = main(argv, {
    out: (text) => {
      stdout += text
    },
    err: (text) => {
      stderr += text
    },
  })
  return { code, stdout, stderr }
}
