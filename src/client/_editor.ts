// The teacher's editor (part of /static/teach.js): per question edit (with inline validation and a
// preview as a student sees it), swap for a ranked alternate, move, remove; add a question from a
// sentence of the article; undo the last change. Every change sends the version it was made to
// (If-Match); a change made meanwhile elsewhere (412) reloads the quiz and says so.

import type { EditView, Question } from '../schema'
import { highlightAnswer } from '../shared/highlight'
import { $, button, el, problemDetail } from './_dom'

const TYPE_NAMES: Record<string, string> = {
  'who-said': 'Who said it',
  'quote-completion': 'Complete the quotation',
  when: 'When',
  number: 'Numbers',
  'true-false': 'True or false',
  role: 'Roles',
  source: 'Which outlet',
  order: 'Order of events',
}

function rightText(q: Question): string {
  return q.options !== undefined ? (q.options[q.answer ?? 0] ?? '') : (q.accept?.[0] ?? '')
}

function evidenceQuote(q: Question): HTMLElement {
  const quote = el('blockquote', undefined, 'evidence')
  for (const s of highlightAnswer(q.evidence.text, rightText(q)))
    quote.append(s.mark ? el('mark', s.text) : document.createTextNode(s.text))
  return quote
}

/** A question as the teacher reads it: prompt, options with the key marked (or accepted answers), evidence. */
export function questionBody(q: Question): HTMLElement[] {
  const out: HTMLElement[] = []
  if (q.options !== undefined) {
    const options = el('ul')
    q.options.forEach((option, i) => {
      const li = el('li')
      if (i === q.answer) li.append(el('strong', option), ' — the right answer')
      else li.textContent = option
      options.append(li)
    })
    out.push(options)
  } else {
    const p = el('p', 'Accepted answers: ')
    p.append(el('strong', (q.accept ?? []).join(' · ')))
    out.push(p)
  }
  out.push(
    el('p', `Explanation: ${q.explanation}`, 'muted'),
    el('p', 'Evidence from the article:', 'muted'),
    evidenceQuote(q),
  )
  return out
}

/** What the edit form holds, checked before sending (the server checks again and answers 422 with paths). */
interface Draft {
  prompt: string
  options?: string[]
  answer?: number
  accept?: string[]
  explanation: string
}

export function draftProblems(d: Draft): Record<string, string> {
  const problems: Record<string, string> = {}
  if (d.prompt.trim() === '') problems.prompt = 'Write the question.'
  else if (d.prompt.length > 2000) problems.prompt = 'Keep the question under 2,000 characters.'
  if (d.options !== undefined) {
    const filled = d.options.map((o) => o.trim())
    if (filled.some((o) => o === '')) problems.options = 'Fill in every option.'
    else if (new Set(filled.map((o) => o.toLowerCase())).size !== filled.length)
      problems.options = 'Options must differ from each other.'
    if (d.answer === undefined) problems.answer = 'Choose the right answer.'
  } else if ((d.accept ?? []).length === 0) problems.accept = 'Give at least one accepted answer.'
  if (d.explanation.trim() === '') problems.explanation = 'Say why the answer is right.'
  return problems
}

export interface Editor {
  show(view: EditView): void
}

