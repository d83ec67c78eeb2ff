/**
 * The vote frame: a count a civics teacher asks first — "passed the House by a vote of 247-186",
 * "held in contempt 230–197", "by 10 votes to 2", "a 5-4 decision". Read from the article's
 * sentences as written, with the two sides in the article's order.
 */
import type { Evidence } from '../../schema'
import { type Context, remember } from '../context'
import { articleSentences } from './sentences'

export interface VoteCount {
  /** The count as the article writes it ("247-186", "10 votes to 2"). */
  text: string
  /** Offset of `text` in the article. */
  start: number
  /** The two sides in the article's order (for, against). */
  sides: [number, number]
  /** How the sides are joined ("-", "–", " to ", " votes to "). */
  joiner: string
  evidence: Evidence
}

/**
 * "vote of 247-186", "by 10 votes to 2", "a 230–197 vote", "a 5-4 decision", "by a margin of 52 to
 * 48", "voted 7-2 to approve", "voted 230 to 198 to hold …" (a count in words joined by "to", as
 * news stories write a House vote; issue 11p), and a count right after what was passed or rejected ("The House passed
 * the Safe Rivers Act 242–184", "the Senate rejected the amendment by 48–52"; issue 11m).
 */
const VOTE =
  /\b(?:(?:vote|tally|margin|count)\s+of\s+(\d{1,3})(\s?[-–]\s?|\s+to\s+)(\d{1,3})\b|(\d{1,3})(\s+votes?\s+to\s+)(\d{1,3})\b|(\d{1,3})([-–])(\d{1,3})\s+(?:vote|decision|ruling|majority)\b|vot(?:ed|es)\s+(\d{1,3})([-–]|\s+to\s+)(\d{1,3})\b|(?:passed|approved|adopted|rejected|defeated|ratified)\b[^.;:"“”\d]{1,80}?\s(?:by\s+)?(\d{1,3})([-–])(\d{1,3})(?![-–\d]))/gi

/** Every vote count of the article's sentences, once per generation. */
export function voteCounts(ctx: Context): VoteCount[] {
  return remember(ctx, 'frames:votes', () => {
    const out: VoteCount[] = []
    for (const s of articleSentences(ctx)) {
      if (!/\d\s?(?:[-–]|to|votes?)/.test(s.text)) continue
      for (const m of s.text.matchAll(VOTE)) {
        const a = m[1] ?? m[4] ?? m[7] ?? m[10] ?? m[13]
        const joiner = m[2] ?? m[5] ?? m[8] ?? m[11] ?? m[14] ?? '-'
        const b = m[3] ?? m[6] ?? m[9] ?? m[12] ?? m[15]
        if (a === undefined || b === undefined) continue
        const sides: [number, number] = [Number(a), Number(b)]
        if (sides[0] === sides[1] || sides[0] + sides[1] < 3) continue
        const text = `${a}${joiner}${b}`
        const at = s.text.indexOf(text, m.index ?? 0)
        if (at < 0) continue
        out.push({ text, start: s.start + at, sides, joiner, evidence: s })
      }
    }
    return out
  })
}

/** Votes a wrong count moves by: uneven, never a single vote in a large body (a slip tests nothing). */
const SHIFTS = [9, -13, 22, -5, 31, -18, 4]
/** In a small body (a court, a council of nine) one vote changes the outcome's reading: 7-2 → 6-3. */
const SMALL_BODY_SHIFTS = [-1, -2, 1, -3, 2, 3]

/**
 * Wrong counts for a vote, written like it: the same number of votes cast, the same side winning,
 * moved by uneven margins, using no side of another vote of the article (`avoid`: "269" of a
 * 162-269 vote would make a 269-164 option look familiar). Null when fewer than `count` fit.
 */
export function wrongCounts(
  v: VoteCount,
  count: number,
  avoid: ReadonlySet<number> = new Set(),
): string[] | null {
  const [a, b] = v.sides
  const total = a + b
  const out: string[] = []
  for (const d of total <= 30 ? SMALL_BODY_SHIFTS : SHIFTS) {
    const x = a + (a > b ? d : -d)
    const y = total - x
    if (x <= 0 || y < 0 || Math.sign(x - y) !== Math.sign(a - b) || Math.abs(d) >= total / 2) continue
    if (avoid.has(x) || avoid.has(y)) continue
    const text = `${x}${v.joiner}${y}`
    if (text !== v.text && !out.includes(text)) out.push(text)
    if (out.length === count) return out
  }
  return null
}
