/** Pure, seeded hashing and randomness, so the same article and seed give the same quiz. */
import { item } from '../facts/item'

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** 8 lowercase hex digits of fnv1a. */
export function hashHex(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0')
}

/** A deterministic generator of numbers in [0, 1) (mulberry32), seeded from text. */
export function seededRandom(seed: string): () => number {
  return mulberry32(fnv1a(seed))
}

/** A deterministic generator of numbers in [0, 1) (mulberry32), seeded from a 32-bit number. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy (Fisher–Yates) driven by `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = item(out, i)
    out[i] = item(out, j)
    out[j] = t
  }
  return out
}