export function editor(
  api: string,
  auth: (init?: RequestInit) => RequestInit,
  onChange: () => Promise<void>,
): Editor {
  const list = $('[data-questions]')
  const status = $('[data-questions-status]')
  const versionLine = $('[data-version]')
  const tools = $('[data-editor-tools]')
  const adder = $('[data-add-from-sentence]')
  const sentenceSelect = document.querySelector<HTMLSelectElement>('[data-sentence]')
  const candidatesList = $('[data-candidates]')
  let view: EditView | null = null

  function say(text: string): void {
    if (status) status.textContent = text
  }

  /** Sends one change with the version it was made to; reloads the editor after it (or after a 412). */
  async function change(method: string, path: string, body: unknown, done: string): Promise<Response | null> {
    if (!view) return null
    const init: RequestInit = { method }
    const headers: Record<string, string> = { 'if-match': `"v${view.version}"` }
    if (body !== undefined) {
      headers['content-type'] = 'application/json'
      init.body = JSON.stringify(body)
    }
    const base = auth(init)
    const res = await fetch(`${api}${path}`, {
      ...base,
      headers: { ...(base.headers as Record<string, string>), ...headers },
    }).catch(() => null)
    if (res === null) {
      say('Could not reach Civic Quiz. Nothing was changed; try again.')
      return null
    }
    if (res.status === 412) {
      await onChange()
      say(
        `${await problemDetail(res)} The quiz was changed in another tab or window; this is now the latest version.`,
      )
      return res
    }
    if (!res.ok) {
      if (res.status !== 422) say(await problemDetail(res))
      return res
    }
    say(done)
    await onChange()
    return res
  }

  function moveControls(q: Question, index: number, count: number): HTMLButtonElement[] {
    const ids = (view?.quiz.questions ?? []).map((x) => x.id)
    const out: HTMLButtonElement[] = []
    for (const [label, delta] of [
      ['Move up', -1],
      ['Move down', 1],
    ] as const) {
      const target = index + delta
      if (target < 0 || target >= count) continue
      const b = button(label, 'secondary')
      b.append(el('span', ` question ${index + 1}`, 'vh'))
      b.addEventListener('click', () => {
        const order = [...ids]
        order.splice(index, 1)
        order.splice(target, 0, q.id)
        void change('PUT', '/order', { order }, `Moved question ${index + 1} to position ${target + 1}.`)
      })
      out.push(b)
    }
    return out
  }

  function removeControls(q: Question, index: number, box: HTMLElement, restore: () => void): void {
    const sure = button(`Yes, remove question ${index + 1}`)
    const keep = button('Keep it', 'secondary')
    box.replaceChildren(el('span', 'Remove it? Students who already answered keep their scores.'), sure, keep)
    sure.focus()
    keep.addEventListener('click', restore)
    sure.addEventListener('click', () => {
      sure.disabled = true
      void change(
        'DELETE',
        `/questions/${encodeURIComponent(q.id)}`,
        undefined,
        `Removed question ${index + 1}: “${q.prompt}”.`,
      ).then((res) => {
        if (!res?.ok) return
        // focus goes on to the question now in its place, or to the list's heading after the last one
        const next = document.querySelectorAll<HTMLElement>('[data-questions] > li')[index]
        const target = next ?? document.getElementById('questions-h')
        if (target) {
          target.tabIndex = -1
          target.focus()
        }
      })
    })
  }

  function swapControls(q: Question, index: number, box: HTMLElement, restore: () => void): void {
    const alternates = view?.alternates ?? []
    const id = `swap-${index}`
    const label = el('label', `Swap question ${index + 1} for`, 'field')
    label.htmlFor = id
    const select = el('select')
    select.id = id
    alternates.forEach((a, i) => {
      const option = el('option', `${i + 1}. ${TYPE_NAMES[a.type] ?? a.type}: ${a.prompt}`)
      option.value = a.id
      select.append(option)
    })
    const preview = el('div', undefined, 'preview-box')
    const showPreview = (): void => {
      const a = alternates.find((x) => x.id === select.value)
      preview.replaceChildren(...(a === undefined ? [] : [el('p', a.prompt), ...questionBody(a)]))
    }
    select.addEventListener('change', showPreview)
    showPreview()
    const go = button('Swap it in')
    const cancel = button('Cancel', 'secondary')
    const actions = el('div', undefined, 'actions')
    actions.append(go, cancel)
    box.replaceChildren(label, select, preview, actions)
    select.focus()
    cancel.addEventListener('click', restore)
    go.addEventListener('click', () => {
      go.disabled = true
      void change(
        'POST',
        '/questions',
        { alternate: select.value, replace: q.id },
        `Swapped question ${index + 1} for one of the generator’s next-best questions.`,
      )
    })
  }

  function fieldError(id: string): HTMLElement {
    const p = el('p', '', 'field-error')
    p.id = `${id}-error`
    return p
  }

  function editForm(q: Question, index: number, item: HTMLElement, restore: () => void): void {
    const prefix = `ed-${index}`
    const form = el('form', undefined, 'edit')
    form.noValidate = true
    const errors: Record<string, HTMLElement> = {}
    const labelled = (key: string, text: string, control: HTMLElement & { id: string }): HTMLElement[] => {
      const label = el('label', text, 'field')
      label.htmlFor = control.id
      const error = fieldError(control.id)
      errors[key] = error
      control.setAttribute('aria-describedby', `${control.id}-error`)
      return [label, control, error]
    }
    const prompt = el('textarea')
    prompt.id = `${prefix}-prompt`
    prompt.rows = 3
    prompt.value = q.prompt
    form.append(...labelled('prompt', 'Question', prompt))

    const optionInputs: HTMLInputElement[] = []
    const keyRadios: HTMLInputElement[] = []
    let acceptBox: HTMLTextAreaElement | null = null
    if (q.options !== undefined) {
      const group = el('fieldset')
      group.append(el('legend', 'Options (choose the right one)'))
      q.options.forEach((option, i) => {
        const row = el('div', undefined, 'option-edit')
        const radio = el('input')
        radio.type = 'radio'
        radio.name = `${prefix}-key`
        radio.id = `${prefix}-key-${i}`
        radio.checked = i === q.answer
        radio.setAttribute('aria-label', `Option ${i + 1} is the right answer`)
        const input = el('input')
        input.type = 'text'
        input.id = `${prefix}-opt-${i}`
        input.value = option
        input.maxLength = 500
        const label = el('label', `Option ${i + 1}`, 'vh')
        label.htmlFor = input.id
        row.append(radio, label, input)
        group.append(row)
        optionInputs.push(input)
        keyRadios.push(radio)
      })
      errors.options = fieldError(`${prefix}-options`)
      errors.answer = fieldError(`${prefix}-answer`)
      group.append(errors.options, errors.answer)
      form.append(group)
    } else {
      acceptBox = el('textarea')
      acceptBox.id = `${prefix}-accept`
      acceptBox.rows = 3
      acceptBox.value = (q.accept ?? []).join('\n')
      form.append(...labelled('accept', 'Accepted answers (one a line)', acceptBox))
    }
    const explanation = el('textarea')
    explanation.id = `${prefix}-explanation`
    explanation.rows = 3
    explanation.value = q.explanation
    form.append(...labelled('explanation', 'Explanation', explanation))
    form.append(el('p', 'Evidence (the article’s sentence, kept as it is):', 'muted'), evidenceQuote(q))

    const preview = el('fieldset', undefined, 'preview')
    const draft = (): Draft => {
      const d: Draft = { prompt: prompt.value.trim(), explanation: explanation.value.trim() }
      if (q.options !== undefined) {
        d.options = optionInputs.map((i) => i.value.trim())
        const key = keyRadios.findIndex((r) => r.checked)
        if (key >= 0) d.answer = key
      } else {
        d.accept = (acceptBox?.value ?? '')
          .split('\n')
          .map((a) => a.trim())
          .filter((a) => a !== '')
      }
      return d
    }
    const showPreview = (): void => {
      const d = draft()
      preview.replaceChildren(el('legend', `Preview, as a student sees it: ${index + 1}. ${d.prompt}`))
      if (d.options !== undefined)
        for (const option of d.options) {
          const label = el('label', undefined, 'option')
          const radio = el('input')
          radio.type = 'radio'
          radio.disabled = true
          radio.name = `${prefix}-preview`
          label.append(radio, el('span', option))
          preview.append(label)
        }
      else preview.append(el('p', 'A text box for the typed answer.', 'muted'))
    }
    const check = (): boolean => {
      const problems = draftProblems(draft())
      for (const [key, node] of Object.entries(errors)) {
        node.textContent = problems[key] ?? ''
        const control =
          key === 'options'
            ? optionInputs
            : key === 'answer'
              ? keyRadios
              : [form.querySelector(`#${prefix}-${key}`)]
        for (const c of control)
          c?.setAttribute('aria-invalid', problems[key] === undefined ? 'false' : 'true')
      }
      return Object.keys(problems).length === 0
    }
    form.addEventListener('input', () => {
      showPreview()
      check()
    })
    showPreview()
    const save = el('button', 'Save the question')
    save.type = 'submit'
    const cancel = button('Cancel', 'secondary')
    const actions = el('div', undefined, 'actions')
    actions.append(save, cancel)
    form.append(preview, actions)
    cancel.addEventListener('click', restore)
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      if (!check()) {
        form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus()
        return
      }
      const d = draft()
      const body: Question = { ...q, prompt: d.prompt, explanation: d.explanation }
      if (d.options !== undefined) {
        body.options = d.options
        if (d.answer !== undefined) body.answer = d.answer
      } else if (d.accept !== undefined) body.accept = d.accept
      save.disabled = true
      const res = await change(
        'PUT',
        `/questions/${encodeURIComponent(q.id)}`,
        body,
        `Saved question ${index + 1}.`,
      )
      save.disabled = false
      if (res?.status === 422) {
        const problem = (await res.json().catch(() => ({}))) as {
          errors?: Array<{ path: unknown[]; detail: string }>
        }
        for (const e of problem.errors ?? []) {
          const key = String(e.path[0] ?? '')
          const node = errors[key] ?? errors.prompt
          if (node) node.textContent = e.detail
        }
      }
    })
    item.replaceChildren(el('h3', `Editing question ${index + 1}`), form)
    prompt.focus()
  }

  function renderQuestion(q: Question, index: number, count: number): HTMLLIElement {
    const item = el('li')
    item.dataset.question = q.id
    const draw = (): void => {
      const heading = el('h3', q.prompt)
      heading.tabIndex = -1
      item.replaceChildren(heading)
      if (q.edited === true) item.append(el('p', 'Edited by the teacher', 'badge'))
      item.append(...questionBody(q))
      if (view?.editable !== true) return
      const box = el('div', undefined, 'actions')
      const edit = button('Edit', 'secondary')
      edit.append(el('span', ` question ${index + 1}`, 'vh'))
      edit.addEventListener('click', () => editForm(q, index, item, draw))
      box.append(edit)
      if ((view?.alternates.length ?? 0) > 0) {
        const swap = button('Swap', 'secondary')
        swap.append(el('span', ` question ${index + 1}`, 'vh'))
        swap.addEventListener('click', () => swapControls(q, index, box, draw))
        box.append(swap)
      }
      box.append(...moveControls(q, index, count))
      const remove = button('Remove', 'secondary')
      remove.append(el('span', ` question ${index + 1}`, 'vh'))
      remove.addEventListener('click', () => removeControls(q, index, box, draw))
      if (count > 1) box.append(remove)
      item.append(box)
    }
    draw()
    return item
  }

  function renderCandidates(questions: Question[], span: { start: number; end: number }): void {
    if (!candidatesList) return
    candidatesList.replaceChildren()
    if (questions.length === 0) {
      candidatesList.append(el('li', 'The generator finds no new question in this sentence. Pick another.'))
      return
    }
    for (const q of questions) {
      const li = el('li')
      li.append(el('h4', `${TYPE_NAMES[q.type] ?? q.type}: ${q.prompt}`), ...questionBody(q))
      const add = button('Add this question')
      add.append(el('span', `: ${q.prompt}`, 'vh'))
      add.addEventListener('click', () => {
        add.disabled = true
        void change(
          'POST',
          '/questions',
          { sentence: span, type: q.type },
          `Added “${q.prompt}” at the end of the quiz.`,
        ).then(() => candidatesList.replaceChildren())
      })
      li.append(add)
      candidatesList.append(li)
    }
  }

  $('[data-find-candidates]')?.addEventListener('click', async () => {
    const text = view?.article
    const s = text?.sentences[Number(sentenceSelect?.value ?? -1)]
    if (!s) return
    const res = await fetch(`${api}/candidates?start=${s.start}&end=${s.end}`, auth()).catch(() => null)
    if (res === null || !res.ok) {
      say(res === null ? 'Could not reach Civic Quiz. Try again.' : await problemDetail(res))
      return
    }
    renderCandidates(((await res.json()) as { questions: Question[] }).questions, s)
  })

  $('[data-undo]')?.addEventListener('click', () => {
    void change('POST', '/undo', undefined, 'Undid the last change.')
  })

  return {
    show(next: EditView): void {
      view = next
      if (versionLine)
        versionLine.textContent = next.editable
          ? `Version ${next.version}. Each saved change makes a new version; students who loaded an earlier one are scored on it.`
          : ''
      if (tools) tools.hidden = !next.editable || next.version === 1
      list?.replaceChildren(
        ...next.quiz.questions.map((q, i) => renderQuestion(q, i, next.quiz.questions.length)),
      )
      if (adder && sentenceSelect) {
        const article = next.article
        adder.hidden = !next.editable || article === undefined
        if (article !== undefined && sentenceSelect.options.length !== article.sentences.length)
          sentenceSelect.replaceChildren(
            ...article.sentences.map((s, i) => {
              const text = article.text.slice(s.start, s.end).replace(/\s+/g, ' ')
              const option = el('option', text.length > 110 ? `${text.slice(0, 107)}…` : text)
              option.value = String(i)
              return option
            }),
          )
      }
    },
  }
}
