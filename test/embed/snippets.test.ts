import { describe, expect, it } from 'vitest'
import { EMBED_WIDTH, embedHeight, embedSnippets } from '../../src/shared/embed-snippets'

const ORIGIN = 'https://quiz.example'

describe('embedSnippets', () => {
  it('gives the widget, the iframe with a fixed height, and the student link', () => {
    const s = embedSnippets(ORIGIN, 'trump-mamdani-meeting', 'period-3', 'Trump hints at a meeting', 5)
    expect(s.widget).toBe(
      '<script src="https://quiz.example/widget.js" async></script>\n' +
        '<civic-quiz quiz="trump-mamdani-meeting" class-code="period-3"></civic-quiz>',
    )
    expect(s.iframe).toBe(
      `<iframe src="https://quiz.example/embed/trump-mamdani-meeting?class=period-3" title="Quiz: Trump hints at a meeting" width="${EMBED_WIDTH}" height="${embedHeight(5)}" style="width:100%;max-width:${EMBED_WIDTH}px;height:${embedHeight(5)}px;border:0" loading="lazy"></iframe>\n` +
        '<script src="https://quiz.example/widget.js" async></script>',
    )
    expect(s.link).toBe('https://quiz.example/quiz/trump-mamdani-meeting?class=period-3')
  })

  it('leaves the class code out when there is none', () => {
    const s = embedSnippets(ORIGIN, 'q', null, 'T')
    expect(s.widget).toContain('<civic-quiz quiz="q"></civic-quiz>')
    expect(s.iframe).toContain('src="https://quiz.example/embed/q"')
    expect(s.link).toBe('https://quiz.example/quiz/q')
  })

  it('escapes a hostile title so it cannot leave its attribute', () => {
    const s = embedSnippets(ORIGIN, 'q', 'c', `"><script>alert(1)</script>' onload='x`)
    expect(s.iframe).not.toContain('<script>alert')
    expect(s.iframe).toContain(
      'title="Quiz: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39; onload=&#39;x"',
    )
  })

  it('grows the fixed height with the number of questions, within bounds', () => {
    expect(embedHeight(10)).toBeGreaterThan(embedHeight(5))
    expect(embedHeight(0)).toBe(embedHeight(1))
    expect(embedHeight(1000)).toBe(embedHeight(40))
  })
})
