// "Your quizzes": the quizzes a teacher made in this browser (title, teacher link, made on), kept in
// localStorage on our own origin only. Nothing of it is sent to the server. Storage may be blocked
// (private modes, school policies): then the list is empty and saving does nothing.

export interface SavedQuiz {
  id: string
  title: string
  /** The teacher link, with the token in its fragment. */
  link: string
  /** YYYY-MM-DD */
  madeOn: string
}

const KEY = 'civic-quiz:your-quizzes'

function isSaved(value: unknown): value is SavedQuiz {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.link === 'string' &&
    v.link.startsWith('/teach/') &&
    typeof v.madeOn === 'string'
  )
}

export function savedQuizzes(): SavedQuiz[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(raw) ? raw.filter(isSaved) : []
  } catch {
    return []
  }
}

function write(list: SavedQuiz[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list))
  } catch {
    // storage blocked or full: the teacher link on the page is still the way back
  }
}

/** Keeps a quiz at the head of the list (once per id; the newest link and title win). */
export function saveQuiz(quiz: SavedQuiz): void {
  write([quiz, ...savedQuizzes().filter((q) => q.id !== quiz.id)])
}

export function forgetQuiz(id: string): void {
  write(savedQuizzes().filter((q) => q.id !== id))
}
