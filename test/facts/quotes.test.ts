import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

const who = (text: string): Array<{ text: string; speaker: string | null }> =>
  extractFacts(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker }))

describe('extractQuotes: who said it', () => {
  it('attributes a quote followed by "X said" to X', () => {
    expect(who('Mayor Lena Ortiz spoke on Monday. "The budget is balanced," Ortiz said.')).toEqual([
      { text: 'The budget is balanced,', speaker: 'Lena Ortiz' },
    ])
  })

  it('attributes a quote followed by "said X, role" to X', () => {
    expect(who('"We expect a long winter," said Paul Mensah, a senior forecaster at the agency.')).toEqual([
      { text: 'We expect a long winter,', speaker: 'Paul Mensah' },
    ])
  })

  it('attributes a quote introduced by "X said," to X', () => {
    expect(who('Health Minister Ines Varga said, "Hospitals are coping."')).toEqual([
      { text: 'Hospitals are coping.', speaker: 'Ines Varga' },
    ])
  })

  it('attributes a quote split by "said X" to X on both sides', () => {
    expect(
      who('"The river is rising," said Tom Reyes, the county engineer. "We will open the spillway tonight."'),
    ).toEqual([
      { text: 'The river is rising,', speaker: 'Tom Reyes' },
      { text: 'We will open the spillway tonight.', speaker: 'Tom Reyes' },
    ])
  })

  it('attributes both halves of a quote split by "he told reporters"', () => {
    const text =
      'Governor Sam Adeyemi toured the site. "Nobody expected this," he told reporters, "but we are ready to help."'
    expect(who(text)).toEqual([
      { text: 'Nobody expected this,', speaker: 'Sam Adeyemi' },
      { text: 'but we are ready to help.', speaker: 'Sam Adeyemi' },
    ])
  })

  it('resolves "he" to the subject of the previous sentence, not to a later object', () => {
    const text =
      'Senator Maria Okafor criticised Governor Dan Whitley on Friday. She said "the plan is reckless and unfunded."'
    expect(who(text)).toEqual([{ text: 'the plan is reckless and unfunded.', speaker: 'Maria Okafor' }])
  })

  it("attributes \"X said Y '...' and added '...'\" to X, not to Y", () => {
    const text = "Coach Rui Alves said Kessler 'wants to stay at the club' and added 'we'll talk next week'."
    expect(who(text)).toEqual([
      { text: 'wants to stay at the club', speaker: 'Rui Alves' },
      { text: "we'll talk next week", speaker: 'Rui Alves' },
    ])
  })

  it('attributes a colon introduction to the subject of the sentence', () => {
    const text =
      'Union leader Clara Binns was blunt about the offer: "It is an insult to every nurse in the city."'
    expect(who(text)).toEqual([
      { text: 'It is an insult to every nurse in the city.', speaker: 'Clara Binns' },
    ])
  })

  it('attributes "according to X, \'...\'" to X', () => {
    expect(who('According to economist Priya Nair, "prices will fall by the spring."')).toEqual([
      { text: 'prices will fall by the spring.', speaker: 'Priya Nair' },
    ])
  })

  it('attributes "calling it an \'...\'" to the agent of a passive sentence', () => {
    const text =
      "Ruth Kaplan is the city's mayor. The ruling was condemned by the mayor, calling it an 'attack on local democracy'."
    expect(who(text)).toEqual([{ text: 'attack on local democracy', speaker: 'Ruth Kaplan' }])
  })

  it('attributes "labelling him a \'...\'" to the role the article gave a person', () => {
    const text =
      "Prime Minister Alan Brooks faced a new rival. The prime minister repeatedly attacked the newcomer, labelling him a 'reckless amateur'."
    expect(who(text)).toEqual([{ text: 'reckless amateur', speaker: 'Alan Brooks' }])
  })

  it('attributes "which he described as \'...\'" through the pronoun', () => {
    const text =
      "Councillor Omar Haddad opposed the plan. He pointed to the rents, which he described as 'driving families out of the borough'."
    expect(who(text)).toEqual([{ text: 'driving families out of the borough', speaker: 'Omar Haddad' }])
  })

  it('attributes "saying, \'...\'" and "noting \'...\'" to the sentence subject', () => {
    const text =
      "Director Hana Sato defended the budget, saying, 'We cut what we could'. She stressed the point again, noting 'there is nothing left to cut'."
    expect(who(text)).toEqual([
      { text: 'We cut what we could', speaker: 'Hana Sato' },
      { text: 'there is nothing left to cut', speaker: 'Hana Sato' },
    ])
  })

  it('continues the speaker for a following quote in the same paragraph', () => {
    const text = '"We will appeal," said lawyer Ben Cole. "The judge made two clear errors."'
    expect(who(text)).toEqual([
      { text: 'We will appeal,', speaker: 'Ben Cole' },
      { text: 'The judge made two clear errors.', speaker: 'Ben Cole' },
    ])
  })

  it('continues a quote whose paragraph ends open into the next paragraph', () => {
    const text =
      'Chief Executive Nadia Flores said: "Our results were strong this year.\n\n"Next year we will hire two hundred people."'
    expect(who(text)).toEqual([
      { text: 'Our results were strong this year.', speaker: 'Nadia Flores' },
      { text: 'Next year we will hire two hundred people.', speaker: 'Nadia Flores' },
    ])
  })

  it("gives a new paragraph that opens with another speaker's quote to that speaker", () => {
    const text =
      '"Fares must rise," said transit chief Leo Park.\n\n"That would hurt commuters," councillor Aisha Bello said.'
    expect(who(text)).toEqual([
      { text: 'Fares must rise,', speaker: 'Leo Park' },
      { text: 'That would hurt commuters,', speaker: 'Aisha Bello' },
    ])
  })

  it('credits a repeat of earlier quoted words to their speaker', () => {
    const text =
      "Minister Eva Lind said 'we will find a compromise'. Observers say 'find a compromise' could mean anything."
    expect(who(text)).toEqual([
      { text: 'we will find a compromise', speaker: 'Eva Lind' },
      { text: 'find a compromise', speaker: 'Eva Lind' },
    ])
  })

  it('keeps a short partial quote in a sentence with a speech verb', () => {
    expect(who('Inspector Raj Patel said the suspect was in a "stable" condition.')).toEqual([
      { text: 'stable', speaker: 'Raj Patel' },
    ])
  })

  it('drops a scare quote nobody said', () => {
    expect(who("The so-called 'historic' deal was signed in a small room.")).toEqual([])
  })

  it('drops a translation gloss', () => {
    expect(who('The group is called Amani, or "peace together," by its members.')).toEqual([])
  })

  it('attributes a quote to an organisation named by a role phrase ("the party")', () => {
    const text = 'The Green Unity Party lost two seats. "We accept the result," the party told the press.'
    expect(who(text)).toEqual([{ text: 'We accept the result,', speaker: 'Green Unity Party' }])
  })

  it('keeps quoted words from unnamed reports with no speaker', () => {
    expect(who('Reports describe the damage as "worse than the 2011 flood".')).toEqual([
      { text: 'worse than the 2011 flood', speaker: null },
    ])
  })

  it('attributes a quote after "X wrote" with an appositive to X', () => {
    const text =
      'Former Mayor Tina Ruiz, the current head of the housing board, wrote "We owe tenants an answer."'
    expect(who(text)).toEqual([{ text: 'We owe tenants an answer.', speaker: 'Tina Ruiz' }])
  })

  it('records how the quote was attributed', () => {
    const q = extractFacts('"It works," said engineer Kim Lo.').quotes[0]
    expect(q?.attribution).toEqual({ pattern: 'said-x', verb: 'said', resolved: false })
    expect(q?.sentence).toEqual({ text: '"It works," said engineer Kim Lo.', start: 0, end: 33 })
  })

  it('attributes "his office said" to the person the pronoun stands for', () => {
    const text =
      'The environment minister, Tomas Berg, declined to comment. His office said the government "remains committed to its targets".'
    expect(who(text)).toEqual([{ text: 'remains committed to its targets', speaker: 'Tomas Berg' }])
  })

  it('takes the subject before an appositive clause, not a name inside it', () => {
    const text = 'Ana Ruiz, who replaced Carl Dean as chair in March, said "the books are finally in order."'
    expect(who(text)).toEqual([{ text: 'the books are finally in order.', speaker: 'Ana Ruiz' }])
  })

  it('reads a title that follows organisation words ("Senate Majority Leader X")', () => {
    const text =
      '"We have the votes," Senate Majority Leader Chuck Rivers said. Rivers later told reporters "it was close."'
    expect(who(text)).toEqual([
      { text: 'We have the votes,', speaker: 'Chuck Rivers' },
      { text: 'it was close.', speaker: 'Chuck Rivers' },
    ])
  })

  it('attributes a paragraph-opening quote to the speaker of a previous paragraph ending with a colon', () => {
    const text =
      'Chief executive Dana Whitfield added:\n\n"We are focusing on the products our customers value most."'
    expect(who(text)).toEqual([
      { text: 'We are focusing on the products our customers value most.', speaker: 'Dana Whitfield' },
    ])
  })

  it('resolves "the company" to the company the article named', () => {
    const text = 'Nortel Robotics Inc. cut 1,200 jobs. "These decisions are never easy," the company said.'
    expect(who(text)).toEqual([{ text: 'These decisions are never easy,', speaker: 'Nortel Robotics Inc.' }])
  })

  it('drops titles of works and so-called phrases that nobody said', () => {
    const text =
      'The festival opened with "The Long Road Home" and a so-called "night of quiet reflection" by the river.'
    expect(who(text)).toEqual([])
  })

  it('attributes a quote followed by "according to X" to X', () => {
    expect(who('"The numbers do not add up," according to auditor Mei Tan.')).toEqual([
      { text: 'The numbers do not add up,', speaker: 'Mei Tan' },
    ])
  })

  it('carries the speaker into a next paragraph that opens with an unattributed quote', () => {
    const text =
      '"We will appeal," said lawyer Ben Cole.\n\n"The judge made two clear errors and ignored the evidence."'
    expect(who(text)).toEqual([
      { text: 'We will appeal,', speaker: 'Ben Cole' },
      { text: 'The judge made two clear errors and ignored the evidence.', speaker: 'Ben Cole' },
    ])
  })

  it('skips a focus whose gender rules out the pronoun ("Mr X met Y. She said …")', () => {
    const text = 'Mr Dan Whitley met Senator Maria Okafor. She said "my bill will pass the house easily."'
    expect(who(text)).toEqual([{ text: 'my bill will pass the house easily.', speaker: 'Maria Okafor' }])
  })

  it('learns a gender from "his"/"her" in a sentence about one person', () => {
    const text =
      'Maria Okafor said her bill was ready. Dan Whitley disagreed with his usual bluntness. She said "it will pass this week."'
    expect(who(text)).toEqual([{ text: 'it will pass this week.', speaker: 'Maria Okafor' }])
  })
})
