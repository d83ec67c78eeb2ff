/**
 * Where names occur (src/quiz/mentions.ts): the article's index of letter runs finds exactly the
 * whole-word mentions a search of the whole text finds, so indexing once per quiz changes no option.
 */
import { describe, expect, it } from 'vitest'
import { findMentions, letterRuns, mentions } from '../../src/quiz/mentions'

const ARTICLE = `Mayor Ana Ruiz of Springfield said on Monday that the Springfield Council would meet again.
"We will not wait," Ruiz told reporters. Ruizes and Ruiz-Lopez are other names; so is DeRuiz.
The U.S. Department of State and the U.S.-Canada commission met O'Brien and O’Brien's aide.
Springfielders cheered; Springfield’s mayor, Ruiz, left. 3M and F-35 makers, José Núñez and Núñez too.`

describe('mentions', () => {
  const runs = letterRuns(ARTICLE)
  const names = [
    'Ruiz',
    'Ana Ruiz',
    'Springfield',
    'Springfield Council',
    'U.S.',
    'U.S. Department of State',
    "O'Brien",
    'O’Brien',
    '3M',
    'F-35',
    'José Núñez',
    'Núñez',
    'Lopez',
    'Council would',
    'Nobody',
    'Ruizes',
  ]

  it('finds each name at the offsets where it stands as whole words', () => {
    const at = (needle: string, from = 0) => ARTICLE.indexOf(needle, from)
    expect(mentions(ARTICLE, 'Ruiz', runs)).toEqual([
      at('Ruiz'),
      at('Ruiz told'),
      at('Ruiz-Lopez'),
      at('Ruiz, left'),
    ])
    expect(mentions(ARTICLE, 'Springfield', runs)).toEqual([
      at('Springfield said'),
      at('Springfield Council'),
      at('Springfield’s'),
    ])
    expect(mentions(ARTICLE, 'Lopez', runs)).toEqual([at('Lopez')])
    expect(mentions(ARTICLE, 'Nobody', runs)).toEqual([])
    expect(mentions(ARTICLE, '', runs)).toEqual([])
  })

  it('finds with the index exactly what a search of the whole text finds', () => {
    for (const name of names) expect(mentions(ARTICLE, name, runs), name).toEqual(mentions(ARTICLE, name))
    expect(findMentions(ARTICLE, names, runs)).toEqual(findMentions(ARTICLE, names))
  })

  it('reads every run of letters, in order, including the first and last of the text', () => {
    expect(runs.get('Mayor')).toEqual([0])
    expect(runs.get('too')).toEqual([ARTICLE.length - 4])
    expect(runs.get('Ruizes')).toEqual([ARTICLE.indexOf('Ruizes')])
  })
})
