/** "Which of these comes first?" — three or four dated events of the article, the earliest keyed. */
import type { DateFact } from '../../schema'
import type { Candidate } from '../candidate'
import { type Context, evidenceAt, quoteEvidence } from '../context'
import { dateAnswerText } from '../dates'
import { datedEvent } from '../event'
import { capitalize, listAnd } from '../text'

/** A clause that stops where its event should be: "The election is scheduled". */
const DANGLING = /\b(?:scheduled|expected|set|due|slated|planned|likely)$/i

/** First and last day an ISO date of any precision covers, as comparable strings. */
function range(iso: string): [string, string] {
  if (iso.length === 4) return [`${iso}-01-01`, `${iso}-12-31`]
  if (iso.length === 7) return [`${iso}-01`, `${iso}-31`]
  return [iso, iso]
}

export function orderCandidates(ctx: Context): Candidate[] {
  const events = ctx.facts.dates
    // a year in the text, or a day the reader worked out ("Saturday", "March 24"): coarser relative
    // dates ("this year", "last month") are too loose to put in order
    .filter((d) => /\b\d{4}\b/.test(d.text) || d.iso.length === 10)
    .map((d) => ({ d, ev: datedEvent(ctx, d) }))
    .filter((x): x is { d: DateFact; ev: NonNullable<ReturnType<typeof datedEvent>> } => x.ev !== null)
    .filter((x) => x.ev.clause.split(' ').length <= 18 && !DANGLING.test(x.ev.clause))
  // keep events whose dates do not overlap one another
  const chosen: typeof events = []
  for (const x of events) {
    const [a, b] = range(x.d.iso)
    if (chosen.some((c) => !(range(c.d.iso)[1] < a || b < range(c.d.iso)[0]))) continue
    if (chosen.some((c) => c.ev.clause.toLowerCase() === x.ev.clause.toLowerCase())) continue
    chosen.push(x)
  }
  if (chosen.length < 3) return []
  const set = chosen.slice(0, 4)
  const sorted = [...set].sort((x, y) => (range(x.d.iso)[0] < range(y.d.iso)[0] ? -1 : 1))
  const first = sorted[0]
  if (!first) return []
  const dated = sorted.map((x) => `${x.ev.clause} (${dateAnswerText(x.d.text)})`)
  const evidence = evidenceAt(ctx, first.d.sentence.start, first.d.sentence.end)
  return [
    {
      type: 'order',
      factKey: `order:${sorted.map((x) => x.d.start).join(',')}`,
      // the keyed event's date: a question on it would give this one away (the other dates stay free)
      alsoTests: [`date:${first.d.start}`],
      prompt: sorted.some(
        (x) => /^(?:will|would|is|are)\b/.test(x.ev.aux) && /\b(?:will|would|to)\b/.test(x.ev.aux),
      )
        ? 'According to the article, which of these comes first in time?'
        : 'According to the article, which of these happened first?',
      answer: capitalize(first.ev.clause),
      distractors: sorted.slice(1).map((x) => capitalize(x.ev.clause)),
      explanation: () => `In time order: ${listAnd(dated)}. The article says: ${quoteEvidence(evidence)}`,
      evidence,
      forbidden: [],
      support: [[dateAnswerText(first.d.text)]],
      score: 2.8,
    },
  ]
}
