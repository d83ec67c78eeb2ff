/**
 * The generator on adversarial shapes (src/cli/adversarial.ts) of 100 KB, against a normal article of
 * the same size: main-thread CPU time of text → quiz (or refusal), median of a few runs. Budget: each
 * shape ≤ 10× the normal article (issue 15; before the caps a 100 KB number run took about a minute).
 */
import { generateQuiz } from '../../quiz/index'
import { ADVERSARIAL_SHAPES, normalArticle } from '../adversarial'
import { type BenchSection, summarize } from './types'

const BYTES = 100 * 1024
const RUNS = 3
const BUDGET_RATIO = 10

function quizOrRefusal(text: string): void {
  try {
    generateQuiz(text)
  } catch (err) {
    // a refusal (too few facts) is an answer too; anything else is a bug the tests catch
    if (!(err instanceof Error) || !/Error$/.test(err.name)) throw err
  }
}

function cpuMs(text: string): number {
  quizOrRefusal(text) // warm
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = process.threadCpuUsage()
    quizOrRefusal(text)
    const d = process.threadCpuUsage(t)
    samples.push((d.user + d.system) / 1000)
  }
  return summarize(samples).median
}

export async function run(): Promise<BenchSection> {
  const normal = cpuMs(normalArticle(BYTES))
  const rows: BenchSection['rows'] = [
    {
      metric: 'normal article, 100 KB (the development articles repeated)',
      value: `${normal.toFixed(0)} ms`,
      target: '',
      ok: null,
    },
  ]
  for (const [name, make] of Object.entries(ADVERSARIAL_SHAPES)) {
    const ms = cpuMs(make(BYTES))
    const ratio = ms / normal
    rows.push({
      metric: `${name}, 100 KB`,
      value: `${ms.toFixed(0)} ms (${ratio.toFixed(2)}× normal)`,
      target: `≤ ${BUDGET_RATIO}× normal`,
      ok: ratio <= BUDGET_RATIO,
    })
  }
  return {
    title: 'Generation on adversarial articles (text → quiz, Node, 100 KB)',
    rows,
    notes: [
      `Main-thread CPU (process.threadCpuUsage), median of ${RUNS} runs after one warm-up, unbundled through tsx. ` +
        'The caps (src/quiz/limits.ts: sentences over 1,000 characters and facts past 300 a type are no ' +
        'question material; number blanks and date clauses read a bounded window of their sentence) keep ' +
        'every shape linear; test/node/generator-caps.test.ts asserts it by operation counts.',
    ],
  }
}
