/**
 * Press-release titles (issue 11, round 6): a byline names the sender, never the news. The title comes
 * from the lead's verb and object or from the bill, never "Congressman Bo Tran R-Alto", whatever the
 * tag's form, a dateline line under the byline, or a byline run into the lead on one line. Passages
 * written for the test, names invented.
 */
import { describe, expect, it } from 'vitest'
import { deriveTitle, isByline } from '../../src/quiz/title'

const LEAD =
  'Congressman Bo Tran (R-Alto) today introduced the Clean Ports Act, which would ban dumping near ports.'

describe('a press release title', () => {
  it('knows a byline by its tag in any form', () => {
    for (const b of [
      'Congressman Bo Tran R-Alto',
      'Congressman Bo Tran (R-AL-05)',
      'Congressman Bo Tran (AL-05)',
      'Congressman Bo Tran, R-Alto',
      'U.S. Congressman Bo Tran (R-Alto)',
      'Congressman Bo Tran',
    ])
      expect(isByline(b)).toBe(true)
    expect(isByline('Congressman Bo Tran introduced the Clean Ports Act')).toBe(false)
  })

  it('takes the news from the lead under any byline, never the byline', () => {
    for (const byline of [
      'Congressman Bo Tran (R-AL-05)',
      'Congressman Bo Tran, R-Alto',
      'U.S. Congressman Bo Tran (R-Alto)',
      'Congressman Bo Tran R-Alto\nWashington, D.C.',
    ]) {
      const title = deriveTitle(`${byline}\n\n${LEAD}\n\n"This is a good day for every harbor," Tran said.`)
      expect(title).toBe('Congressman Bo Tran introduced the Clean Ports Act')
    }
  })

  it('drops a byline run into the lead on one line', () => {
    expect(deriveTitle(`Congressman Bo Tran R-Alto ${LEAD}\n\nMore from the office.`)).toBe(
      'Congressman Bo Tran introduced the Clean Ports Act',
    )
  })
})
