import { describe, expect, it } from 'vitest'
import { quizWithAlternates } from '../../src/quiz/generate'
import { deriveTitle, quizIdFor, quizTitle, titleGivesAway } from '../../src/quiz/title'
import { factsFor } from './passage'

const lead = (text: string): string => deriveTitle(`date 2024-01-01 ${text}`)

describe('quizTitle', () => {
  it('uses the given headline, spaces squashed', () => {
    expect(quizTitle('date 2024-01-01 Rep. Ann Lee spoke.', '  Council  backs\tlibrary plan ')).toBe(
      'Council backs library plan',
    )
  })

  it('writes an all-capitals headline in title case, keeping acronyms', () => {
    expect(quizTitle('date 2024-01-01 Text.', 'NDC ON MARSH V. BOARD OF ELECTIONS IN THE U.S.')).toBe(
      'NDC on Marsh v. Board of Elections in the U.S.',
    )
    expect(quizTitle('date 2024-01-01 Text.', 'NDC on Marsh')).toBe('NDC on Marsh')
  })

  it('falls back to a title made from the article when the headline is blank', () => {
    expect(quizTitle('date 2024-01-01 The council approved the budget, ending a long debate.', '  ')).toBe(
      'The council approved the budget',
    )
  })
})

describe('deriveTitle from the lead', () => {
  it('never cuts at an abbreviation or a party tag', () => {
    const title = lead(
      'Rep. Jane Roe (D-OR) asked the U.S. Department of Energy to reopen the Marlow dam study.',
    )
    expect(title).toBe('Rep. Jane Roe asked the U.S. Department of Energy to reopen the Marlow dam study')
  })

  it('drops an attribution or scene-setting opener', () => {
    expect(lead('According to the state news agency, the port of Talvik reopened to cargo ships.')).toBe(
      'The port of Talvik reopened to cargo ships',
    )
    expect(
      lead('After a jury trial in Marlow, a former treasurer was sentenced to six years in prison.'),
    ).toBe('A former treasurer was sentenced to six years in prison')
    expect(lead('On Friday, the legislature of Norland approved a new voting map.')).toBe(
      'The legislature of Norland approved a new voting map',
    )
    expect(lead('Friday, the city council of Dunmore voted to close the old bridge.')).toBe(
      'The city council of Dunmore voted to close the old bridge',
    )
  })

  it('drops a wire dateline and a time word', () => {
    expect(lead('WASHINGTON – Rep. Ann Lee, R-N.C., today voted against the farm bill.')).toBe(
      'Rep. Ann Lee voted against the farm bill',
    )
  })

  it('replaces a list of sponsors with "Lawmakers"', () => {
    expect(
      lead(
        'WASHINGTON, D.C. – Congressman Paul Vance (D-OR) along with Congresswoman Ruth Amos (R-Ind.) today introduced the Rural Clinics Act of 2024.',
      ),
    ).toBe('Lawmakers introduced the Rural Clinics Act of 2024')
    expect(
      lead(
        'Senators Ana Cruz (R-Texas), Bo Park (D-Illinois) and Cy Dunn (D-Vermont) introduced the Clean Rivers Act.',
      ),
    ).toBe('Lawmakers introduced the Clean Rivers Act')
  })

  it('names the topic of a statement, not the press office', () => {
    expect(
      lead(
        'Congressman Paul Vance (VA-03) issued the following statement in response to the Supreme Court’s ruling in Marsh v. Board of Elections:',
      ),
    ).toBe('Statement on the Supreme Court’s ruling in Marsh v. Board of Elections')
  })

  it('takes the announced news when the announcer is a long title', () => {
    expect(
      lead(
        'On Monday, Director Ana Ruiz of the National Institute of Water and Soil Health (NIWSH) announced a study of four river dams was stopped early because two had failed.',
      ),
    ).toBe('A study of four river dams was stopped early')
  })

  it('leaves out an appositive and never ends with "…" or a dangling word', () => {
    const title = lead(
      'A man has been arrested after Tomas Grell, mayor of the northern town of Velm, was attacked last night whilst on stage at a charity concert in the main square.',
    )
    expect(title).toBe('A man has been arrested after Tomas Grell was attacked last night')
    expect(title).not.toMatch(/…|\s(?:in|of|whilst|the)$/)
  })

  it('uses a first line that reads as a heading', () => {
    expect(deriveTitle('date 2024-01-01\nCouncil backs new library plan\nThe council voted on Monday.')).toBe(
      'Council backs new library plan',
    )
  })
})

