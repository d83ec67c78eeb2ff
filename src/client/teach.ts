// The teacher view (built to /static/teach.js). The teacher token arrives in the URL fragment
// (#token=…, never the query, so it reaches no log and no Referer), is kept for this tab
// (sessionStorage, or memory when storage is blocked) and is removed from the visible URL at once. The
// page then shows the teacher link (the way back) with a copy button, and keeps it under "Your
// quizzes" in this browser. Everything drawn from quiz or student data is set with textContent.
import type { EditView } from '../schema'
import { CLASS_CODE_RULE, readClassCode } from '../shared/class-code'
import { shareLinks } from '../shared/snippets'
import { $, copyField, problemDetail } from './_dom'
import { editor } from './_editor'
import { resultsView } from './_results'
import { settingsView } from './_settings'
import { saveQuiz } from './_your-quizzes'

const root = document.getElementById('teach')
if (root) start(root)

function start(root: HTMLElement): void {
  const quizId = root.dataset.quiz ?? ''
  const builtin = root.dataset.builtin === 'true'
  const storageKey = `civic-quiz:teacher-token:${quizId}`
  const api = `/api/quizzes/${encodeURIComponent(quizId)}`
  let memoryToken: string | null = null

  const tokenStore = {
    get(): string | null {
      try {
        return sessionStorage.getItem(storageKey) ?? memoryToken
      } catch {
        return memoryToken
      }
    },
    set(token: string | null): void {
      memoryToken = token
      try {
        if (token === null) sessionStorage.removeItem(storageKey)
        else sessionStorage.setItem(storageKey, token)
      } catch {
        // storage blocked: the token stays in memory for this page only
      }
    },
  }

  // Take the token out of the fragment and out of the visible URL.
  const fragment = new URLSearchParams(location.hash.slice(1))
  const fromHash = fragment.get('token')
  if (fromHash !== null && fromHash !== '') {
    tokenStore.set(fromHash)
    history.replaceState(history.state, '', location.pathname + location.search)
  }

  const tokenSection = $('#token-section')
  const tokenForm = document.querySelector<HTMLFormElement>('form[data-token-form]')
  const tokenError = $('[data-token-error]')
  const linkSection = $('#link-section')
  const resultsSection = $('#results-section')
  const questionsSection = $('#questions-section')
  const classInput = document.querySelector<HTMLInputElement>('#class-code')
  const classError = $('[data-class-error]')

  function authorized(init: RequestInit = {}): RequestInit {
    return { ...init, headers: { authorization: `Bearer ${tokenStore.get() ?? ''}` } }
  }

  function askForToken(message: string): void {
    if (tokenSection) tokenSection.hidden = false
    for (const s of [linkSection, resultsSection, questionsSection, $('#settings-section')])
      if (s) s.hidden = true
    if (tokenError) tokenError.textContent = message
  }

  // ---- share kit -------------------------------------------------------------------------
  // A class code that is not one blocks the whole kit: no snippet, link or copy button may carry a
  // stale or missing class (students would land in no class), and the reason sits next to the field.
  function updateShareKit(): void {
    const code = readClassCode(classInput?.value)
    const valid = code !== null
    if (classError)
      classError.textContent = valid ? '' : `${CLASS_CODE_RULE} Fix the class code to copy the links.`
    classInput?.setAttribute('aria-invalid', valid ? 'false' : 'true')
    const links = shareLinks({
      origin: root.dataset.origin ?? location.origin,
      quizId,
      title: root.dataset.title ?? '',
      questionCount: Number(root.dataset.count ?? '0'),
      classCode: code ?? '',
    })
    const set = (id: string, value: string): void => {
      const field = document.getElementById(id) as HTMLTextAreaElement | null
      if (field) field.value = valid ? value : ''
    }
    set('student-link', links.studentUrl)
    const open = document.querySelector<HTMLAnchorElement>('a[data-student-link]')
    if (open) {
      if (valid) open.href = links.studentUrl
      else open.removeAttribute('href')
    }
    set('widget-snippet', links.widget)
    set('iframe-snippet', links.iframe)
    set('oembed-link', links.studentUrl)
    for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-copy]'))) {
      button.disabled = !valid
      if (valid) button.removeAttribute('aria-describedby')
      else button.setAttribute('aria-describedby', 'class-code-error')
    }
  }
  classInput?.addEventListener('input', updateShareKit)
  classInput?.addEventListener('change', () => {
    // one canonical form, shown back: "Period-3 " becomes "period-3"
    const code = readClassCode(classInput.value)
    if (code !== null && code !== classInput.value) {
      classInput.value = code
      updateShareKit()
    }
  })

  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-copy]'))) {
    b.addEventListener('click', async () => {
      const field = document.getElementById(b.dataset.copy ?? '') as HTMLTextAreaElement | null
      if (!field || field.value === '' || readClassCode(classInput?.value) === null) return
      const label = document.querySelector(`label[for="${field.id}"]`)?.textContent?.trim() ?? 'Text'
      const copied = await copyField(field)
      const status =
        field.closest('section')?.querySelector<HTMLElement>('[data-copy-status]') ?? $('[data-copy-status]')
      if (status)
        status.textContent = copied
          ? `${label} copied.`
          : `${label} is selected: press Ctrl+C (or ⌘+C) to copy it.`
    })
  }

  // ---- the teacher link: shown, kept in this browser ---------------------------------------------
  function showTeacherLink(token: string): void {
    if (builtin || !linkSection) return
    const path = `/teach/${encodeURIComponent(quizId)}#token=${encodeURIComponent(token)}`
    const field = document.getElementById('teacher-link') as HTMLTextAreaElement | null
    if (field) field.value = `${root.dataset.origin ?? location.origin}${path}`
    linkSection.hidden = false
    saveQuiz({
      id: quizId,
      title: root.dataset.title ?? quizId,
      link: path,
      madeOn: new Date().toISOString().slice(0, 10),
    })
  }

  const results = resultsView(api, authorized)
  const settings = settingsView(api, authorized)
  const questions = editor(api, authorized, async () => {
    await loadEditView()
    await results.load()
  })

  function show(view: EditView): void {
    if (tokenSection) tokenSection.hidden = true
    if (resultsSection) resultsSection.hidden = false
    if (questionsSection) questionsSection.hidden = false
    root.dataset.count = String(view.quiz.questions.length)
    const count = document.querySelector('[data-question-count]')
    if (count) count.textContent = `${view.quiz.questions.length} questions`
    updateShareKit()
    results.setQuiz(view.quiz)
    settings.show(view)
    questions.show(view)
  }

  async function loadEditView(): Promise<boolean> {
    const res = await fetch(`${api}/edit`, authorized()).catch(() => null)
    if (res === null) {
      askForToken('Could not reach Civic Quiz. Check the connection and try again.')
      return false
    }
    if (res.status === 401) {
      tokenStore.set(null)
      askForToken('That token does not open this quiz. Paste the teacher token you got with it.')
      return false
    }
    if (!res.ok) {
      askForToken(await problemDetail(res))
      return false
    }
    show((await res.json()) as EditView)
    return true
  }

  async function open(): Promise<void> {
    if (!(await loadEditView())) return
    const token = tokenStore.get()
    if (token !== null) showTeacherLink(token)
    await results.load()
  }

  tokenForm?.addEventListener('submit', async (event) => {
    event.preventDefault()
    const input = tokenForm.querySelector<HTMLInputElement>('#teacher-token')
    const token = input?.value.trim() ?? ''
    if (token === '') return
    tokenStore.set(token)
    if (input) input.value = ''
    await open()
  })

  updateShareKit()
  // The token form is in the page from the start (no layout shift when it is needed); hide it at once
  // when the tab already holds a token.
  if (tokenStore.get() === null) askForToken('')
  else {
    if (tokenSection) tokenSection.hidden = true
    void open()
  }
}
