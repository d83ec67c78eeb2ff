import { describe, expect, it } from 'vitest'
import { decodeEntities, textOfPastedMarkup } from '../../src/article/pasted-html'
import { createQuizResponseSchema } from '../../src/schema'
import { COUNCIL_ARTICLE } from '../fixtures/passages'
import { postJson } from '../helpers'

/** The council passage as a CMS would hand it over: paragraphs in <p>, curly quotes as references. */
const COUNCIL_HTML = COUNCIL_ARTICLE.replace(/^date \S+\n/, '')
  .trim()
  .split(/\n\s*\n/)
  .map(
    (p) => `<p class="story">${p.replaceAll('"', '&quot;').replace('Okafor', '<strong>Okafor</strong>')}</p>`,
  )
  .join('\n')

describe('textOfPastedMarkup', () => {
  it('drops tags, keeps one paragraph a line and decodes references', () => {
    expect(
      textOfPastedMarkup(
        '<div><h2>Bridge vote</h2><p>The mayor said &ldquo;yes&rdquo; &amp; left.<br>Next line&#8230;</p></div>',
      ),
    ).toBe('Bridge vote\nThe mayor said “yes” & left.\nNext line…')
  })

  it('drops scripts, styles and comments with what they hold', () => {
    expect(
      textOfPastedMarkup(
        '<p>Kept.</p><script>alert("x")</script><style>p{}</style><!-- note --><p>Also kept.</p>',
      ),
    ).toBe('Kept.\nAlso kept.')
  })

  it('leaves plain text, even with angle brackets, as it is', () => {
    const plain = 'Turnout was < 40% in 2019 and > 60% in 2023.\n\nA second paragraph.'
    expect(textOfPastedMarkup(plain)).toBe(plain)
  })

  it('decodes numeric references in both bases and keeps unknown names as written', () => {
    expect(decodeEntities('&#x2019; &#8217; &bogus; &#0;')).toBe('’ ’ &bogus; &#0;')
  })
})

describe('POST /api/quizzes with pasted markup', () => {
  it('reads the text, not the tags: no question shows a tag or a reference', async () => {
    const res = await postJson(
      '/api/quizzes',
      { article: COUNCIL_HTML, date: '2026-03-12' },
      { 'cf-connecting-ip': '192.0.2.250' },
    )
    expect(res.status).toBe(201)
    const { quiz } = createQuizResponseSchema.parse(await res.json())
    const shown = JSON.stringify(quiz.questions.map((q) => [q.prompt, q.options, q.evidence.text]))
    expect(shown).not.toMatch(/<\/?(p|strong)\b|&quot;|class=/)
    expect(shown).toContain('Okafor')
  })
})
