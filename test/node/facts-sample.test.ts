import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'
import { articleFactsSchema } from '../../src/schema'
import { readArticle, SAMPLE } from './articles'

describe('the sample article', () => {
  const text = readArticle(SAMPLE)
  const facts = extractFacts(text)

  it('validates against the facts schema and reads the publication date', () => {
    expect(articleFactsSchema.safeParse(facts).success).toBe(true)
    expect(facts.date).toBe('2025-11-18')
  })

  it('finds all nine quotes with the right speakers, repeats and labels included', () => {
    expect(facts.quotes.map((q) => [q.text.slice(0, 30), q.speaker])).toEqual([
      ['would like to meet with us', 'Donald Trump'],
      ["we'll work something out", 'Donald Trump'],
      ['pushing so many [residents] ou', 'Zohran Mamdani'],
      ['I will be proactive in the wor', 'Zohran Mamdani'],
      ['Work something out', 'Donald Trump'],
      ['communist lunatic', 'Donald Trump'],
      ['attack on our democracy', 'Zohran Mamdani'],
      ['Wherever there is a possibilit', 'Zohran Mamdani'],
      ['If anyone can show a nation be', 'Zohran Mamdani'],
    ])
  })

  it("leaves out the scare-quoted 'positive'", () => {
    expect(facts.quotes.some((q) => q.text === 'positive')).toBe(false)
  })

  it('keeps every quote and its sentence as exact slices of the text', () => {
    for (const q of facts.quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text)
      expect(text.slice(q.sentence.start, q.sentence.end)).toBe(q.sentence.text)
    }
  })

  it('resolves the three dated events', () => {
    expect(facts.dates.map((d) => [d.text, d.iso])).toEqual([
      ['Sunday', '2025-11-16'],
      ['earlier this month', '2025-11'],
      ['1 January 2026', '2026-01-01'],
    ])
  })

  it('reads the age and the ordinal', () => {
    expect(facts.numbers.map((n) => [n.text, n.value, n.kind, n.about])).toEqual([
      ['34-year-old', 34, 'age', 'democratic socialist'],
      ['111th', 111, 'ordinal', 'mayor'],
    ])
  })

  it('records The Guardian as an outlet cited for Mamdani', () => {
    expect(facts.sources.map((s) => [s.outlet, s.speaker])).toEqual([['The Guardian', 'Zohran Mamdani']])
    expect(facts.people.find((p) => p.name === 'The Guardian')?.kind).toBe('outlet')
  })

  it('gives the two main people their stated roles', () => {
    const roles = Object.fromEntries(facts.people.map((p) => [p.name, p.role]))
    expect(roles['Donald Trump']).toBe('US President')
    expect(roles['Zohran Mamdani']).toBe("New York City's mayor-elect")
  })
})
