/**
 * The <civic-quiz> custom element, served as /widget.js:
 *
 *   <script src="https://HOST/widget.js" async></script>
 *   <civic-quiz quiz="ID" class-code="CODE"></civic-quiz>
 *
 * It renders the quiz in a shadow root, talks to HOST's JSON API across origins (no cookies, no
 * storage, so it works where the host page blocks third-party storage), and sizes every Civic Quiz
 * iframe on the page from its `civic-quiz:resize` messages. No framework; DOM is built only with
 * createElement and text nodes, never from HTML strings.
 */
import type { PublicQuestion, PublicQuiz, QuestionResult } from '../schema'
import { feedbackFor, scoreText } from '../shared/feedback'
import { isAttemptResult, isPublicQuiz, readChecked, UNREADABLE_ANSWER_TEXT } from '../shared/guards'
import { readProblemDetail } from '../shared/problem-detail'
import { GAVE_UP_TEXT, newAttemptId, postJsonWithRetry, progressText } from '../shared/retry'
import { h } from './dom'
import { WIDGET_CSS } from './styles'

/** The origin that served this script: the API and the iframes to size belong to it. */
const SCRIPT = document.currentScript as HTMLScriptElement | null
const HOST = new URL(SCRIPT?.src || location.href).origin

let sheet: CSSStyleSheet | undefined

function styleInto(root: ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet()
    if (sheet.cssRules.length === 0) sheet.replaceSync(WIDGET_CSS)
    root.adoptedStyleSheets = [sheet]
  } catch {
    root.append(h('style', null, WIDGET_CSS))
  }
}

/**
 * The feedback that teaches: right or wrong, the right answer, and the sentence that proves it with
 * the answer marked. The same model and elements as the quiz page's (src/shared/feedback.ts).
 */
function feedback(question: PublicQuestion, result: QuestionResult): HTMLElement {
  const f = feedbackFor(question.options, result)
  return h(
    'div',
    { class: `fb ${f.correct ? 'ok' : 'no'}` },
    h('p', { class: 'verdict' }, f.verdict),
    f.given === null ? '' : h('p', null, 'Your answer: ', h('span', null, f.given)),
    h('p', null, 'The answer: ', h('strong', null, f.answer)),
    h('p', null, 'From the article:'),
    h('blockquote', null, ...f.evidence.map((s) => (s.mark ? h('mark', null, s.text) : s.text))),
  )
}

class CivicQuizElement extends HTMLElement {
  static observedAttributes = ['quiz', 'class-code', 'api']
  readonly #root = this.attachShadow({ mode: 'open' })
  #loaded = ''

