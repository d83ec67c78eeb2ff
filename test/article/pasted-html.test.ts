import { describe, expect, it } from 'vitest'
import { decodeEntities, textOfPastedMarkup } from '../../src/article/pasted-html'

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
