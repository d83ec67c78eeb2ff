// The "Make a quiz from an article" form with JavaScript (built to /static/home.js): posts JSON to
// POST /api/quizzes and opens the new quiz's teacher view with its token in the URL fragment.
// Without JavaScript the same form posts to /new, which does the same on the server.
// Also lists "Your quizzes", the quizzes made in this browser (src/client/_your-quizzes.ts).
import { button, el } from './_dom'
import { forgetQuiz, type SavedQuiz, savedQuizzes } from './_your-quizzes'

interface Created {
  id: string
  teacherToken: string
}

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
      const data = (await res.json().catch(() => ({}))) as Partial<Created> & { detail?: string }
      if (res.status !== 201 || data.id === undefined || data.teacherToken === undefined)
        throw new Error(data.detail ?? `The quiz could not be made (${res.status}).`)
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

const yours = document.getElementById('your-quizzes')
const yourList = document.querySelector<HTMLElement>('[data-your-quizzes]')
const yourStatus = document.querySelector<HTMLElement>('[data-your-status]')

function yourQuiz(q: SavedQuiz): HTMLLIElement {
  const li = el('li')
  li.append(el('h3', q.title), el('p', `Made on ${q.madeOn}`, 'source'))
  const actions = el('p', undefined, 'actions')
  const open = el('a', 'Open the teacher view', 'button')
  open.href = q.link
  open.append(el('span', ` of “${q.title}”`, 'vh'))
  const remove = button('Remove from this list', 'secondary')
  remove.append(el('span', ` “${q.title}”`, 'vh'))
  remove.addEventListener('click', () => {
    const sure = button(`Yes, remove “${q.title}”`)
    const keep = button('Keep it', 'secondary')
    const warn = el('span', 'Without its link you cannot open this quiz again.')
    actions.replaceChildren(warn, sure, keep)
    sure.focus()
    keep.addEventListener('click', () => {
      actions.replaceChildren(open, remove)
      remove.focus()
    })
    sure.addEventListener('click', () => {
      forgetQuiz(q.id)
      if (yourStatus) yourStatus.textContent = `Removed “${q.title}” from this list.`
      renderYours()
      document.getElementById('yours-h')?.focus()
    })
  })
  actions.append(open, remove)
  li.append(actions)
  return li
}

function renderYours(): void {
  if (!yours || !yourList) return
  const list = savedQuizzes()
  yourList.replaceChildren(...list.map(yourQuiz))
  yours.hidden = list.length === 0 && (yourStatus?.textContent ?? '') === ''
}

renderYours()
