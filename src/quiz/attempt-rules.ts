/** The quiz settings' rules for what a student gets back and who may send an attempt. Pure. */
import type { AttemptResult, QuizSettings } from '../schema'

/**
 * The result as the student may see it now: in full under `immediate` feedback and after the teacher
 * released an `after-release` quiz; otherwise the score alone (no per-question marks, answers,
 * explanations or evidence, which would give the key away).
 */
export function resultForStudent(
  result: AttemptResult,
  settings: QuizSettings,
  released: boolean,
): AttemptResult {
  if (settings.feedback === 'immediate' || (settings.feedback === 'after-release' && released)) {
    const { withheld: _withheld, ...full } = result
    return full
  }
  return { ...result, results: [], withheld: settings.feedback }
}

/** The form of a first name under which one attempt per name is counted: case, spacing and width folded. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}
