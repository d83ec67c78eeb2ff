import { describe, expect, it } from 'vitest'
import { CSV_INJECTION, OWASP_XSS } from '../fixtures/owasp-xss'
import { asTeacher, postJson, sampleQuiz } from '../helpers'

const quiz = sampleQuiz()

/** Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  return rows
}

describe('CSV injection through student names', () => {
  it('neutralises every formula a spreadsheet would run, or refuses control characters', async () => {
    const kept: string[] = []
    for (const name of [...CSV_INJECTION, ...OWASP_XSS].map((n) => n.slice(0, 40))) {
      const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, {
        class: 'csv-inject',
        name,
        answers: {},
      })
      if (/\p{Cc}/u.test(name.trim())) expect(res.status).toBe(422)
      else {
        expect(res.status).toBe(201)
        kept.push(name.trim())
      }
    }
    const csv = await (await asTeacher(`/api/quizzes/${quiz.id}/results.csv?class=csv-inject`)).text()
    const rows = parseCsv(csv)
    // rows[0] is the header, rows[1] the answer key
    const names = rows.slice(2).map((r) => r[1] ?? '')
    expect(names.sort()).toEqual(kept.map((n) => (/^[=+\-@]/.test(n) ? `'${n}` : n)).sort())
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })
})
