/** Word-level precision and recall of an extracted text against a reference text (bags of words). */
export interface TextScore {
  precision: number
  recall: number
  f1: number
}

function words(text: string): Map<string, number> {
  const bag = new Map<string, number>()
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    bag.set(word, (bag.get(word) ?? 0) + 1)
  return bag
}

/** Precision: share of the extracted words found in the reference; recall: the other way round. */
export function scoreText(extracted: string, reference: string): TextScore {
  const got = words(extracted)
  const want = words(reference)
  let overlap = 0
  let gotTotal = 0
  let wantTotal = 0
  for (const [word, n] of got) {
    gotTotal += n
    overlap += Math.min(n, want.get(word) ?? 0)
  }
  for (const n of want.values()) wantTotal += n
  const precision = gotTotal === 0 ? 0 : overlap / gotTotal
  const recall = wantTotal === 0 ? 0 : overlap / wantTotal
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
