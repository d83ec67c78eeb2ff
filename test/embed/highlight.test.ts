import { describe, expect, it } from 'vitest'
import { findAnswer } from '../../src/widget/highlight'

const SENTENCE =
  "Speaking to a reporter on Sunday, Trump said Mamdani 'would like to meet with us' and added 'we'll work something out', showing willingness to engage with the 34-year-old democratic socialist."

describe('findAnswer', () => {
  it('finds the answer in its evidence sentence, ignoring case', () => {
    const at = findAnswer(SENTENCE, 'donald TRUMP'.split(' ')[1] ?? '')
    expect(at && SENTENCE.slice(...at)).toBe('Trump')
  })

  it('matches whole words only', () => {
    const at = findAnswer('He spoke about it and went out.', 'out')
    expect(at && 'He spoke about it and went out.'.slice(...at)).toBe('out')
    expect(findAnswer('He spoke about it.', 'out')).toBeNull()
  })

  it('finds a number next to a hyphen', () => {
    const at = findAnswer(SENTENCE, '34')
    expect(at && SENTENCE.slice(...at)).toBe('34')
  })

  it('falls back to the longest word of the answer that the sentence holds', () => {
    const at = findAnswer(SENTENCE, 'Donald Trump')
    expect(at && SENTENCE.slice(...at)).toBe('Trump')
    expect(findAnswer('The New York Times reported it.', 'The Times of India')).toEqual([13, 18])
    expect(findAnswer('It was in May.', 'May 2026')).toBeNull() // "May" is too short to stand for the answer
  })

  it('gives null for an empty or absent answer', () => {
    expect(findAnswer(SENTENCE, '  ')).toBeNull()
    expect(findAnswer(SENTENCE, 'Elon Musk')).toBeNull()
  })
})
