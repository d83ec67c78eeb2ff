/**
 * ArticleFacts built from the hand annotations in test/fixtures/annotations (text only) by finding
 * each annotated text in the article. Lets the generator be tested on gold facts, independent of the
 * extractor's accuracy. Events are read naively (the words between the auxiliary and the date).
 */
import { readFileSync } from 'node:fs'
import type { ArticleFacts, Evidence, PersonFact } from '../../../src/schema'

interface Annotation {
  date: string
  quotes: Array<{ text: string; speaker: string | null }>
  dates: Array<{ text: string; iso: string }>
  numbers: Array<{ text: string; value: number; note?: string }>
  people: Array<{ name: string; role: string | null }>
}

const OUTLETS = /^(?:The Guardian|Associated Press|TVN24|BBC|Reuters)$/
const ORG =
  /\b(?:Party|Association|Court|University|Organization|House|Bank|Fund|Council|Union|Commission|Institute|Charity|Platform|Health|Street|ICE|Amnesty|NIAID|WHO|CMS|PACE|Elderplace|Biotherapeutics|International|Congress|Government|Parliament|Street)\b/

function sentences(article: string): Evidence[] {
  const out: Evidence[] = []
  const re = /[^\s][\s\S]*?(?:[.!?]["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\d])|\n|$)/gu
  for (const m of article.matchAll(re)) {
    const text = m[0].replace(/\s+$/, '')
    if (text) out.push({ text, start: m.index ?? 0, end: (m.index ?? 0) + text.length })
  }
  return out
}

export function goldFacts(article: string, annotationPath: string | URL): ArticleFacts {
  const a = JSON.parse(readFileSync(annotationPath, 'utf8')) as Annotation
  const sents = sentences(article)
  const sentenceAt = (i: number): Evidence =>
    sents.find((s) => s.start <= i && i < s.end) ?? { text: article.slice(i, i + 1), start: i, end: i + 1 }
  const cursor = new Map<string, number>()
  const find = (text: string): number => {
    const from = cursor.get(text) ?? 0
    const i = article.indexOf(text, from)
    cursor.set(text, i + 1)
    return i
  }
  const people: PersonFact[] = a.people.map((p) => {
    const kind = OUTLETS.test(p.name) ? 'outlet' : ORG.test(p.name) ? 'organization' : 'person'
    const parts = p.name.split(' ')
    const aliases = kind === 'person' && parts.length > 1 ? [parts[parts.length - 1] ?? ''] : []
    const role = p.role?.split(';')[0]?.trim() ?? null
    const roleAt = role ? article.indexOf(role) : -1
    return {
      name: p.name,
      kind,
      aliases,
      role: role && roleAt >= 0 ? role : null,
      roleSentence: role && roleAt >= 0 ? sentenceAt(roleAt) : null,
      start: Math.max(0, article.indexOf(parts[parts.length - 1] ?? p.name)),
    }
  })
  const quotes = a.quotes.map((q) => {
    const start = find(q.text)
    const s = sentenceAt(start)
    const person = people.find((p) => p.name === q.speaker)
    const named = person ? [person.name, ...person.aliases].some((n) => s.text.includes(n)) : false
    return {
      text: q.text,
      start,
      end: start + q.text.length,
      speaker: q.speaker,
      attribution: q.speaker
        ? {
            pattern: 'gold',
            verb: /\b(said|wrote|told|remarked|called|labeling)\b/.exec(s.text)?.[1] ?? null,
            resolved: !named,
          }
        : null,
      sentence: s,
      kind: 'speech' as const,
    }
  })
  const dates = a.dates.map((d) => {
    const start = find(d.text)
    const s = sentenceAt(start)
    const before = article.slice(s.start, start).replace(/\s+(?:on|in|since|by)\s*$/, '')
    const m =
      /\b(?:will|was|were|is|are|has|had|have)\s+(.+)$/.exec(before) ?? /\b(\p{Ll}+ed\b.*)$/u.exec(before)
    return {
      text: d.text,
      iso: d.iso,
      start,
      end: start + d.text.length,
      event: m?.[1]?.trim() || null,
      sentence: s,
    }
  })
  const numbers = a.numbers.map((n) => {
    const start = find(n.text)
    const after = article.slice(start + n.text.length, start + n.text.length + 10)
    const kind =
      /year-old/.test(n.text) || /Age/.test(n.note ?? '')
        ? ('age' as const)
        : /\d(?:st|nd|rd|th)$/.test(n.text)
          ? ('ordinal' as const)
          : /\$/.test(n.text)
            ? ('money' as const)
            : /%|percent/.test(n.text + after)
              ? ('percent' as const)
              : ('count' as const)
    return {
      text: n.text,
      value: n.value,
      kind,
      about: null,
      unit: null,
      start,
      end: start + n.text.length,
      sentence: sentenceAt(start),
    }
  })
  const sources = people
    .filter((p) => p.kind === 'outlet')
    .flatMap((p) => {
      const i = article.search(
        new RegExp(
          `(?:according to|reported by)\\s+(?:the\\s+)?${p.name.replace(/^The /, '')}|${p.name} reported`,
          'i',
        ),
      )
      return i < 0
        ? []
        : [
            {
              outlet: p.name,
              speaker: null,
              start: article.indexOf(p.name, i),
              end: article.indexOf(p.name, i) + p.name.length,
              sentence: sentenceAt(i),
            },
          ]
    })
  return { date: a.date, quotes, dates, numbers, people, sources }
}
