/**
 * `s.toLowerCase()`, returning `s` itself when it holds no uppercase ASCII letter and nothing
 * beyond ASCII (toLowerCase would return it unchanged). Most words are like that, and V8 lowercases
 * strings stored two bytes per character (every slice of a text with curly quotes) slowly.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128 || (c >= 65 && c <= 90)) return s.toLowerCase()
  }
  return s
}
