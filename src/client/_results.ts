// The teacher view's results (part of /static/teach.js): students first (name, score, time, version),
// then per question the share right. Refreshes by itself every few seconds while the tab is visible,
// and redraws only when something changed, so a screen reader hears only news.

import type { ClassResults, Quiz } from '../schema'
import { readClassCode } from '../shared/class-code'
import { questionInsights } from '../shared/class-stats'
import { $, el, problemDetail } from './_dom'

export const REFRESH_MS = 5000

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

function time(iso: string): string {
  const d = new Date(iso)
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })
}

function studentsTable(results: ClassResults): HTMLElement {
  const wrap = el('div', undefined, 'table-wrap')
  const table = el('table', undefined, 'students')
  table.append(el('caption', 'Students, latest first'))
  const head = el('tr')
  const cols =
    results.class === null
      ? ['Name', 'Class', 'Score', 'Time', 'Version']
      : ['Name', 'Score', 'Time', 'Version']
  for (const h of cols) {
    const th = el('th', h)
    th.scope = 'col'
    head.append(th)
  }
  const thead = el('thead')
  thead.append(head)
  const tbody = el('tbody')
  for (const r of results.recent) {
    const row = el('tr')
    const name = el('th', r.name ?? '(no name)')
    name.scope = 'row'
    row.append(name)
    if (results.class === null) row.append(el('td', r.class === '' ? '—' : r.class))
    row.append(el('td', `${r.score} / ${r.total}`), el('td', time(r.at)), el('td', `v${r.version}`))
    tbody.append(row)
  }
  table.append(thead, tbody)
  wrap.append(table)
  return wrap
}

function questionList(quiz: Quiz, results: ClassResults): HTMLElement {
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
      li.append(el('p', `Most-picked wrong answer: “${insight.topWrong.option}” (${insight.topWrong.count})`))
    if (insight.mostMissed) li.append(el('p', 'Most of the class missed this question.', 'flag'))
    for (const option of insight.idleDistractors)
      li.append(el('p', `Nobody picked “${option}”: this distractor does no work.`, 'flag'))
    list.append(li)
  }
  // questions only earlier versions asked (removed, or since edited): their own figures
  for (const s of results.questions.filter((q) => !q.current && q.answered > 0)) {
    const li = el('li', undefined, 'old')
    li.dataset.question = s.question
    li.append(
      el('p', s.prompt),
      el('p', 'Asked by an earlier version of the quiz (since edited or removed).', 'muted'),
      el('p', `${s.correct} of ${s.answered} right (${percent(s.correct / s.answered)})`),
    )
    list.append(li)
  }
  return list
}

export interface ResultsView {
  load(): Promise<void>
  setQuiz(quiz: Quiz): void
}

export function resultsView(api: string, auth: () => RequestInit): ResultsView {
  const box = $('[data-results]')
  const error = $('[data-results-error]')
  const updated = $('[data-updated]')
  const filter = document.querySelector<HTMLInputElement>('#results-class')
  let quiz: Quiz | null = null
  let shown = ''
  let busy = false

  function query(): string {
    const code = readClassCode(filter?.value)
    return code ? `?class=${encodeURIComponent(code)}` : ''
  }

  function render(results: ClassResults): void {
    if (!box || !quiz) return
    const key = JSON.stringify([results, quiz.questions.map((q) => q.id)])
    if (key === shown) return
    shown = key
    const heading = el('h3', results.class === null ? 'All classes' : `Class ${results.class}`)
    const summary = el(
      'p',
      results.attempts === 0
        ? 'No attempts yet.'
        : `${results.attempts} ${results.attempts === 1 ? 'attempt' : 'attempts'} · mean score ${results.meanScore ?? 0} out of ${quiz.questions.length} · version ${results.version}`,
    )
    summary.dataset.summary = ''
    box.replaceChildren(heading, summary)
    // more attempts than one page of results holds: say so plainly
    if (results.more !== undefined) box.append(el('p', results.more.detail, 'notice'))
    if (results.attempts === 0) return
    box.append(studentsTable(results), el('h3', 'Questions'), questionList(quiz, results))
  }

  async function load(): Promise<void> {
    if (busy || !quiz) return
    busy = true
    try {
      const res = await fetch(`${api}/results${query()}`, auth()).catch(() => null)
      if (res === null || !res.ok) {
        if (error)
          error.textContent =
            res === null ? 'Could not reach Civic Quiz. Trying again shortly.' : await problemDetail(res)
        return
      }
      if (error) error.textContent = ''
      render((await res.json()) as ClassResults)
      if (updated) updated.textContent = `Updated at ${new Date().toLocaleTimeString()}.`
    } finally {
      busy = false
    }
  }

  filter?.addEventListener('input', () => {
    const ok = readClassCode(filter.value) !== null
    filter.setAttribute('aria-invalid', ok ? 'false' : 'true')
    if (ok) void load()
  })
  $('[data-refresh]')?.addEventListener('click', () => void load())
  setInterval(() => {
    if (document.visibilityState === 'visible') void load()
  }, REFRESH_MS)

  $('[data-csv]')?.addEventListener('click', async () => {
    if (error) error.textContent = ''
    const res = await fetch(`${api}/results.csv${query()}`, auth()).catch(() => null)
    if (res === null || !res.ok) {
      if (error)
        error.textContent = res === null ? 'Could not reach Civic Quiz. Try again.' : await problemDetail(res)
      return
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'results.csv'
    const url = URL.createObjectURL(await res.blob())
    const link = el('a')
    link.href = url
    link.download = name
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  })

  return {
    load,
    setQuiz(next: Quiz): void {
      quiz = next
      shown = ''
    },
  }
}
