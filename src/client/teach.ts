// The teacher view (built to /static/teach.js). The teacher token arrives in the URL fragment
// (#token=…, never the query, so it reaches no log and no Referer), is kept for this tab only
// (sessionStorage, or memory when storage is blocked) and is removed from the visible URL at once.
// Everything drawn from quiz or student data is set with textContent.

import type { ClassResults, Question, Quiz } from '../schema'
import { CLASS_CODE_RULE, readClassCode } from '../shared/class-code'
import { questionInsights } from '../shared/class-stats'
import { isClassResults, isQuiz, readChecked, UNREADABLE_ANSWER_TEXT } from '../shared/guards'
import { highlightAnswer } from '../shared/highlight'
import { readProblemDetail } from '../shared/problem-detail'
import { shareLinks } from '../shared/snippets'

const root = document.getElementById('teach')
if (root) start(root)

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className !== undefined) node.className = className
  return node
}

function $(selector: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(selector)
}

function start(root: HTMLElement): void {
  const quizId = root.dataset.quiz ?? ''
  const builtin = root.dataset.builtin === 'true'
  const storageKey = `civic-quiz:teacher-token:${quizId}`
  const api = `/api/quizzes/${encodeURIComponent(quizId)}`
  let memoryToken: string | null = null
  let quiz: Quiz | null = null

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
  const resultsSection = $('#results-section')
  const questionsSection = $('#questions-section')
  const classInput = document.querySelector<HTMLInputElement>('#class-code')
  const classError = $('[data-class-error]')

  function classCode(): string {
    return readClassCode(classInput?.value) ?? ''
  }

  function authorized(init: RequestInit = {}): RequestInit {
    return { ...init, headers: { authorization: `Bearer ${tokenStore.get() ?? ''}` } }
  }

  function problemDetail(res: Response): Promise<string> {
    return readProblemDetail(res, `The request failed (${res.status}).`)
  }

  function askForToken(message: string): void {
    if (tokenSection) tokenSection.hidden = false
    if (resultsSection) resultsSection.hidden = true
    if (questionsSection) questionsSection.hidden = true
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
    if (tokenStore.get() !== null) void loadResults()
  })

  const copyStatus = $('[data-copy-status]')
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-copy]'))) {
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null
      if (!field || field.value === '' || readClassCode(classInput?.value) === null) return
      const label = document.querySelector(`label[for="${field.id}"]`)?.textContent?.trim() ?? 'Text'
      let copied = false
      try {
        await navigator.clipboard.writeText(field.value)
        copied = true
      } catch {
        field.focus()
        field.select()
        try {
          copied = document.execCommand('copy')
        } catch {
          copied = false
        }
      }
      if (copyStatus)
        copyStatus.textContent = copied
          ? `${label} copied.`
          : `${label} is selected: press Ctrl+C (or ⌘+C) to copy it.`
    })
  }

  // ---- questions -------------------------------------------------------------------------
  function rightText(q: Question): string {
    return q.options !== undefined ? (q.options[q.answer ?? 0] ?? '') : (q.accept?.[0] ?? '')
  }

  function renderQuestions(): void {
    const list = $('[data-questions]')
    if (!list || !quiz) return
    list.replaceChildren()
    quiz.questions.forEach((q, index) => {
      const item = el('li')
      item.dataset.question = q.id
      item.append(el('h3', q.prompt))
      if (q.options !== undefined) {
        const options = el('ul')
        q.options.forEach((option, i) => {
          const li = el('li', option)
          if (i === q.answer) {
            li.textContent = ''
            li.append(el('strong', option), ' — the right answer')
          }
          options.append(li)
        })
        item.append(options)
      } else {
        const p = el('p', 'Accepted answers: ')
        p.append(el('strong', (q.accept ?? []).join(' · ')))
        item.append(p)
      }
      const quote = el('blockquote', undefined, 'evidence')
      for (const s of highlightAnswer(q.evidence.text, rightText(q)))
        quote.append(s.mark ? el('mark', s.text) : document.createTextNode(s.text))
      item.append(el('p', 'Evidence from the article:', 'muted'), quote)
      if (!builtin) item.append(removeControls(q, index))
      list.append(item)
    })
  }

  function removeControls(q: Question, index: number): HTMLElement {
    const box = el('div', undefined, 'actions')
    const remove = el('button', `Remove question ${index + 1}`, 'secondary')
    remove.type = 'button'
    box.append(remove)
    remove.addEventListener('click', () => {
      const confirm = el('button', `Yes, remove question ${index + 1}`)
      confirm.type = 'button'
      const keep = el('button', 'Keep it', 'secondary')
      keep.type = 'button'
      box.replaceChildren(el('span', 'Remove it for good? Students will no longer see it.'), confirm, keep)
      confirm.focus()
      keep.addEventListener('click', () => {
        box.replaceWith(removeControls(q, index))
      })
      confirm.addEventListener('click', async () => {
        const status = $('[data-questions-status]')
        confirm.disabled = true
        const res = await fetch(
          `${api}/questions/${encodeURIComponent(q.id)}`,
          authorized({ method: 'DELETE' }),
        ).catch(() => null)
        if (res === null || !res.ok) {
          if (status)
            status.textContent =
              res === null ? 'Could not reach Civic Quiz. Try again.' : await problemDetail(res)
          confirm.disabled = false
          return
        }
        // The answer is the quiz as stored now: no second read (KV may serve the old copy for a while).
        let updated: Quiz
        try {
          updated = await readChecked(res, isQuiz)
        } catch {
          if (status) status.textContent = UNREADABLE_ANSWER_TEXT
          confirm.disabled = false
          return
        }
        if (status) status.textContent = `Removed question ${index + 1}: “${q.prompt}”.`
        showQuiz(updated)
        // Focus goes to the question that took its place, else to the list's heading.
        const items = document.querySelectorAll<HTMLElement>('[data-questions] > li')
        const next = items[index] ?? document.getElementById('questions-h')
        if (next) {
          next.tabIndex = -1
          next.focus()
        }
        await loadResults()
      })
    })
    return box
  }

  async function loadQuiz(): Promise<boolean> {
    const res = await fetch(`${api}/answers`, authorized()).catch(() => null)
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
    try {
      showQuiz(await readChecked(res, isQuiz))
    } catch {
      askForToken(UNREADABLE_ANSWER_TEXT)
      return false
    }
    return true
  }

  function showQuiz(loaded: Quiz): void {
    quiz = loaded
    if (tokenSection) tokenSection.hidden = true
    if (resultsSection) resultsSection.hidden = false
    if (questionsSection) questionsSection.hidden = false
    root.dataset.count = String(loaded.questions.length)
    const count = document.querySelector('[data-question-count]')
    if (count) count.textContent = `${loaded.questions.length} questions`
    updateShareKit()
    renderQuestions()
  }

  // ---- results ---------------------------------------------------------------------------
  function resultsQuery(): string {
    const code = classCode()
    return code === '' ? '' : `?class=${encodeURIComponent(code)}`
  }

  function percent(share: number): string {
    return `${Math.round(share * 100)}%`
  }

  function renderResults(results: ClassResults): void {
    const box = $('[data-results]')
    if (!box || !quiz) return
    box.replaceChildren()
    const total = quiz.questions.length
    const heading = el('h3', results.class === null ? 'All classes' : `Class ${results.class}`)
    const summary = el(
      'p',
      results.attempts === 0
        ? 'No attempts yet.'
        : `${results.attempts} ${results.attempts === 1 ? 'attempt' : 'attempts'} · mean score ${results.meanScore ?? 0} out of ${total}`,
    )
    summary.dataset.summary = ''
    box.append(heading, summary)
    // more attempts than one page of results holds: say so plainly
    if (results.more !== undefined) box.append(el('p', results.more.detail, 'notice'))
    if (results.attempts === 0) return
    const list = el('ol', undefined, 'stat')
    for (const insight of questionInsights(quiz, results)) {
      const li = el('li')
      li.dataset.question = insight.id
      li.append(el('p', insight.prompt))
      const bar = el('div', undefined, 'bar')
      bar.setAttribute('aria-hidden', 'true')
      const fill = el('span')
      fill.style.width = percent(insight.shareRight ?? 0)
      bar.append(fill)
      li.append(
        bar,
        el(
          'p',
          insight.answered === 0
            ? 'Nobody answered it.'
            : `${insight.correct} of ${insight.answered} right (${percent(insight.shareRight ?? 0)})`,
        ),
      )
      if (insight.topWrong !== null)
        li.append(
          el('p', `Most-picked wrong answer: “${insight.topWrong.option}” (${insight.topWrong.count})`),
        )
      if (insight.mostMissed) li.append(el('p', 'Most of the class missed this question.', 'flag'))
      for (const option of insight.idleDistractors)
        li.append(el('p', `Nobody picked “${option}”: this distractor does no work.`, 'flag'))
      list.append(li)
    }
    box.append(list)
    if (results.recent.length > 0) {
      const table = el('table')
      table.append(el('caption', 'Latest attempts'))
      const head = el('tr')
      for (const h of ['Name', 'Class', 'Score', 'When']) {
        const th = el('th', h)
        th.scope = 'col'
        head.append(th)
      }
      table.append(head)
      for (const r of results.recent) {
        const row = el('tr')
        row.append(
          el('td', r.name ?? '—'),
          el('td', r.class === '' ? '—' : r.class),
          el('td', `${r.score} / ${r.total}`),
          el('td', new Date(r.at).toLocaleString()),
        )
        table.append(row)
      }
      // a narrow phone scrolls the table sideways rather than breaking its headers mid-word
      const wrap = el('div', undefined, 'table-wrap')
      wrap.append(table)
      box.append(wrap)
    }
  }

  async function loadResults(): Promise<void> {
    const error = $('[data-results-error]')
    if (error) error.textContent = ''
    const res = await fetch(`${api}/results${resultsQuery()}`, authorized()).catch(() => null)
    if (res === null || !res.ok) {
      if (error)
        error.textContent = res === null ? 'Could not reach Civic Quiz. Try again.' : await problemDetail(res)
      return
    }
    try {
      renderResults(await readChecked(res, isClassResults))
    } catch {
      if (error) error.textContent = UNREADABLE_ANSWER_TEXT
    }
  }

  $('[data-refresh]')?.addEventListener('click', () => void loadResults())

  $('[data-csv]')?.addEventListener('click', async () => {
    const error = $('[data-results-error]')
    if (error) error.textContent = ''
    const res = await fetch(`${api}/results.csv${resultsQuery()}`, authorized()).catch(() => null)
    if (res === null || !res.ok) {
      if (error)
        error.textContent = res === null ? 'Could not reach Civic Quiz. Try again.' : await problemDetail(res)
      return
    }
    const name =
      /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${quizId}-results.csv`
    const url = URL.createObjectURL(await res.blob())
    const link = el('a')
    link.href = url
    link.download = name
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  })

  tokenForm?.addEventListener('submit', async (event) => {
    event.preventDefault()
    const input = tokenForm.querySelector<HTMLInputElement>('#teacher-token')
    const token = input?.value.trim() ?? ''
    if (token === '') return
    tokenStore.set(token)
    if (input) input.value = ''
    if (await loadQuiz()) await loadResults()
  })

  updateShareKit()
  // The token form is in the page from the start (no layout shift when it is needed); hide it at once
  // when the tab already holds a token.
  if (tokenStore.get() === null) askForToken('')
  else {
    if (tokenSection) tokenSection.hidden = true
    void loadQuiz().then((ok) => {
      if (ok) void loadResults()
    })
  }
}
