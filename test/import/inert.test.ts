import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/import/extract'
import { dropInertBlocks } from '../../src/import/inert'
import { COUNCIL_PARAGRAPHS, NEWS_PAGE } from '../fixtures/pages'

const JSON_LD =
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the bridge"}</script>'

describe('dropInertBlocks', () => {
  it('drops scripts, styles and comments, and keeps JSON-LD and everything a reader sees', () => {
    const html = [
      '<html><head><title>Bridge</title><style>p { color: red } </style>',
      JSON_LD,
      '<script src="/app.js"></script><SCRIPT type="module">if (a < b) document.write("<p>fake</p>")</SCRIPT>',
      '</head><body><!-- a note --><p>The council met on Tuesday.</p>',
      '<script>var s = "<!-- not a comment"</script><p>It voted 5 to 2.</p>',
      '<!-- <script> inside a comment is no script --><p>Work starts in May.</p></body></html>',
    ].join('')
    expect(dropInertBlocks(html)).toBe(
      [
        '<html><head><title>Bridge</title>',
        JSON_LD,
        '</head><body><p>The council met on Tuesday.</p>',
        '<p>It voted 5 to 2.</p>',
        '<p>Work starts in May.</p></body></html>',
      ].join(''),
    )
  })

  it('ends a script at </script followed by a space, / or >, as the HTML tokenizer does', () => {
    expect(dropInertBlocks('<p>a</p><script>x = "</scripts>"</script ><p>b</p>')).toBe('<p>a</p><p>b</p>')
    expect(dropInertBlocks('<p>a</p><style>b{}</style/><p>b</p>')).toBe('<p>a</p><p>b</p>')
    // <scripts> and <styles> are other (unknown) elements, kept
    expect(dropInertBlocks('<scripts>a</scripts><styles>b</styles>')).toBe(
      '<scripts>a</scripts><styles>b</styles>',
    )
    // empty comments end where the parser ends them
    expect(dropInertBlocks('<!--><p>a</p><!---><p>b</p>')).toBe('<p>a</p><p>b</p>')
  })

  it('leaves what it cannot close to the parser, from there on', () => {
    const open = '<p>a</p><script>never closed <p>b</p>'
    expect(dropInertBlocks(open)).toBe(open)
    const comment = '<p>a</p><!-- never closed <script>x</script>'
    expect(dropInertBlocks(comment)).toBe(comment)
    const tag = '<p>a</p><style'
    expect(dropInertBlocks(tag)).toBe(tag)
  })

  it('reads a page the same with and without them: the extracted article is unchanged', () => {
    const noisy = NEWS_PAGE.replace(
      '</body>',
      `<script>${'var x = "<p>not text</p>";'.repeat(200)}</script><style>${'.a{b:c}'.repeat(200)}</style></body>`,
    )
    expect(extractArticle(noisy).text.split('\n\n')).toEqual(COUNCIL_PARAGRAPHS)
    expect(extractArticle(noisy)).toEqual(extractArticle(NEWS_PAGE))
  })
})
