/** The quiz settings' rules for what a student gets back and who may send an attempt. Pure. */
import type { AttemptResult, QuizSettings } from '../schema'

/**
 * The result as the student may see it now. The stored attempt holds every question's result; what
 * is shown depends on the settings:
 * - `immediate`: in full for a complete attempt; a partial one gets its score alone (`results` empty),
 *   so blank attempts cannot fetch the key, and the student is asked to finish;
 * - `after-release`, once released: in full, complete or not (the key is out for the whole class): the
 *   right answer of every question, the blanks marked unanswered (`given: null`);
 * - otherwise (`score-only`, `after-release` before the release): the score alone and `withheld`.
 */
export function resultForStudent(
  result: AttemptResult,
  settings: QuizSettings,
  released: boolean,
): AttemptResult {
  const { withheld: _withheld, ...full } = result
  if (settings.feedback === 'after-release' && released) return full
  if (settings.feedback !== 'immediate') return { ...full, results: [], withheld: settings.feedback }
  return result.complete === false ? { ...full, results: [] } : full
}

/** The form of a first name under which one attempt per name is counted: case, spacing and width folded. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}
