/** "When will X open the bridge?" — the date as the article writes it; wrong dates in the same format. */
import { type Candidate, OPTION_COUNT, once } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { dateAnswerText, dateFormat, dateOptions, yearCycle } from '../dates'
import { datedEvent } from '../event'
import { hasBackReference } from '../references'
import { containsPhrase, words } from '../text'
import { attributionOf } from './number'

export function whenCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = []
  for (const d of ctx.facts.dates) {
    const format = dateFormat(d.text, d.iso, ctx.cache)
    // a weekday ("on Monday") is a trivial thing to ask: when questions need a date with a month or year
    if (!format?.absolute) continue
    const ev = datedEvent(ctx, d)
    // "When did the court reject this appeal?": a prompt that points back asks nothing on its own
    if (!ev || hasBackReference(ev.question)) continue
    // a bare month of a step already taken ("In April, the committee authorized subpoenas"): which of
    // four months is trivia; a month ahead ("will vote in May") is news and stays
    if (format.precision === 'month' && !/\b\d{4}\b/.test(d.text) && !/^(?:will|would|is|are)\b/.test(ev.aux))
      continue
    const others = ctx.facts.dates.filter((o) => o !== d)
    const pub = ctx.facts.date
    // a census or election year's wrong years keep its cycle (2010 census: 2000, 2020)
    const cycle = yearCycle(d.sentence.text, Number(d.iso.slice(0, 4)))
    const arrange = (position: number): string[] | null =>
      dateOptions(d, others, position, OPTION_COUNT, pub, ctx.cache, cycle) ??
      dateOptions(d, others, position, OPTION_COUNT - 1, pub, ctx.cache, cycle)
    if (![0, 1, 2, 3].some((p) => arrange(p) !== null)) continue
    const answer = dateAnswerText(d.text)
    // a date the article credits to someone ("according to state media, the vote was held on …")
    // keeps the credit: the question asks what the source says, not a plain fact
    const credit = attributionOf(d.sentence.text)
    const prompt =
      credit && !containsPhrase(ev.question, credit, ctx.cache)
        ? `According to ${credit.replace(/^The\b/, 'the')}, ${ev.question.charAt(0).toLowerCase()}${ev.question.slice(1)}`
        : ev.question
    out.push({
      type: 'when',
      factKey: `date:${d.start}`,
      prompt,
      answer,
      distractors: [],
      arrange: once(arrange),
      explanation: () => `The article dates it to ${answer}: ${quoteEvidence(d.sentence)}`,
      evidence: evidenceAt(ctx, d.sentence.start, d.sentence.end),
      forbidden: words(answer, ctx.cache),
      support: [[answer]],
      score: 3.4 + (format.precision === 'day' ? 0.2 : 0),
    })
  }
  return out
}
