import { describe, expect, it } from 'vitest'
import { sameSpeaker, scoreArticle, wordOverlap } from '../../src/cli/eval-score'
import { extractFacts } from '../../src/facts/index'

describe('eval scoring', () => {
  it('measures word overlap over the longer text', () => {
    expect(wordOverlap('we will win this', 'we will win')).toBe(0.75)
    expect(wordOverlap('It’s done', "it's done")).toBe(1)
  })

  it('matches speakers by canonical name or surname', () => {
    expect(sameSpeaker('Lena Ortiz', 'ortiz')).toBe(true)
    expect(sameSpeaker('The Harbour Union', 'Harbour Union')).toBe(true)
    expect(sameSpeaker('Lena Ortiz', 'Ana Ortiz')).toBe(false)
    expect(sameSpeaker(null, null)).toBe(true)
  })

  it('scores quotes one-to-one at 80% overlap, speakers, dates and numbers', () => {
    const text =
      'date 2024-05-15 "We will rebuild the pier," said Mayor Lena Ortiz on Monday, 12 days after the storm.'
    const s = scoreArticle(
      {
        file: 'x.txt',
        quotes: [
          { text: 'We will rebuild the pier,', speaker: 'Lena Ortiz' },
          { text: 'A quote nobody wrote', speaker: null },
        ],
        dates: [{ text: 'Monday', iso: '2024-05-13' }],
        numbers: [{ text: '12', value: 12 }],
      },
      extractFacts(text),
    )
    expect([s.quotePrecision, s.quoteRecall, s.speakerAccuracy, s.dateAccuracy, s.numberRecall]).toEqual([
      1, 0.5, 1, 1, 1,
    ])
  })
})
