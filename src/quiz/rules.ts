/** The rules every question obeys, checked on the finished question (used by the generator and the tests). */
import type { Question } from '../schema'
import { stateName } from './frames/delegation'
import { nameWords } from './people'
import { contentWords, squash, words } from './text'

/** Types whose right option is a person or organisation. */
const PERSON_ANSWER = new Set(['who-said', 'who-did', 'role', 'source'])

/** Words of the right option that would give it away if the prompt held them. */
export function answerWords(q: Question): string[] {
  const right = q.options?.[q.answer ?? -1] ?? q.accept?.[0] ?? ''
  if (q.type === 'true-false' || q.type === 'order') return []
  if (q.type === 'number')
    return words(right)
      .filter(
        (w) =>
          /\d/.test(w) || (!/^(?:percent|million|billion|trillion|per|cent)$/.test(w) && !/^us$/.test(w)),
      )
      .filter((w) => /\d/.test(w) || w.length > 3)
  if (PERSON_ANSWER.has(q.type) && q.type !== 'role') return nameWords(right)
  return contentWords(right)
}

/** True when the text tags someone with the state `state` by its postal code or abbreviation ("(D-OR)"). */
function namesStateByTag(text: string, state: string): boolean {
  for (const m of text.matchAll(
    /[,(]\s*(?:[DRI]\s*[-–]\s*)?([A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)\s*(?:[-–]\s*\d{1,2}\s*)?[),]/g,
  ))
    if (stateName(m[1] ?? '') === state) return true
  return false
}

/** Every broken rule of a question, as readable messages (empty when it is fair). */
export function questionProblems(article: string, q: Question): string[] {
  const problems: string[] = []
  const e = q.evidence
  if (article.slice(e.start, e.end) !== e.text || e.text.trim() === '')
    problems.push('evidence is not the article text at its offsets')
  if (q.options) {
    if (q.type === 'true-false') {
      if (q.options.length !== 2 || q.options[0] !== 'True' || q.options[1] !== 'False')
        problems.push('true/false options must be ["True", "False"]')
    } else if (q.options.length < 3 || q.options.length > 4)
      problems.push('a choice question shows 3 or 4 options')
    const norm = q.options.map((o) => squash(o).toLowerCase())
    if (new Set(norm).size !== norm.length) problems.push('options are not distinct')
    if (q.answer === undefined || q.answer < 0 || q.answer >= q.options.length)
      problems.push('answer index out of range')
    if (q.options.some((o) => o.includes('_____'))) problems.push('an option holds a blank')
  } else if (!q.accept?.length) problems.push('no options and no accepted answers')
  else if (q.type !== 'quote-completion') problems.push('only quote completions take a typed answer')
  const promptWords = new Set(words(q.prompt))
  const leaked = answerWords(q).filter((w) => promptWords.has(w))
  if (leaked.length > 0) problems.push(`prompt gives the answer away: ${leaked.join(', ')}`)
  const right = q.options?.[q.answer ?? -1] ?? q.accept?.[0] ?? ''
  const evidenceWords = new Set(words(e.text))
  if (
    q.type === 'who-said' ||
    q.type === 'who-did' ||
    (q.type === 'role' && nameWords(right).some((w) => evidenceWords.has(w)))
  ) {
    if (!nameWords(right).some((w) => evidenceWords.has(w)))
      problems.push('the evidence does not name the keyed person')
  } else if (q.type === 'role' && namesStateByTag(e.text, right)) {
    // "Which state does Rep. Roe represent?" keyed Oregon, proven by her tag "(D-OR)" or "(OR-5)"
  } else if (q.type !== 'true-false' && q.type !== 'order') {
    const missing = words(right).filter((w) => !evidenceWords.has(w))
    if (missing.length > 0) problems.push(`the evidence does not contain the answer (${missing.join(', ')})`)
  }
  if (!q.explanation.includes(squash(e.text).slice(0, 30)))
    problems.push('the explanation does not quote the evidence')
  if (/\s{2,}/.test(q.prompt) || q.prompt.length < 12) problems.push('prompt is malformed')
  return problems
}
