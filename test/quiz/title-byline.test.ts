/**
 * Titles from a press release's lead (issue 11): a byline line (an office, a name, a degree, a party
 * tag) is never the title, and a time word opening the lead never swallows the news after it.
 * Invented leads.
 */
import { describe, expect, it } from 'vitest'
import { deriveTitle } from '../../src/quiz/generate'
import { headlineOf } from '../../src/quiz/title'

describe('press-release titles', () => {
  it('skips a byline line ("Congressman Bo Tran, M.D. R-Alto") for the lead after it', () => {
    for (const byline of [
      'Congressman Bo Tran R-Alto',
      'Congressman Bo Tran, M.D. R-Alto',
      'Sen. Ann Lee (D-CA)',
    ])
      expect(
        deriveTitle(
          `date 2018-07-31 ${byline}\n\nWASHINGTON – Today the senator cosponsored the Harbor Accountability Act, which would bar loans to Xland.`,
        ),
      ).toBe('The senator cosponsored the Harbor Accountability Act')
  })

  it('keeps a heading that is a headline', () => {
    expect(
      deriveTitle('date 2018-07-31 House Passes Harbor Act\n\nThe House passed the Harbor Act on Monday.'),
    ).toBe('House Passes Harbor Act')
  })

  it('drops an opening time word without letting it swallow the clause after it', () => {
    expect(
      headlineOf(
        'Today Congressman Bo Tran cosponsored the Harbor Accountability Act, which would bar loans to Xland.',
      ),
    ).toBe('Congressman Bo Tran cosponsored the Harbor Accountability Act')
    expect(headlineOf('Today, the council voted to close the harbor.')).toBe(
      'The council voted to close the harbor',
    )
  })
})
