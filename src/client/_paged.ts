// The paged layout of the embed page (used by embed.ts): one question at a time with Back and Next and
// a progress line, "Check answers" on the last one, then the result with the feedback list, each entry
// leading back to its question and feedback. For frames kept shorter than the quiz (WordPress caps an
// embed at 1,000 px): the page stays about one question high. Without JavaScript every question shows.
import type { AttemptResult } from '../schema'

function button(text: string, className?: string): HTMLButtonElement {
  const b = document.createElement('button')
  b.type = 'button'
  b.textContent = text
  if (className !== undefined) b.className = className
  return b
}

/** Turns the quiz form into pages; returns false when there is no form to page. */
export function pageQuizForm(form: HTMLFormElement): boolean {
  if (form.dataset.paged === 'true') return true
  const sets = Array.from(form.querySelectorAll<HTMLFieldSetElement>('fieldset'))
  const found = form.querySelector<HTMLElement>('.actions')
  const score = form.querySelector<HTMLElement>('[data-score]')
  if (sets.length === 0 || found === null) return false
  const actions: HTMLElement = found
  form.dataset.paged = 'true'
  document.body.dataset.layout = 'paged'

  const pager = document.createElement('div')
  pager.className = 'pager'
  const progress = document.createElement('p')
  progress.className = 'progress'
  progress.setAttribute('aria-live', 'polite')
  const back = button('Back', 'secondary')
  const next = button('Next')
  const toResult = button('Back to your result', 'secondary')
  const nav = document.createElement('div')
  nav.className = 'actions'
  nav.append(back, next, toResult)
  pager.append(progress, nav)
  const summary = document.createElement('ol')
  summary.className = 'result-list'
  actions.before(pager)
  score?.after(summary)

  let current = 0
  let result: AttemptResult | null = null
  let onSummary = false

  function show(focus: boolean): void {
    const last = current === sets.length - 1
    sets.forEach((set, i) => {
      set.hidden = onSummary || i !== current
    })
    pager.hidden = onSummary
    summary.hidden = !onSummary
    if (score) score.hidden = !onSummary && result !== null
    progress.textContent = `Question ${current + 1} of ${sets.length}`
    back.disabled = current === 0
    next.hidden = last
    toResult.hidden = result === null
    actions.hidden = onSummary || !last
    if (!focus) return
    const target = onSummary ? score : sets[current]
    if (target) {
      target.tabIndex = -1
      target.focus()
    }
  }

  back.addEventListener('click', () => {
    current = Math.max(0, current - 1)
    show(true)
  })
  next.addEventListener('click', () => {
    current = Math.min(sets.length - 1, current + 1)
    show(true)
  })
  toResult.addEventListener('click', () => {
    onSummary = true
    show(true)
  })
  // quiz.js announces a scored attempt (detail: the result) or a failed one (no detail)
  form.addEventListener('civic-quiz:feedback', (event) => {
    const detail = (event as CustomEvent<AttemptResult | undefined>).detail
    if (detail === undefined || detail === null) return
    result = detail
    summary.replaceChildren()
    sets.forEach((set, i) => {
      const verdict = set.querySelector('.verdict')?.textContent ?? ''
      const item = document.createElement('li')
      const open = button(`Question ${i + 1}: ${verdict}`, 'link')
      open.addEventListener('click', () => {
        onSummary = false
        current = i
        show(true)
      })
      item.append(open)
      summary.append(item)
    })
    onSummary = true
    show(false)
  })
  show(false)
  return true
}
