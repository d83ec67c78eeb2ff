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
  it('neutralises every formula a spreadsheet of any locale would run, and drops control characters', async () => {
    const kept: string[] = []
    for (const name of [...CSV_INJECTION, ...OWASP_XSS].map((n) => n.slice(0, 40))) {
      const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, {
        class: 'csv-inject',
        name,
        answers: {},
      })
      expect(res.status).toBe(201)
      kept.push(name.replace(/\p{Cc}/gu, '').trim())
    }
    const csv = await (await asTeacher(`/api/quizzes/${quiz.id}/results.csv?class=csv-inject`)).text()
    expect(csv).not.toMatch(/(?![\t\n\r])\p{Cc}/u)
    const rows = parseCsv(csv)
    // rows[0] is the header, rows[1] the answer key
    const names = rows.slice(2).map((r) => r[1] ?? '')
    const plain = (n: string) => n.replaceAll("'", '')
    expect(names.map(plain).sort()).toEqual(kept.map(plain).sort())
    // whatever separator a spreadsheet splits on (`,` `;` tab), no piece starts a formula
    for (const row of rows)
      for (const cell of row)
        for (const piece of cell.split(/[,;\t\r\n]/)) expect(piece).not.toMatch(/^[ \u00a0]*[=+\-@]/)
  })
})
