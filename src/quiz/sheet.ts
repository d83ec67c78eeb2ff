/** A quiz as a plain-text review sheet: one block per question, the right option marked. Pure. */
import type { Quiz } from '../schema'

export function reviewSheet(quiz: Quiz): string {
  const src = quiz.source
  const lines = [
    `${quiz.title}`,
    `id ${quiz.id} · ${src.date}${src.publisher ? ` · ${src.publisher}` : ''}${src.license ? ` · ${src.license}` : ''}`,
    `${quiz.questions.length} questions: ${typeSummary(quiz)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')}`,
    ...(quiz.notes ?? []).map((n) => `note: ${n}`),
    '',
  ]
  quiz.questions.forEach((q, i) => {
    lines.push(`${i + 1}. [${q.type}] ${q.prompt}`)
    q.options?.forEach((o, j) => {
      lines.push(`   ${j === q.answer ? '✔' : ' '} ${String.fromCharCode(65 + j)}. ${o}`)
    })
    if (q.accept) lines.push(`   ✔ typed: ${q.accept.join(' | ')}`)
    lines.push(`   evidence [${q.evidence.start}–${q.evidence.end}]: ${q.evidence.text.replace(/\s+/g, ' ')}`)
    lines.push('')
  })
  return lines.join('\n')
}

/** Question counts per type, in the order types first appear. */
export function typeSummary(quiz: Quiz): Array<[string, number]> {
  const counts = new Map<string, number>()
  for (const q of quiz.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1)
  return [...counts.entries()]
}
