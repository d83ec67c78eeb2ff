/**
 * Where the right answer stands in its evidence sentence, so the feedback can highlight it.
 * Case-insensitive, on word boundaries ("out" is not found inside "about"). Pure: no DOM.
 */
export function findAnswer(sentence: string, answer: string): [start: number, end: number] | null {
  const needle = answer.trim().toLowerCase()
  if (needle === '') return null
  const hay = sentence.toLowerCase()
  const word = /[\p{L}\p{N}]/u
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length
    if (!word.test(hay[at - 1] ?? '') && !word.test(hay[end] ?? '')) return [at, end]
  }
  return null
}
