/**
 * Checked index read. The reader indexes its own arrays (tokens, sentences, mentions, entities)
 * with positions it computed itself, so a missing element is a bug in the reader, not in the
 * article: fail loudly here instead of casting `xs[i] as T` and carrying `undefined` along.
 */
export function item<T>(xs: readonly T[], i: number): T {
  const x = xs[i]
  if (x === undefined) throw new RangeError(`reader index ${i} outside 0..${xs.length - 1}`)
  return x
}
