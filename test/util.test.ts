import { describe, expect, it } from 'vitest'
import { hashToken, newToken, tokenMatches, tokenMatchesHash } from '../src/auth/token'
import { normalizeTypedAnswer } from '../src/quiz/normalize'
import { csvCell } from '../src/results/csv'
import { uuidv7 } from '../src/util/uuid'

describe('normalizeTypedAnswer', () => {
  it.each([
    ['  Work  Something OUT ', 'work something out'],
    ['we\u2019ll', "we'll"],
    ['\u201CHousing\u201D.', 'housing'],
    ['New Yorkers\u2019', 'new yorkers'],
    ['mayor\u2011elect', 'mayor-elect'],
    ['ＦＵＬＬ width', 'full width'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeTypedAnswer(input)).toBe(expected)
  })
})

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', `"'\tx"`],
    ['=A1,"x"', `"'=A1,""x"""`],
    // a separator of any common locale quotes the cell, and a formula start after it is neutralised
    ['x;=1+1;', `"x;'=1+1;"`],
    ['a;b', '"a;b"'],
    ['a\tb', '"a\tb"'],
    ['x, =SUM(A1)', `"x, '=SUM(A1)"`],
    ['x\t@cmd', `"x\t'@cmd"`],
    ['ok\n-2', `"ok\n'-2"`],
    // control characters never reach the file
    ['a\u0000b\u001bc\u007f\u0085', 'abc'],
    [7, '7'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })
})

describe('uuidv7', () => {
  it('makes RFC 9562 version-7 ids that sort by time', () => {
    const a = uuidv7(1_700_000_000_000)
    const b = uuidv7(1_700_000_000_001)
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(a < b).toBe(true)
    expect(a.slice(0, 13).replace('-', '')).toBe((1_700_000_000_000).toString(16).padStart(12, '0'))
  })
})

describe('teacher tokens', () => {
  it('match only themselves, by hash', async () => {
    const token = newToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const hash = await hashToken(token)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await tokenMatchesHash(token, hash)).toBe(true)
    expect(await tokenMatchesHash(`${token}x`, hash)).toBe(false)
    expect(await tokenMatchesHash('', hash)).toBe(false)
    expect(await tokenMatches('secret', 'secret')).toBe(true)
    expect(await tokenMatches('secret', 'Secret')).toBe(false)
    expect(await tokenMatches('', '')).toBe(false)
  })
})