  get #api(): string {
    return (this.getAttribute('api') || HOST).replace(/\/+$/, '')
  }

  connectedCallback(): void {
    void this.#load()
  }

  attributeChangedCallback(): void {
    if (this.isConnected && this.#loaded !== '') void this.#load()
  }

  async #load(): Promise<void> {
    const id = this.getAttribute('quiz') ?? ''
    const key = `${this.#api}|${id}`
    if (key === this.#loaded) return
    this.#loaded = key
    const box = h('div', { class: 'box' }, h('p', { role: 'status' }, 'Loading the quiz…'))
    this.#root.replaceChildren()
    styleInto(this.#root)
    this.#root.append(box)
    try {
      const res = await fetch(`${this.#api}/api/quizzes/${encodeURIComponent(id)}`, { credentials: 'omit' })
      if (!res.ok) throw new Error('This quiz could not be loaded. Check the link or try again later.')
      const quiz = await readChecked(res, isPublicQuiz)
      if (key === this.#loaded) box.replaceChildren(...this.#render(quiz))
    } catch (error) {
      const said = error instanceof Error && !(error instanceof TypeError) ? error.message : ''
      if (key === this.#loaded)
        box.replaceChildren(
          h(
            'p',
            { role: 'alert' },
            said || 'This quiz could not be loaded. Check the link or try again later.',
          ),
        )
    }
  }

  #render(quiz: PublicQuiz): Node[] {
    const api = this.#api
    const form = h('form', { novalidate: '' })
    const { source } = quiz
    const cite = h('p', { class: 'src' }, 'From ')
    cite.append(
      /^https?:\/\//i.test(source.url ?? '')
        ? h('a', { href: source.url ?? '', target: '_blank', rel: 'noopener noreferrer' }, source.title)
        : h('cite', null, source.title),
      source.publisher ? `, ${source.publisher}` : '',
      `, ${source.date}.`,
    )
    const name = h('input', { type: 'text', name: 'name', maxlength: '40', autocomplete: 'given-name' })
    form.append(
      h('p', null, h('label', null, 'First name (optional)', name)),
      h('p', { class: 'hint' }, 'Leave it blank to stay anonymous. Only your teacher sees it.'),
    )

    const readers: Array<() => [string, number | string] | null> = []
    const slots: Array<{ fieldset: HTMLFieldSetElement; question: PublicQuestion }> = []
    quiz.questions.forEach((question, i) => {
      const fieldset = h('fieldset', null, h('legend', null, `${i + 1}. ${question.prompt}`))
      if (question.options) {
        const radios = question.options.map((option, j) => {
          const radio = h('input', { type: 'radio', name: `q${i}`, value: String(j) })
          fieldset.append(h('label', { class: 'opt' }, radio, h('span', null, option)))
          return radio
        })
        readers.push(() => {
          const at = radios.findIndex((r) => r.checked)
          return at === -1 ? null : [question.id, at]
        })
      } else {
        const input = h('input', { type: 'text', name: `q${i}`, maxlength: '500', autocomplete: 'off' })
        fieldset.append(h('label', null, `Your answer to question ${i + 1}`, input))
        readers.push(() => (input.value.trim() === '' ? null : [question.id, input.value.trim()]))
      }
      slots.push({ fieldset, question })
      form.append(fieldset)
    })

    const button = h('button', { type: 'submit' }, 'Check answers')
    const status = h('p', { role: 'status', class: 'score' })
    form.append(button, status)

    // One attempt id per set of answers not yet stored: sending them again (after a failure the
    // server may not have seen) stores them once; changed answers or a new try are a new attempt.
    let pending: { key: string; id: string } | null = null
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      if (button.disabled) return
      const answers = Object.fromEntries(readers.map((read) => read()).filter((a) => a !== null))
      // the version shown: the attempt is scored against it even if the teacher edits the quiz meanwhile
      const body: Record<string, unknown> = { answers, version: quiz.version }
      const code = this.getAttribute('class-code')
      if (code) body.class = code
      if (name.value.trim()) body.name = name.value.trim()
      const key = JSON.stringify(body)
      if (pending?.key !== key) pending = { key, id: newAttemptId() }
      body.attemptId = pending.id
      button.disabled = true
      status.textContent = 'Checking your answers…'
      try {
        // Sent again with the same attemptId after a failure, and when the network is back.
        const res = await postJsonWithRetry(
          `${api}/api/quizzes/${encodeURIComponent(quiz.id)}/attempts`,
          JSON.stringify(body),
          (progress) => {
            status.textContent = progressText(progress)
          },
        )
        if (!res.ok) {
          status.textContent = `Your answers could not be checked: ${await readProblemDetail(res, `error ${res.status}`)}`
          return
        }
        const result = await readChecked(res, isAttemptResult).catch(() => null)
        if (result === null) {
          status.textContent = UNREADABLE_ANSWER_TEXT
          return
        }
        pending = null
        for (const { fieldset, question } of slots) {
          fieldset.querySelector('.fb')?.remove()
          const r = result.results.find((x) => x.question === question.id)
          if (r) fieldset.append(feedback(question, r))
        }
        status.textContent = scoreText(result)
        // the student's focus follows the result: the score first, then the feedback below it
        status.tabIndex = -1
        status.focus()
      } catch {
        status.textContent = GAVE_UP_TEXT
      } finally {
        button.disabled = false
      }
    })
    return [h('h2', null, quiz.title), cite, form]
  }
}

// A page may hold both snippets (the widget and the iframe), each with this script: only the first copy
// to run does anything, so the element is defined once and every frame is measured and sized once.
if (!customElements.get('civic-quiz')) {
  customElements.define('civic-quiz', CivicQuizElement)
  sizeFrames()
}

/** Sizes Civic Quiz iframes (src HOST/embed/…) from the `civic-quiz:resize` messages they post. */
function sizeFrames(): void {
  const isCivicFrame = (frame: HTMLIFrameElement): boolean => frame.src.startsWith(`${HOST}/embed/`)
  addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null
    if (event.origin !== HOST || data?.type !== 'civic-quiz:resize' || typeof data.height !== 'number') return
    const height = Math.ceil(Math.min(Math.max(data.height, 0), 50_000))
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source && isCivicFrame(frame)) frame.style.height = `${height}px`
    }
  })
  // Frames that loaded before this script did sent their height to nobody: ask them again. The request
  // carries nothing, so it goes to any origin ('*'): a frame still loading (about:blank, the host's
  // origin) would make a targeted message log a warning on the host page; it reports once loaded anyway.
  for (const frame of document.querySelectorAll('iframe'))
    if (isCivicFrame(frame)) frame.contentWindow?.postMessage({ type: 'civic-quiz:measure' }, '*')
}
