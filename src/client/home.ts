// The "Make a quiz from an article" form with JavaScript (built to /static/home.js): posts JSON to
// POST /api/quizzes and opens the new quiz's teacher view with its token in the URL fragment.
// Without JavaScript the same form posts to /new, which does the same on the server.

import { isCreatedQuiz } from '../shared/guards'
import { problemDetailOf } from '../shared/problem-detail'

const form = document.querySelector<HTMLFormElement>('form[data-make-quiz]')
if (form) {
  const alert = form.querySelector<HTMLElement>('[data-error]')
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const body: Record<string, string> = {}
    for (const [key, value] of new FormData(form).entries()) {
      if (typeof value === 'string' && value.trim() !== '')
        body[key] = key === 'article' ? value : value.trim()
    }
    if (alert) alert.textContent = ''
    if (button) {
      button.disabled = true
      button.textContent = 'Making the quiz…'
    }
    try {
      const res = await fetch('/api/quizzes', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const data: unknown = await res.json().catch(() => null)
      if (res.status !== 201 || !isCreatedQuiz(data))
        throw new Error(problemDetailOf(data) ?? `The quiz could not be made (${res.status}).`)
      location.assign(`/teach/${encodeURIComponent(data.id)}#token=${encodeURIComponent(data.teacherToken)}`)
    } catch (error) {
      if (alert)
        alert.textContent =
          error instanceof TypeError
            ? 'Could not reach Civic Quiz. Check the connection and try again.'
            : (error as Error).message
      if (button) {
        button.disabled = false
        button.textContent = 'Make the quiz'
      }
    }
  })
}
