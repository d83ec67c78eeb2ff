/** ASCII character-code tests for the hand-written scanners (the fast path before a Unicode regex). */

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c)
}
