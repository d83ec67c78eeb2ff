/**
 * Where the right answer stands in its evidence sentence, so the feedback can highlight it.
 * Case-insensitive, on word boundaries ("out" is not found inside "about"). When the whole answer is
 * not there ("Donald Trump" in "…Trump said…"), its longest word of four letters or more that is.
 * Pure: no DOM.
 */
export function findAnswer(sentence: string, answer: string): [start: number, end: number] | null {
  const hay = sentence.toLowerCase()
  const find = (needle: string): [number, number] | null => {
    for (let at = hay.indexOf(needle); needle !== '' && at !== -1; at = hay.indexOf(needle, at + 1)) {
      const end = at + needle.length
      if (!WORD.test(hay[at - 1] ?? '') && !WORD.test(hay[end] ?? '')) return [at, end]
    }
    return null
  }
  const whole = answer.trim().toLowerCase()
  const words = whole.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4)
  words.sort((a, b) => b.length - a.length)
  for (const needle of [whole, ...words]) {
    const found = find(needle)
    if (found) return found
  }
  return null
}

const WORD = /[\p{L}\p{N}]/u
