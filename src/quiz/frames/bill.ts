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

/** The most bill names the frames read per article (keeps their work linear in the article). */
const MAX_BILLS = 12

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
  ensure: 'restrict',
  ensures: 'restricts',
}

/**
 * An adverb a statement puts between "would" and what the bill does ("The bill would also require
 * …", "must immediately repeal …"): what the bill does is the verb after it, not the adverb. A source
 * string, for the patterns that read a modal and its verb (here and questions/claims.ts).
 */
export const ADVERB_AFTER_MODAL = '(?:also\\s+|further\\s+|immediately\\s+)?'

/**
 * Subjects that name the bill in a sentence about what it does; "will help (to) ensure" reads as
 * "will ensure" (what the bill does is the verb after "help").
 */
const SUBJECT =
  /^(?:[^,;:"“”]{0,40}?\b)?([Tt]he (?:(?:bipartisan|new|proposed|constitutional)\s+)?(?:bill|legislation|measure|act|law|amendment|resolution)|[Tt]his (?:(?:bipartisan|new|proposed|constitutional)\s+)?(?:bill|legislation|measure|amendment|resolution)|(?:[Tt]he\s+)?\p{Lu}[^,;:"“”]{2,120}?\bAct(?:\s+of\s+\d{4})?)(?:\s*\([^()]{1,40}\))?\s+(would|will)?\s*(?:also\s+|further\s+|immediately\s+)?(?:help\s+(?:to\s+)?)?(\p{Ll}+)\s+(.+)$/u

/**
 * A bill named with what it does in apposition, as press releases write their lead: "Rep. Roe
 * introduced the Clean Harbors Act, a bill that would extend …", "… the Term Limits Amendment, a
 * constitutional amendment which would limit …". Matched right after a bill's name.
 */
const APPOSITIVE =
  /^(?:\s*\([^()]{1,40}\))?,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:bill|measure|legislation|amendment|resolution)\s+(?:that|which)\s+(would|will)\s+(?:help\s+(?:to\s+)?)?(\p{Ll}+)\s+(.+)$/u

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
    // at most MAX_BILLS names: an article names a handful of bills, and the frames try each per sentence
    return out
      .slice(0, MAX_BILLS * 2)
      .filter((n) => !out.some((o) => o !== n && (o.startsWith(n) || o.includes(`(${short(n)})`))))
      .slice(0, MAX_BILLS)
  })
}

/** Sentences that say what a bill does, with a verb that has a fair opposite. */
export function billPurposes(ctx: Context): BillPurpose[] {
  return remember(ctx, 'frames:bill-purposes', () => {
    const names = billNames(ctx)
    const out: BillPurpose[] = []
    let previousAboutBill = false
    for (const s of articleSentences(ctx)) {
      const text = squash(s.text)
      const aboutBill = /^(?:the|this)\s+(?:\p{L}+\s+)?(?:bill|legislation|measure)\b/iu.test(text)
      const follows = previousAboutBill && names.length === 1
      previousAboutBill = aboutBill
      if (/^["“‘']/.test(text)) continue
      let m: string[] | null = follows ? continuation(text) : null
      if (!m && !/\b(?:bill|legislation|measure|act|law|amendment|resolution)\b/i.test(text)) continue
      if (!m) m = SUBJECT.exec(text)
      if (!m || !OPPOSITE[m[3] ?? '']) m = appositive(text, names)
      if (!m) continue
      const [, subject = '', modal = '', verb = '', tail = ''] = m
      if (!OPPOSITE[verb]) continue
      // "would" takes a base form, a plain present an -s form
      if (modal ? /s$/.test(verb) && !OPPOSITE[verb.replace(/s$/, '')] : !/s$/.test(verb)) continue
      const clause = (tail.split(/[;:]|,\s+(?:and|but|which|while)\s|,\s+(?:will|would)\s|\s[—–]\s/)[0] ?? '')
        .replace(/[\s.,]+$/, '')
        .trim()
      // "the bill" stands for the article's one bill when it names only one
      const named = /^(?:the|this)\s/i.test(subject)
        ? names.length === 1
          ? `the ${names[0]}`
          : subject
              .replace(/^this/i, 'the')
              .replace(/\s(?:bipartisan|new|proposed)\b/i, '')
              .toLowerCase()
        : subject.replace(/^the\s+/i, 'the ')
      const bill = /^the\s/i.test(named) ? named : `the ${named}`
      // "would extend the programme by five years and require a yearly report": two purposes
      for (const [v, rest] of purposesOf(verb, clause)) {
        const n = words(rest).length
        // "our voter registration system": the press office's own voice, not a statement of fact
        if (n < 2 || n > 32 || /["“”]/.test(rest) || /\b(?:our|we|us)\b/i.test(rest)) continue
        // "will help ensure": the statement keeps "help", or it claims more than the article does
        const helps = modal && new RegExp(`\\b${modal}\\s+help\\s+(?:to\\s+)?${v}\\b`).test(text)
        out.push({ bill, modal: helps ? `${modal} help` : modal, verb: v, rest, evidence: s })
      }
    }
    return out
  })
}

/** The appositive form as SUBJECT's groups: [whole, bill name, modal, verb, rest], or null. */
function appositive(text: string, names: string[]): string[] | null {
  for (const name of names) {
    const at = text.indexOf(name)
    if (at < 0) continue
    const m = APPOSITIVE.exec(text.slice(at + name.length))
    if (m) return [m[0], name, m[1] ?? '', m[2] ?? '', m[3] ?? '']
  }
  return null
}

/**
 * The purposes of one clause: "extend X by five years and require Y" is [extend, X by five years] and
 * [require, Y] when the word after "and" is a bill verb of the same form; otherwise the clause whole.
 */
function purposesOf(verb: string, clause: string): Array<[string, string]> {
  const out: Array<[string, string]> = []
  let v = verb
  let rest = clause
  for (;;) {
    const and = /\s+and\s+(\p{Ll}+)\s+/gu
    let cut: RegExpExecArray | null = null
    for (const m of rest.matchAll(and)) {
      const next = m[1] ?? ''
      if (OPPOSITE[next] && /s$/.test(next) === /s$/.test(v)) {
        cut = m
        break
      }
    }
    if (!cut) break
    out.push([v, rest.slice(0, cut.index).trim()])
    v = cut[1] ?? ''
    rest = rest.slice((cut.index ?? 0) + cut[0].length).trim()
  }
  out.push([v, rest])
  return out
}

/**
 * "It includes a waiver, and would require the Secretary to report …" right after a sentence about
 * the article's one bill: "it" is that bill. As SUBJECT's groups, the subject "the bill".
 */
function continuation(text: string): string[] | null {
  const m =
    /^It\s+(?:[^,;:"“”]{0,80},?\s+and\s+)?(would|will)\s+(?:help\s+(?:to\s+)?)?(\p{Ll}+)\s+(.+)$/u.exec(text)
  return m ? [m[0], 'the bill', m[1] ?? '', m[2] ?? '', m[3] ?? ''] : null
}
