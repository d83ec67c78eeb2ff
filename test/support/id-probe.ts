/**
 * The security probe's recovery method (issue 15): from the public quiz alone, test each option of a
 * choice question against the fact keys a question can have (`quote:<offset>`, `date:<offset>`,
 * `source:<offset>`, `role:<name>`) through the id hash that ids used to be
 * (`"q-" + fnv1a(type|factKey|answer)`), and report the option whose hash gives the question's id.
 */
import { hashHex } from '../../src/quiz/random'
import type { PublicQuiz } from '../../src/schema'

export interface ProbeOutcome {
  /** Choice questions tried. */
  tried: number
  /** Questions where the method named an option, and whether that option is the right one. */
  found: Array<{ question: string; option: number }>
}

/** Runs the probe over a public quiz, trying offsets 0 to `maxOffset`. */
export function probeAnswers(quiz: PublicQuiz, maxOffset: number): ProbeOutcome {
  const found: ProbeOutcome['found'] = []
  let tried = 0
  for (const q of quiz.questions) {
    if (q.options === undefined) continue
    tried++
    const keys = q.options.map((o) => `role:${o}`)
    for (let o = 0; o <= maxOffset; o++) keys.push(`quote:${o}`, `date:${o}`, `source:${o}`)
    let hit: number | null = null
    for (const [i, option] of q.options.entries()) {
      for (const key of keys)
        if (`q-${hashHex(`${q.type}|${key}|${option}`)}` === q.id) {
          hit = i
          break
        }
      if (hit !== null) break
    }
    if (hit !== null) found.push({ question: q.id, option: hit })
  }
  return { tried, found }
}
