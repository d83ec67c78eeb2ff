/**
 * Where a bill stands, read from a sentence whose subject is the bill: "The bill was referred to the
 * House Committee on Energy and Commerce", "The Clean Harbors Act passed the Senate by unanimous
 * consent". A press release about a bill states it; a civics teacher asks it beside what the bill does.
 */
import type { Evidence } from '../../schema'
import { type Context, remember } from '../context'
import { escapeRegExp, squash } from '../text'
import { billNames } from './bill'
import { articleSentences } from './sentences'

export interface BillStatus {
  /** The bill by its name ("the Clean Harbors Act"). */
  bill: string
  /** The stage as the sentence says it ("was referred to the House Committee on …", "passed the Senate"). */
  stage: string
  /** A stage the article rules out, said the same way ("was rejected by the Senate"). */
  falseStage: string
  evidence: Evidence
}

/** A sentence's subject that is a bill: "The bill", "This bipartisan legislation", "It" (after a lead-in). */
const BILL_SUBJECT =
  /^(?:(?:today|yesterday|on \p{L}+(?: \d{1,2})?|last \p{L}+|in \p{L}+(?: \d{4})?),\s+)?(?:the|this) (?:(?:bipartisan|new|proposed)\s+)?(?:bill|legislation|measure)\b/iu

/** "was referred to the House Committee on Energy and Commerce" (group 1: the committee). */
const REFERRED =
  /\b(?:was|has been|had been)\s+referred\s+to\s+(the\s+(?:[\p{Lu}][\p{L}'’-]*\s+|of\s+|on\s+|and\s+|the\s+)*?(?:Committee|Subcommittee)(?:\s+on(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|the|of))+)?)/u

/** "passed the Senate", "passed the House of Representatives" (group 1: the chamber). */
const PASSED =
  /\b(?:has\s+|had\s+)?passed\s+(?:in\s+)?(the\s+(?:House(?:\s+of\s+Representatives)?|Senate|Assembly|National Assembly|Parliament))\b/u

/** An article that says a bill became law: "signed into law", "became law", "enacted". */
const BECAME_LAW = /\b(?:signed into law|became law|enacted|signed the bill|signed it)\b/i

/** The stages of a bill the article's sentences state, once per generation. */
export function billStatuses(ctx: Context): BillStatus[] {
  return remember(ctx, 'frames:bill-status', () => {
    const names = billNames(ctx)
    // each name's subject pattern made once, not once per sentence
    const subjects = names.map((n) => ({ n, re: new RegExp(`^(?:the\\s+)?${escapeRegExp(n)}\\b`, 'i') }))
    // what the whole article says, read once and only when a sentence needs it
    const says = (re: RegExp): (() => boolean) => {
      let found: boolean | undefined
      return () => {
        found ??= re.test(ctx.article)
        return found
      }
    }
    const becameLaw = says(BECAME_LAW)
    const passes = says(/\bpass(?:ed|age|es)\b/i)
    const fails = says(/\b(?:reject|defeat|fail)/i)
    const out: BillStatus[] = []
    for (const s of articleSentences(ctx)) {
      const text = squash(s.text)
      if (/^["“‘']/.test(text) || /["“”]/.test(text)) continue
      // the bill: named in the sentence's subject, or "the bill" when the article names one bill
      const byName = subjects.find(({ re }) => re.test(text))?.n
      const bill = byName ?? (names.length === 1 && BILL_SUBJECT.test(text) ? names[0] : undefined)
      if (bill === undefined) continue
      const referred = REFERRED.exec(text)
      if (referred?.[1] && !becameLaw() && !passes()) {
        out.push({
          bill: `the ${bill}`,
          stage: `was referred to ${referred[1]}`,
          falseStage: 'has already been signed into law',
          evidence: s,
        })
        continue
      }
      const passed = PASSED.exec(text)
      if (passed?.[1] && !fails()) {
        const chamber = passed[1]
        out.push({
          bill: `the ${bill}`,
          stage: `passed ${chamber}`,
          falseStage: `was rejected by ${chamber}`,
          evidence: s,
        })
      }
    }
    return out
  })
}
