/**
 * Memos of the generator's text helpers (tokenised sentences, name words, date formats). They live for
 * one quiz at most: `clearMemos()` empties them all when a generation starts, so nothing carries over
 * from one article (or request) to the next, and each is also emptied when it passes its limit.
 */
const resets: Array<() => void> = []

export class Memo<K, V> {
  readonly #map = new Map<K, V>()
  readonly #limit: number

  constructor(limit = 20_000) {
    this.#limit = limit
    resets.push(() => this.#map.clear())
  }

  get(key: K): V | undefined {
    return this.#map.get(key)
  }

  has(key: K): boolean {
    return this.#map.has(key)
  }

  set(key: K, value: V): V {
    if (this.#map.size >= this.#limit) this.#map.clear()
    this.#map.set(key, value)
    return value
  }
}

/** Registers state other than a Memo (a last-value cache) to be reset with the memos. */
export function onClearMemos(reset: () => void): void {
  resets.push(reset)
}

/** Empties every memo: called when a generation starts. */
export function clearMemos(): void {
  for (const reset of resets) reset()
}
