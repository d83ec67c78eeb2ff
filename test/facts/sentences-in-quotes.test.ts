import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/facts/index'

describe('joinQuotedSentences', () => {
  it('keeps a sentence inside a single-quoted quotation with its quotation', () => {
    const text =
      "Councillor Maya Brandt said she would talk to anyone, noting 'Where there is a chance to work together... I'm ready, and if it hurts our town, I will fight it'. The vote is on Tuesday."
    const [q] = extractFacts(text).quotes
    expect(q?.sentence.text).toBe(
      "Councillor Maya Brandt said she would talk to anyone, noting 'Where there is a chance to work together... I'm ready, and if it hurts our town, I will fight it'.",
    )
  })

  it('keeps the second sentence of a double-quoted quotation with the first', () => {
    const text = 'Mayor Ola Dahl wrote "We are with you. Get well soon." The council met later.'
    const [q] = extractFacts(text).quotes
    expect(q?.sentence.text).toBe('Mayor Ola Dahl wrote "We are with you. Get well soon."')
  })

  it('still splits a quotation that runs on to the next paragraph', () => {
    const text = '"We start now. The plan is ready,\n\n"and it will work," said Mayor Ola Dahl.'
    const [q] = extractFacts(text).quotes
    expect(q?.sentence.text).toBe('"We start now.')
  })
})
