import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

// Invented passages (issue 11j): a person's words go to the person, never to the organisation in
// their apposition, and words said about a document are speech, not the document's wording.
const who = (text: string): Array<{ text: string; speaker: string | null; kind: string }> =>
  extractFacts(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind }))

const LEAD =
  'date 2024-05-02\nThe Pontiff signed the new law on Thursday. It requires clergy to report abuse.\n'

describe('speakers: a person in apposition with an organisation', () => {
  it('gives the words to the cardinal, not the office he heads', () => {
    const qs = who(
      `${LEAD}Cardinal Tom Roe, head of the Holy Office's commission for minors, said "This law is a step forward for every child."`,
    )
    expect(qs).toEqual([
      { text: 'This law is a step forward for every child.', speaker: 'Tom Roe', kind: 'speech' },
    ])
  })

  it('gives the words to a spokeswoman named after "said", not her ministry', () => {
    const qs = who(
      `${LEAD}"The clinics will open on time," said Ann Lee, spokeswoman for the Ministry of Health.`,
    )
    expect(qs[0]?.speaker).toBe('Ann Lee')
  })

  it("gives the words to the chief named after an organisation's possessive", () => {
    const qs = who(`${LEAD}The agency's chief, Bo Tran, told reporters "We will not back down."`)
    expect(qs[0]?.speaker).toBe('Bo Tran')
  })
})

describe('speakers: words about a document are speech', () => {
  it("keeps \"X said the law '…'\" as X's speech, not the wording of the law", () => {
    const qs = who(
      `${LEAD}The Holy Office's commission head, Cardinal Tom Roe, said the law "puts children first".`,
    )
    expect(qs).toEqual([{ text: 'puts children first', speaker: 'Tom Roe', kind: 'speech' }])
  })

  it('keeps "said in a statement that the bill \'…\'" as speech', () => {
    const qs = who(
      'date 2024-05-02\nRep. Ana Ruiz (D-CA) said in a statement that the bill "will protect families from surprise bills".',
    )
    expect(qs).toEqual([
      { text: 'will protect families from surprise bills', speaker: 'Ana Ruiz', kind: 'speech' },
    ])
  })

  it('still reads the wording of a clause as a term', () => {
    const qs = who('date 2024-05-02\nThe clause reads "no member shall serve two terms."')
    expect(qs[0]?.kind).toBe('term')
  })
})

describe('speakers: the person a report quotes', () => {
  it('gives "The News quoted X as saying \'…\'" to X, not the outlet', () => {
    const qs = who(`${LEAD}Valley News quoted Cardinal Tom Roe as saying the law "puts children first".`)
    expect(qs[0]?.speaker).toBe('Tom Roe')
  })

  it('gives "X was quoted by the News as saying \'…\'" to X, not the agent', () => {
    const qs = who(
      `${LEAD}Cardinal Tom Roe was quoted by Valley News as saying the law "puts children first".`,
    )
    expect(qs[0]?.speaker).toBe('Tom Roe')
  })
})

describe('speakers: the agent of a passive sentence is who a pronoun points to', () => {
  it('resolves "he said" to the cardinal who welcomed the law, not the one who signed it', () => {
    const text =
      'date 2024-05-02\nPresident Leo Marr signed the new law on Thursday.\nThe law was welcomed by Cardinal Tom Roe, head of the Holy Office\'s commission for minors. "It puts children first and ends the silence," he said.'
    expect(who(text)[0]?.speaker).toBe('Tom Roe')
  })

  it('resolves "the cardinal said" to the person titled Cardinal', () => {
    const text =
      'date 2024-05-02\nPresident Leo Marr signed the new law on Thursday.\nThe law was welcomed by Cardinal Tom Roe, head of the Holy Office\'s commission for minors. "It puts children first and ends the silence," the cardinal said.'
    expect(who(text)[0]?.speaker).toBe('Tom Roe')
  })
})

describe('speakers: long appositions and documents', () => {
  it('finds the verb after a long apposition that follows the name after the quote', () => {
    const text =
      'date 2024-05-02\nIda Moor spoke first. "We will not stop," Moor, a Democrat who represents the third district and who sits on the House Judiciary Committee, said on Monday.'
    expect(who(text)[0]?.speaker).toBe('Ida Moor')
  })

  it('gives "the letter said" to the letter\'s writer, never its addressee', () => {
    const sent =
      'date 2024-05-02\nIn a letter to Secretary Ann Lee, Chairman Bo Tran set a deadline. "You have defied a lawful subpoena," the letter said.'
    const received =
      'date 2024-05-02\nSecretary Ann Lee received a letter from Chairman Bo Tran. "You have defied a lawful subpoena," the letter said.'
    expect(who(sent)[0]?.speaker).toBe('Bo Tran')
    expect(who(received)[0]?.speaker).toBe('Bo Tran')
  })
})

describe('speakers: an office or a spokeswoman speaking for a named person', () => {
  it('gives "Ann Lee\'s office said …" to Ann Lee, who stays a person', () => {
    const f = extractFacts(
      'date 2024-05-02\nAnn Lee\'s office said in a statement that she "will fight this ruling".',
    )
    expect(f.quotes[0]?.speaker).toBe('Ann Lee')
    expect(f.people.find((p) => p.name === 'Ann Lee')?.kind).toBe('person')
  })

  it('gives "…, Ann Lee\'s spokeswoman said" to Ann Lee, but her lawyer named in apposition speaks himself', () => {
    expect(
      who('date 2024-05-02\n"She will fight this ruling," Ann Lee\'s spokeswoman said.')[0]?.speaker,
    ).toBe('Ann Lee')
    expect(
      who('date 2024-05-02\nAnn Lee\'s lawyer, Bo Tran, said "we will appeal this ruling".')[0]?.speaker,
    ).toBe('Bo Tran')
  })
})
