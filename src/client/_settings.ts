// The quiz's settings in the teacher view (part of /static/teach.js): feedback, attempts, showing the
// article, and releasing the answers of an after-release quiz.
import type { EditView, QuizSettings } from '../schema'
import { $, problemDetail } from './_dom'

export interface SettingsView {
  show(view: EditView): void
}

export function settingsView(api: string, auth: (init?: RequestInit) => RequestInit): SettingsView {
  const section = $('#settings-section')
  const form = document.querySelector<HTMLFormElement>('form[data-settings-form]')
  const status = $('[data-settings-status]')
  const release = document.querySelector<HTMLButtonElement>('[data-release]')
  let released = false

  function read(): QuizSettings | null {
    if (!form) return null
    const data = new FormData(form)
    const feedback = data.get('feedback')
    const attempts = data.get('attempts')
    if (feedback !== 'immediate' && feedback !== 'score-only' && feedback !== 'after-release') return null
    if (attempts !== 'unlimited' && attempts !== 'one-per-name') return null
    return { feedback, attempts, showArticle: data.get('showArticle') === 'on' }
  }

  function showRelease(feedback: string): void {
    if (release) release.hidden = feedback !== 'after-release' || released
  }

  form?.addEventListener('submit', async (event) => {
    event.preventDefault()
    const settings = read()
    if (settings === null) return
    const base = auth({ method: 'PUT', body: JSON.stringify(settings) })
    const res = await fetch(`${api}/settings`, {
      ...base,
      headers: { ...(base.headers as Record<string, string>), 'content-type': 'application/json' },
    }).catch(() => null)
    if (status)
      status.textContent =
        res === null
          ? 'Could not reach Civic Quiz. Try again.'
          : res.ok
            ? 'Settings saved.'
            : await problemDetail(res)
    if (res?.ok) showRelease(settings.feedback)
  })

  release?.addEventListener('click', async () => {
    const res = await fetch(`${api}/release`, auth({ method: 'POST' })).catch(() => null)
    if (res?.ok) {
      released = true
      showRelease('after-release')
    }
    if (status)
      status.textContent =
        res === null
          ? 'Could not reach Civic Quiz. Try again.'
          : res.ok
            ? 'Answers released: students see them on the link they kept.'
            : await problemDetail(res)
  })

  return {
    show(view: EditView): void {
      if (!section || !form) return
      section.hidden = !view.editable
      released = view.released
      for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input'))) {
        if (input.name === 'feedback') input.checked = input.value === view.settings.feedback
        else if (input.name === 'attempts') input.checked = input.value === view.settings.attempts
        else if (input.name === 'showArticle') input.checked = view.settings.showArticle
      }
      showRelease(view.settings.feedback)
    },
  }
}
