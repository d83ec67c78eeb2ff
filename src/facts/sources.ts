import type { SourceCitation } from '../schema'
import type { AttributionContext } from './attribution'
import { item } from './item'
import { lowerCase } from './lower'
import { type Mention, mentionsIn } from './people'
import { speechLemma } from './speech-verbs'

/** Words around an organisation that show it is cited as a source ("according to X", "X reported"). */
function citedAsSource(ctx: AttributionContext, m: Mention): boolean {
  const before = lowerCase(ctx.text.slice(Math.max(0, m.start - 24), m.start))
  const after = lowerCase(ctx.text.slice(m.end, m.end + 24))
  if (/\baccording to\s+(?:the\s+)?$/.test(before)) return true
  if (/\b(?:reported|told|quoted|cited|published)\s+by\s+(?:the\s+)?$/.test(before)) return true
  if (/\b(?:told|said to|speaking to|in an interview with)\s+(?:the\s+)?$/.test(before)) return true
  return /^\s+(?:reported|reports|said|says|wrote|writes|revealed|published|quoted|cited)\b/.test(after)
}

/**
 * The outlets an article cites ("According to Reuters", "told CNN", "the BBC reported"), each with
 * the speaker whose words it reports when the same sentence names one. Cited organisations that are
 * not listed outlets become outlets when the wording cites them as a news source.
 */
export function extractSources(ctx: AttributionContext): SourceCitation[] {
  const out: SourceCitation[] = []
  const { entities } = ctx.people
  for (const m of ctx.people.mentions) {
    if (m.entity === null || m.kind !== 'name') continue
    const e = item(entities, m.entity)
    if (e.kind === 'person') continue
    if (e.kind !== 'outlet' && !isNewsLike(ctx, m)) continue
    if (!citedAsSource(ctx, m)) continue
    e.kind = 'outlet'
    const s = item(ctx.sentences, m.sentence)
    let speaker: string | null = null
    // Only the outlet's own clause: "X said …; TVN24 reported …" does not make X TVN24's speaker, and
    // an outlet that reports ("the BBC reported that …") reports the words of someone named after it.
    const semi = ctx.text.lastIndexOf(';', m.start)
    const semiAfter = ctx.text.indexOf(';', m.end)
    const from = isReporting(ctx, m) ? m.end : Math.max(s.start, semi + 1)
    const to = semiAfter >= 0 && semiAfter < s.end ? semiAfter : s.end
    for (const other of mentionsIn(ctx.people, from, to)) {
      if (other.entity === null || other.entity === m.entity) continue
      const oe = item(entities, other.entity)
      const verb = ctx.tokens[other.tokenEnd]
      if (oe.kind === 'person' && !other.possessive && verb && speechLemma(verb.lower) !== undefined) {
        speaker = oe.name
        break
      }
    }
    out.push({
      outlet: e.name,
      speaker,
      start: m.start,
      end: m.end,
      sentence: { text: ctx.text.slice(s.start, s.end), start: s.start, end: s.end },
    })
  }
  return out
}

/** The outlet is the subject of a reporting verb: "TVN24 reported", "the BBC said". */
function isReporting(ctx: AttributionContext, m: Mention): boolean {
  return /^\s+(?:reported|reports|said|says|wrote|writes|revealed|published)\b/i.test(
    ctx.text.slice(m.end, m.end + 16),
  )
}

/** An organisation named in a reporting frame: "X reported", "reported by X", "told X". */
function isNewsLike(ctx: AttributionContext, m: Mention): boolean {
  const after = lowerCase(ctx.text.slice(m.end, m.end + 16))
  const before = lowerCase(ctx.text.slice(Math.max(0, m.start - 16), m.start))
  const verbAfter = /^\s+(\w+)/.exec(after)?.[1]
  if (verbAfter && ['reported', 'reports'].includes(verbAfter)) return true
  if (/\breported by\s+(?:the\s+)?$/.test(before)) return true
  if (
    /\b(?:told|to)\s+$/.test(before) &&
    speechLemma(/(\w+)\s+(?:to\s+)?$/.exec(before)?.[1] ?? '') === 'tell'
  )
    return true
  return false
}