describe('quizIdFor', () => {
  it('is the slug of a short title', () => {
    expect(quizIdFor('Council backs new library plan', 'x')).toBe('council-backs-new-library-plan')
  })

  it('gives distinct ids to long titles that share their first 60 characters', () => {
    const a = 'Lawmakers introduced the Rural Clinics and Community Health Centers Act of 2024'
    const b = 'Lawmakers introduced the Rural Clinics and Community Health Centers Act of 2025'
    expect(quizIdFor(a, 'x')).not.toBe(quizIdFor(b, 'x'))
    expect(quizIdFor(a, 'x').length).toBeLessThanOrEqual(60)
    expect(quizIdFor(a, 'x')).toMatch(/^[a-z0-9-]+$/)
  })

  it('never cuts a title at a degree or before the object of its verb (issue 11)', () => {
    const lead = (l: string) => deriveTitle(`date 2024-05-02\n${l}\nMore text follows here.`)
    expect(
      lead(
        'WASHINGTON, D.C. – Congressman Bo Tran, M.D. is an original cosponsor of H.R. 1234, the Clean Harbors Act, which would fund harbor cleanup.',
      ),
    ).toBe('Congressman Bo Tran is an original cosponsor of the Clean Harbors Act')
    expect(
      lead('Rep. Ann Lee, Ph.D., introduced the Harbor Jobs Act today to fund training in coastal towns.'),
    ).toBe('Rep. Ann Lee introduced the Harbor Jobs Act to fund training in coastal towns')
    // "joined X | in introducing …" and "between A | and B" are no places to cut
    expect(
      lead(
        'Congresswoman Ann Lee (D-CA) today joined Rep. Bo Tran in introducing bipartisan legislation to extend the harbor grant program by five years.',
      ),
    ).toBe(
      'Congresswoman Ann Lee joined Rep. Bo Tran in introducing bipartisan legislation to extend the harbor grant program',
    )
    expect(
      lead(
        'WASHINGTON – Rep. Ana Ruiz, R-N.M., today voted against legislation to approve the trade pact between Dalvania and a group of six nations led by the Harbor League.',
      ),
    ).toBe(
      'Rep. Ana Ruiz voted against legislation to approve the trade pact between Dalvania and a group of six nations',
    )
  })

  it('asks nothing the title answers ("House impeaches X" → "Who impeached X?")', () => {
    const who = { type: 'who-did' as const, prompt: 'Who impeached Tom Roe?', answer: 'Harbor Assembly' }
    expect(titleGivesAway('Harbor Assembly impeaches Governor Tom Roe', who)).toBe(true)
    expect(titleGivesAway('Governor Tom Roe faces trial', who)).toBe(false)
    const seats = {
      type: 'number' as const,
      prompt: 'Fill in the blank: “The Harbor Party won _____ seats.”',
      answer: '298',
    }
    expect(titleGivesAway('Harbor Party wins 298 seats', seats)).toBe(true)
    expect(titleGivesAway('Harbor Party wins most seats', seats)).toBe(false)
    // in a quiz: the blank the title answers is left out
    const t =
      'date 2024-05-02\nThe Harbor Party won 298 seats in the election on Sunday, the electoral board said.\nTurnout was 64 percent across the whole county, the board said on Monday.\nThe county spent $2.4 million on the election and its count, officials said.\nClerks counted 41,000 ballots by hand at the county hall over the weekend.'
    const facts = factsFor(t, (b) => ({
      numbers: [
        b.number('298', 298, 'count', 'seats'),
        b.number('64 percent', 64, 'percent'),
        b.number('$2.4 million', 2_400_000, 'money'),
        b.number('41,000', 41_000, 'count', 'ballots'),
      ],
    }))
    const asked = (title: string) => {
      try {
        const { quiz, alternates } = quizWithAlternates(t, facts, { title, count: 3 })
        return [...quiz.questions, ...alternates].map((q) => q.prompt)
      } catch {
        return []
      }
    }
    const blank = (prompts: string[]) => prompts.some((p) => p.includes('won _____ seats'))
    expect(blank(asked('Harbor Party wins most seats'))).toBe(true)
    expect(blank(asked('Harbor Party wins 298 seats'))).toBe(false)
    expect(asked('Harbor Party wins 298 seats').length).toBeGreaterThanOrEqual(3)
  })
})
