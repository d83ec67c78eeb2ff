/**
 * Home-state questions (issue 11: minor details): cosponsors listed one to a line are not asked; the
 * lead sponsors' sentence and a quoted delegate are. Invented press release, read by the real reader.
 */
import { expect, it } from 'vitest'
import { extractFacts } from '../../src/facts'
import { allCandidates } from '../../src/quiz/generate'

const RELEASE = `date 2024-05-02 Rep. Nora Vell (D-OR) introduced the Harbor Safety Act on Thursday, a bill that would fund new inspections of cargo ports.

"Every port worker deserves a safe place to work," Vell said.

The bill's original cosponsors are:

Rep. Sam Ostrow (R-TX)

Rep. Dana Pell (D-MI)

Rep. Tom Berg (R-OH)

"This bill protects the people who keep our shelves full," said Rep. Dana Pell.`

it('asks the lead sponsor’s and a quoted delegate’s state, never a listed cosponsor’s', () => {
  const states = allCandidates(RELEASE, extractFacts(RELEASE))
    .filter((c) => c.factKey.startsWith('state:'))
    .map((c) => c.answer)
  expect(states).toContain('Oregon')
  expect(states).toContain('Michigan')
  expect(states).not.toContain('Texas')
  expect(states).not.toContain('Ohio')
})
