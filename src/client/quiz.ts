// Progressive enhancement of the quiz form (built to /static/quiz.js), on the quiz page and the embed
// page. Every form[data-civic-quiz] posts its answers to the JSON API with an attempt id made here,
// then shows the score in the role="status" region and the feedback under each question, built with
// textContent only. A failed send is sent again with the same attempt id (src/shared/retry.ts), and
// while the browser is offline the answers wait in memory for the network; the student is told so.
import { readAttemptFields } from '../shared/attempt-form'
import { blankWarning, type Feedback, feedbackFor, scoreText, WITHHELD_TEXT } from '../shared/feedback'
import { isAttemptResult, readChecked } from '../shared/guards'
import { readProblemDetail } from '../shared/problem-detail'
import { GAVE_UP_TEXT, newAttemptId, postJsonWithRetry, progressText } from '../shared/retry'

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className !== undefined) node.className = className
  return node
}

/** The same elements as FeedbackView in src/pages/components/quiz-form.tsx. */
function renderFeedback(box: HTMLElement, f: Feedback): void {
  box.replaceChildren()
  box.className = `feedback ${f.correct ? 'right' : 'wrong'}`
  box.append(el('p', f.verdict, 'verdict'))
  if (f.given !== null) {
    const p = el('p', 'Your answer: ')
    p.append(el('span', f.given))
    box.append(p)
  }
  const answer = el('p', 'The answer: ')
  answer.append(el('strong', f.answer))
  box.append(answer, el('p', 'From the article:', 'muted'))
  const quote = el('blockquote', undefined, 'evidence')
  for (const s of f.evidence) quote.append(s.mark ? el('mark', s.text) : document.createTextNode(s.text))
  box.append(quote)
  box.hidden = false
}

/** How many questions of the form have no answer yet. */
function blankCount(
  form: HTMLFormElement,
  answered: Record<string, unknown>,
): { blank: number; total: number } {
  const ids = Array.from(
    form.querySelectorAll<HTMLElement>('[data-feedback]'),
    (b) => b.dataset.feedback ?? '',
  )
  return { blank: ids.filter((id) => !Object.hasOwn(answered, id)).length, total: ids.length }
}

/** A scored attempt is final: its answers stay on show but can no longer be changed and sent again. */
function lock(form: HTMLFormElement): void {
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')))
    input.disabled = true
  const submit = form.querySelector<HTMLElement>('[data-submit]')
  if (submit) submit.hidden = true
}

/** The options of a choice question as the page shows them, read from the labels. */
function optionsOf(form: HTMLFormElement, questionId: string): string[] | undefined {
  const radios = Array.from(form.querySelectorAll<HTMLInputElement>('input[type=radio]')).filter(
    (r) => r.name === `c:${questionId}`,
  )
  if (radios.length === 0) return undefined
  return radios.map((r) => r.closest('label')?.textContent?.trim() ?? r.value)
}

function enhance(form: HTMLFormElement): void {
  const quizId = form.dataset.civicQuiz ?? ''
  const api = form.dataset.api ?? ''
  const status = form.querySelector<HTMLElement>('[data-score]')
  const alert = form.querySelector<HTMLElement>('[data-error]')
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')
  // One id per distinct set of answers not yet stored: every retry, and a press of "Check answers"
  // after giving up, sends the same id, so the attempt is stored once.
  let last: { key: string; id: string } | null = null
  // answers the student was warned about (blank questions) and chose to send as they are
  let confirmed: string | null = null
  const withheld = form.querySelector<HTMLElement>('[data-withheld]')

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (button?.disabled) return
    const fields = readAttemptFields(new FormData(form).entries())
    const { attemptId: _serverId, ...body } = fields
    const key = JSON.stringify(body)
    const { blank, total } = blankCount(form, body.answers)
    if (blank > 0 && confirmed !== key) {
      confirmed = key
      if (alert) alert.textContent = blankWarning(blank, total)
      if (button) button.textContent = 'Send anyway'
      return
    }
    if (button) button.textContent = 'Check answers'
    if (last === null || last.key !== key) last = { key, id: newAttemptId() }
    if (alert) alert.textContent = ''
    if (status) status.textContent = ''
    if (button) button.disabled = true
    try {
      const res = await postJsonWithRetry(
        `${api}/api/quizzes/${encodeURIComponent(quizId)}/attempts`,
        JSON.stringify({ ...body, attemptId: last.id }),
        (progress) => {
          if (status) status.textContent = progressText(progress)
        },
      )
      if (!res.ok)
        throw new Error(await readProblemDetail(res, `The answers could not be checked (${res.status}).`))
      const result = await readChecked(res, isAttemptResult)
      for (const r of result.results) {
        const box = Array.from(form.querySelectorAll<HTMLElement>('[data-feedback]')).find(
          (b) => b.dataset.feedback === r.question,
        )
        if (box) renderFeedback(box, feedbackFor(optionsOf(form, r.question), r))
      }
      if (status) {
        status.textContent = scoreText(result)
        // the student's focus follows the result: the score first, then the feedback below it
        status.tabIndex = -1
        status.focus()
      }
      if (withheld) {
        withheld.textContent = result.withheld === undefined ? '' : WITHHELD_TEXT[result.withheld]
        if (result.withheld === 'after-release') {
          const link = el('a', 'your result and, once released, the answers') as HTMLAnchorElement
          link.href = `${api}/quiz/${encodeURIComponent(quizId)}/result/${encodeURIComponent(result.attemptId)}${result.class === '' ? '' : `?class=${encodeURIComponent(result.class)}`}`
          link.dataset.resultLink = ''
          withheld.append(' Your link: ', link)
        }
      }
      // a partial attempt stays open to be finished, unless the quiz takes one attempt per name or its
      // key is already shown (an after-release quiz, released)
      if (result.complete !== false || form.dataset.attempts === 'one-per-name' || result.results.length > 0)
        lock(form)
      last = null
      form.dispatchEvent(new CustomEvent('civic-quiz:feedback', { bubbles: true, detail: result }))
    } catch (error) {
      if (status) status.textContent = ''
      if (alert)
        alert.textContent = error instanceof TypeError ? GAVE_UP_TEXT : String((error as Error).message)
      form.dispatchEvent(new CustomEvent('civic-quiz:feedback', { bubbles: true }))
    } finally {
      if (button) button.disabled = false
    }
  })
}

for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-civic-quiz]')))
  enhance(form)
