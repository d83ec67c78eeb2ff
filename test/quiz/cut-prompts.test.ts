/**
 * Garbled "…"-starts (issue 11, round 6): a number blank cut out of a long sentence keeps the clause's
 * subject and verb ("…President Bo Tran sued the District Attorney …"), never a start that is the
 * verb's object ("…District Attorney of Eastburg and his own tax preparer …"); and a date elided at the start leaves no "…,". Passages written for the test,
 * names invented.
 */
import { describe, expect, it } from 'vitest'
import { allCandidates } from '../../src/quiz/generate'
import { factsFor } from './passage'

const blankOf = (text: string, build: Parameters<typeof factsFor>[1]) =>
  allCandidates(text, factsFor(text, build))
    .filter((c) => c.type === 'number')
    .map((c) => c.prompt)

describe('a cut prompt keeps its clause', () => {
  it('starts at the subject, not at the object of the verb', () => {
    const t =
      'date 2024-05-02 President Bo Tran sued the District Attorney of Eastburg and his own tax preparer in federal court to block a subpoena that asks for eight years of his tax returns.'
    const prompts = blankOf(t, (b) => ({ numbers: [b.number('eight', 8, 'count', 'years')] }))
    expect(prompts).toHaveLength(1)
    expect(prompts[0]).toContain('“…President Bo Tran sued the District Attorney')
  })

  it('leaves no "…," where a date opened the sentence', () => {
    const t =
      'date 2024-05-02 The trial was long awaited. On 3 May 2024, Director Ann Lee of the Harbor Institute announced a trial of four possible drugs for the fever.'
    const prompts = blankOf(t, (b) => ({
      numbers: [b.number('four', 4, 'count', 'drugs')],
      dates: [b.date('3 May 2024', '2024-05-03', 'announced')],
    }))
    expect(prompts).toHaveLength(1)
    expect(prompts[0]).toContain('“Director Ann Lee')
    expect(prompts[0]).not.toContain('…,')
  })
})
