/**
 * Options of who-said questions (issue 11) in an obituary: the dead are never offered as the speaker of
 * a tribute said today, and a faith or doctrine ("… Christianity", "…ism") is never offered as a
 * speaker. An invented passage, read by the real fact reader.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts'
import type { Candidate } from '../../src/quiz/candidate'
import { allCandidates } from '../../src/quiz/generate'

const OBITUARY = `date 2024-03-02 Former Velorian leader Tomas Ekwe died on Friday at 95, the government of Veloria announced.

Ekwe led Veloria from 1980 until 2017, when the army removed him. "He was a hero of our liberation," said President Anna Moyo in a statement on Saturday.

Critics were less kind. "His rule brought hunger and fear to Veloria," said Peter Chanda, the leader of the opposition party.

Catholic Christianity shaped his early life: he studied at a mission school. "The priests taught me discipline," Ekwe later told a biographer.

"We mourn a founding father of the continent," the union's chairman, Moussa Diallo, said.`

/** Every option a candidate may show: its fixed wrong options, or what it arranges at any position. */
const options = (c: Candidate | undefined): string[] =>
  c ? [...c.distractors, ...[0, 1, 2, 3].flatMap((p) => c.arrange?.(p) ?? [])] : []

describe('who-said options in an obituary', () => {
  const cands = allCandidates(OBITUARY, extractFacts(OBITUARY)).filter((c) => c.type === 'who-said')

  it('never offers the dead as the speaker of a tribute said today', () => {
    const tribute = cands.find((c) => c.prompt.includes('hero of our liberation'))
    expect(tribute?.answer).toBe('Anna Moyo')
    const offered = options(tribute)
    expect(offered).toContain('Peter Chanda')
    expect(offered).not.toContain('Tomas Ekwe')
  })

  it('never offers a faith or a doctrine as a speaker', () => {
    expect(cands.flatMap(options)).toContain('Moussa Diallo')
    for (const c of cands) for (const o of options(c)) expect(o).not.toMatch(/Christianity|ism$/)
  })
})
