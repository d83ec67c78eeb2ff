import type { AttemptEntry } from '../results/aggregate'
import { aggregateResults, entryVersion } from '../results/aggregate'
import { resultsCsv } from '../results/csv'
import type { ClassResults, Quiz } from '../schema'
import type { FoundQuiz } from '../store/catalog'
import { QuizVersions } from '../store/quiz-versions'

/**
 * A class's results (and CSV) over one page of attempts (their list() metadata), plus one read of the
 * quiz's object for the older versions some attempts answered, so each is marked against the
 * questions it was asked.
 */
export async function classResults(
  env: Pick<Env, 'QUIZ'>,
  found: FoundQuiz,
  classCode: string | null,
  entries: AttemptEntry[],
  csv = false,
): Promise<{ results: ClassResults; csv: string | null }> {
  const older = [...new Set(entries.map(entryVersion))].filter((v) => v !== found.version)
  const versions =
    found.builtin || older.length === 0
      ? new Map<number, Quiz>()
      : await new QuizVersions(env.QUIZ, found.quiz.id).quizzes(older)
  return {
    results: aggregateResults(found.quiz, found.version, classCode, entries, versions),
    csv: csv ? resultsCsv(found.quiz, found.version, entries, versions) : null,
  }
}
