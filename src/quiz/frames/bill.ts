/**
 * The bill frame: a bill's name ("the Clean Harbors Act of 2024") and what it does, read from a
 * sentence whose subject is the bill ("The bill would extend the grant programme by five years",
 * "The Clean Harbors Act requires ports to publish their budgets").
 */
import type { Evidence } from '../../schema'
import { type Context, remember } from '../context'
import { squash, words } from '../text'
import { articleSentences } from './sentences'

/** A bill's name: capitalised words ending in Act (with "of 2019"), or a bill number. */
const BILL_NAME =
  /\b(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*|\([A-Z]{2,}\)|of|for|and|to|on|the|in)(?:\s+(?:\p{Lu}[\p{L}'’-]*|\([A-Z]{2,}\)|of|for|and|to|on|the|in)){0,12}\s+Act(?:\s+of\s+\d{4})?)\b/gu

/** What a bill does, by its verb, and the verb that says the opposite with the same object. */
export const OPPOSITE: Record<string, string> = {
  require: 'forbid',
  requires: 'forbids',
  prohibit: 'allow',
  prohibits: 'allows',
  ban: 'allow',
  bans: 'allows',
  allow: 'forbid',
  allows: 'forbids',
  expand: 'limit',
  expands: 'limits',
  increase: 'reduce',
  increases: 'reduces',
  reduce: 'increase',
  reduces: 'increases',
  extend: 'shorten',
  extends: 'shortens',
  create: 'abolish',
  creates: 'abolishes',
  establish: 'abolish',
  establishes: 'abolishes',
  strengthen: 'weaken',
  strengthens: 'weakens',
  impose: 'lift',
  imposes: 'lifts',
  protect: 'weaken',
  protects: 'weakens',
  restore: 'repeal',
  restores: 'repeals',
  repeal: 'keep',
  repeals: 'keeps',
  provide: 'deny',
  provides: 'denies',
  authorize: 'forbid',
  authorizes: 'forbids',
  raise: 'lower',
  raises: 'lowers',
  lower: 'raise',
  lowers: 'raises',
  restrict: 'expand',
  restricts: 'expands',
  limit: 'expand',
  limits: 'expands',
  deny: 'grant',
  denies: 'grants',
  grant: 'deny',
  grants: 'denies',
  bar: 'allow',
  bars: 'allows',
  block: 'allow',
  blocks: 'allows',
}

/** Subjects that name the bill in a sentence about what it does. */
const SUBJECT =
  /^(?:[^,;:"“”]{0,40}?\b)?([Tt]he (?:bill|legislation|measure|act|law)|[Tt]his (?:bill|legislation|measure)|(?:[Tt]he\s+)?\p{Lu}[^,;:"“”]{2,120}?\bAct(?:\s+of\s+\d{4})?)(?:\s*\([^()]{1,40}\))?\s+(would|will)?\s*(\p{Ll}+)\s+(.+)$/u

export interface BillPurpose {
  /** The bill as the statement names it ("the Clean Harbors Act", or "the bill"). */
  bill: string
  /** "would", "will" or "" (a present tense). */
  modal: string
  verb: string
  /** The object and the rest of the clause ("the grant programme by five years"). */
  rest: string
  evidence: Evidence
}

/** The bills an article names, in order of first mention, without a leading "the". */
export function billNames(ctx: Context): string[] {
  return remember(ctx, 'frames:bill-names', () => {
    const out: string[] = []
    for (const m of ctx.article.matchAll(BILL_NAME)) {
      const name = squash(m[1] ?? '').replace(/^(?:of|for|and|to|on|the|in)\s+/i, '')
      if (words(name).length >= 2 && !out.includes(name)) out.push(name)
    }
    // "the X Act" and "the X Act of 2019" are one bill, and so are "the CARI Act" and "the Cambodia
    // … (CARI) Act of 2018": the longer name stands for both
    const short = (n: string): string => n.replace(/\s+Act(?:\s+of\s+\d{4})?$/, '')
    return out.filter((n) => !out.some((o) => o !== n && (o.startsWith(n) || o.includes(`(${short(n)})`))))
  })
}

/** Sentences that say what a bill does, with a verb that has a fair opposite. */
export function billPurposes(ctx: Context): BillPurpose[] {
  return remember(ctx, 'frames:bill-purposes', () => {
    const names = billNames(ctx)
    const out: BillPurpose[] = []
    for (const s of articleSentences(ctx)) {
      const text = squash(s.text)
      if (/^["“‘']/.test(text) || !/\b(?:bill|legislation|measure|act|law)\b/i.test(text)) continue
      const m = SUBJECT.exec(text)
      if (!m) continue
      const [, subject = '', modal = '', verb = '', tail = ''] = m
      if (!OPPOSITE[verb]) continue
      // "would" takes a base form, a plain present an -s form
      if (modal ? /s$/.test(verb) && !OPPOSITE[verb.replace(/s$/, '')] : !/s$/.test(verb)) continue
      const rest = (tail.split(/[;:]|,\s+(?:and|but|which|while)\s|\s[—–]\s/)[0] ?? '')
        .replace(/[\s.,]+$/, '')
        .trim()
      const n = words(rest).length
      if (n < 2 || n > 24 || /["“”]/.test(rest)) continue
      // "the bill" stands for the article's one bill when it names only one
      const bill = /^(?:the|this)\s/i.test(subject)
        ? names.length === 1
          ? `the ${names[0]}`
          : subject.replace(/^this/i, 'the').toLowerCase()
        : subject.replace(/^the\s+/i, 'the ')
      out.push({ bill: /^the\s/i.test(bill) ? bill : `the ${bill}`, modal, verb, rest, evidence: s })
    }
    return out
  })
}
