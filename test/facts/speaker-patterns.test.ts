import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const who = (text: string): Array<{ text: string; speaker: string | null }> =>
  extractFacts(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker }))

describe('speakers: quotes closed before a short attribution sentence', () => {
  it('gives a quote closed with a period to the "Name said." sentence after it', () => {
    const text =
      'date 2024-05-02\nThe council met on Tuesday to vote on the plan.\n"We will not raise taxes this year." Mayor Lena Ortiz said.\n"The budget is balanced." Ortiz said on Wednesday.'
    expect(who(text)).toEqual([
      { text: 'We will not raise taxes this year.', speaker: 'Lena Ortiz' },
      { text: 'The budget is balanced.', speaker: 'Lena Ortiz' },
    ])
  })

  it('does not take a following sentence that says more than who spoke', () => {
    const text =
      'date 2024-05-02\nMayor Lena Ortiz and Councillor Tom Reyes met on Tuesday.\n"We will not raise taxes." Reyes said the plan would fail anyway and left.'
    expect(who(text)[0]?.speaker).not.toBe('Tom Reyes')
  })
})

describe('speakers: a quote over several paragraphs, closed only in the last', () => {
  it('gives every open paragraph to the speaker named at the close', () => {
    const text =
      'date 2024-05-02\nCouncillor Tom Reyes spoke first at the meeting.\n"The river has been rising for a week and the levee is old.\n"We asked the state for money in March and heard nothing.\n"We will open the spillway tonight," said Maria Santos, the county engineer.'
    expect(who(text).map((q) => q.speaker)).toEqual(['Maria Santos', 'Maria Santos', 'Maria Santos'])
  })
})

describe('speakers: unnamed sources', () => {
  it('gives a quote from "an official" to no one, never the person named before', () => {
    const text =
      'date 2024-05-02\nGovernor Sam Adeyemi visited the plant on Monday. "We are ready," Adeyemi said.\n"The repairs will take a month," an official said.\n"Nobody was hurt," said a spokeswoman for the utility.\n"It is too early to say," officials said.'
    expect(who(text)).toEqual([
      { text: 'We are ready,', speaker: 'Sam Adeyemi' },
      { text: 'The repairs will take a month,', speaker: null },
      { text: 'Nobody was hurt,', speaker: null },
      { text: 'It is too early to say,', speaker: null },
    ])
  })

  it('gives a quote from "a spokesman for" a named organisation to that organisation', () => {
    const text =
      'date 2024-05-02\nGovernor Sam Adeyemi visited the bridge on Monday. "We are ready," Adeyemi said.\n"The bridge stays shut," a spokesman for the Department of Roads said.'
    expect(who(text)[1]).toEqual({ text: 'The bridge stays shut,', speaker: 'Department of Roads' })
  })

  it('keeps a definite "the official" pointing back at a named official', () => {
    const text =
      'date 2024-05-02\nPaul Vance, an official at the port authority, spoke on Monday. "The cranes are old," the official said.'
    expect(who(text)[0]?.speaker).toBe('Paul Vance')
  })
})

describe('speakers: pronouns', () => {
  it('resolves "she said" to the person named two sentences before', () => {
    const text =
      'date 2024-05-02\nSenator Ruth Amos returned from the border on Monday with Paul Vance, a lawyer. She met families at three shelters. Many had waited weeks. "These children need lawyers," she said.'
    expect(who(text)).toEqual([{ text: 'These children need lawyers,', speaker: 'Ruth Amos' }])
  })
})

describe('dates: "today" inside a quote is the day it was said', () => {
  it('takes the day the paragraph gives for the speech', () => {
    const f = extractFacts(
      'date 2024-05-10\nOn Tuesday, Mayor Lena Ortiz spoke at city hall. "Today we open the new library," Ortiz said.',
    )
    expect(f.dates.map((d) => [d.text, d.iso])).toEqual([
      ['Tuesday', '2024-05-07'],
      ['Today', '2024-05-07'],
    ])
  })

  it('takes the day of the lead’s news when the quote reacts to it', () => {
    const f = extractFacts(
      'date 2024-05-10\nOn Wednesday, the High Court of Norland ruled the new voting map unlawful.\nOpposition leader Ana Ruiz wrote, "Today\'s ruling is a victory for every voter."',
    )
    expect(f.dates.find((d) => d.text.startsWith('Today'))?.iso).toBe('2024-05-08')
  })

  it('keeps the publication day when the lead’s news happened that day', () => {
    const f = extractFacts(
      'date 2024-05-10\nThe mayor of Velm was attacked last night. He died today.\nPresident Ana Ruiz said, "Today I am with his family."',
    )
    expect(f.dates.filter((d) => d.text === 'Today').map((d) => d.iso)).toEqual(['2024-05-10'])
  })
})

describe('speakers: a press release’s statement', () => {
  it('gives the quoted statement to the one who released it, not to the dateline', () => {
    const text =
      'date 2024-05-02 WASHINGTON, DC - U.S. Senator Lia Moss (R-AK) released the following statement on the vote today:\n“The vote was a mistake and the state will pay for it.\n“We will try again next year, and we will win.”'
    expect(who(text).map((q) => q.speaker)).toEqual(['Lia Moss', 'Lia Moss'])
  })
})
