/**
 * Who-did options (issue 11): nobody the prompt itself names is offered as a wrong option ("Who
 * approved Governor Tim Ruiz's request …?" never offers Tim Ruiz). An invented passage, read by the real
 * fact reader.
 */
import { expect, it } from 'vitest'
import { extractFacts } from '../../src/facts'
import { allCandidates } from '../../src/quiz/generate'

it('never offers someone the who-did prompt names', () => {
  const t = `date 2024-02-02 President Mara Okafor approved Governor Tim Ruiz's request for a disaster declaration on Thursday. Ruiz asked for the help on January 25 after ice storms hit 24 counties. "This help comes at the right time," Ruiz said. Senator Ella Brandt said the state "will rebuild stronger." Representative Sam Ochoa praised the quick decision.`
  const approved = allCandidates(t, extractFacts(t)).find(
    (c) => c.type === 'who-did' && c.prompt.startsWith('Who approved'),
  )
  expect(approved?.answer).toBe('Mara Okafor')
  expect(approved?.prompt).toContain('Tim Ruiz')
  expect(approved?.distractors).toContain('Ella Brandt')
  expect(approved?.distractors).not.toContain('Tim Ruiz')
})
