/** One measured figure of `npm run bench`, next to its budget. */
export interface BenchRow {
  /** What was measured, e.g. "facts: 1,000-word article, median". */
  metric: string
  /** The figure, formatted with its unit, e.g. "1.8 ms (p95 2.3 ms, spread 1.6–2.9)". */
  value: string
  /** The budget, e.g. "≤ 3 ms", or "" when there is none. */
  target: string
  /** Whether the figure meets the budget (null when there is no budget). */
  ok: boolean | null
}

export interface BenchSection {
  title: string
  rows: BenchRow[]
  /** Free text printed under the table (how it was measured). */
  notes?: string[]
}

/** Median and percentiles of a sample (sorted copy). */
export function summarize(samples: number[]): {
  median: number
  p95: number
  p99: number
  min: number
  max: number
} {
  const s = [...samples].sort((a, b) => a - b)
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN
  return {
    median: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
  }
}
