// The "Make a quiz from an article" form with JavaScript (built to /static/home.js): posts JSON to
// POST /api/quizzes and opens the new quiz's teacher view with its token in the URL fragment. A quiz
// made from a link first shows what was read from the page (headline, date, outlet, author, and the
// text in a collapsed <details>), with a link on to the teacher view.
// Without JavaScript the same form posts to /new, which goes straight to the teacher view.
// Also lists "Your quizzes", the quizzes made in this browser (src/client/_your-quizzes.ts).

import { isCreatedQuiz } from '../shared/guards'
import { problemDetailOf } from '../shared/problem-detail'
import { button, el } from './_dom'
import { forgetQuiz, type SavedQuiz, savedQuizzes } from './_your-quizzes'

interface Imported {
  title: string | null
  date: string | null
  publisher: string | null
  byline: string | null
  url: string
  text: string
}

interface Created {
  id: string
  teacherToken: string
  quiz?: { source: { title: string; date: string; publisher?: string; author?: string } }
  imported?: Imported
}

const isText = (v: unknown): v is string => typeof v === 'string'
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'

/** The answer to a quiz made from a link: what was read from the page, and the quiz's source. */
function isImportedAnswer(x: object): x is Created & { imported: Imported } {
  const { imported, quiz } = x as { imported?: unknown; quiz?: unknown }
  if (typeof imported !== 'object' || imported === null || typeof quiz !== 'object' || quiz === null)
    return false
  const i = imported as Record<string, unknown>
  const source = (quiz as { source?: unknown }).source
  if (typeof source !== 'object' || source === null) return false
  const s = source as Record<string, unknown>
  return (
    isText(i.text) &&
    isText(i.url) &&
    ['title', 'date', 'publisher', 'byline'].every((k) => isTextOrNull(i[k])) &&
    isText(s.title) &&
    isText(s.date)
  )
}

function elWith(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v)
  return node
}

/** What was read from the page, built from text nodes only (page text is never parsed as HTML). */
function showImported(
  panel: HTMLElement,
  created: Pick<Partial<Created>, 'quiz' | 'imported'>,
  teachUrl: string,
): void {
  const imported = created.imported
  const source = created.quiz?.source
  if (imported === undefined || source === undefined) return
  const heading = elWith('h3', 'Read from the page', { id: 'mq-imported' })
  const line = elWith('p', '', { class: 'source', 'data-imported-source': '' })
  line.append(elWith('cite', source.title))
  if (source.publisher !== undefined) line.append(` (${source.publisher})`)
  line.append(', ', elWith('time', source.date, { datetime: source.date }))
  if (source.author !== undefined) line.append(` · by ${source.author}`)
  const paragraphs = imported.text.split('\n\n')
  const details = elWith('details')
  details.append(elWith('summary', `The article text (${paragraphs.length} paragraphs)`))
  for (const para of paragraphs) details.append(elWith('p', para))
  const next = elWith('p', '', { class: 'actions' })
  next.append(elWith('a', 'Open the teacher view to share the quiz', { class: 'button', href: teachUrl }))
  panel.replaceChildren(
    heading,
    line,
    elWith('p', 'Check that this is the article, then share the quiz from the teacher view.', {
      class: 'hint',
    }),
    details,
    next,
  )
  panel.setAttribute('aria-labelledby', 'mq-imported')
  panel.hidden = false
  heading.tabIndex = -1
  heading.focus()
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
      button.textContent =
        body.article === undefined && body.url !== undefined ? 'Reading the page…' : 'Making the quiz…'
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
      const teachUrl = `/teach/${encodeURIComponent(data.id)}#token=${encodeURIComponent(data.teacherToken)}`
      const panel = form.querySelector<HTMLElement>('[data-imported]')
      if (isImportedAnswer(data) && panel !== null) {
        showImported(panel, data, teachUrl)
        if (button) {
          button.disabled = false
          button.textContent = 'Make the quiz'
        }
        return
      }
      location.assign(teachUrl)
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
