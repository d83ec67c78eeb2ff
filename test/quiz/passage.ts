/**
 * A short made-up news passage and its facts, built by hand (offsets found in the text), so the
 * generator is tested apart from the fact reader.
 */
import type { ArticleFacts, DateFact, Evidence, NumberFact, PersonFact, QuoteFact } from '../../src/schema'

export const PASSAGE = `date 2024-03-12 Riverton's city council voted on Monday to build a new public library, ending a long debate.

Mayor Alicia Moreno, 52, called the vote "a promise kept to every family in this city." Council member Dev Patel said the project "will cost less than the old plan and serve twice as many readers."

Opponents were not persuaded. "We still have not seen a budget that adds up," said Frank Osei, the council's finance chair. According to the Riverton Ledger, the library will cost $14.5 million to build.

Construction will begin on 3 June 2024, and the library is expected to open in 2026. The city's first library was built in 1911 by a group of teachers. Judge Maria Lund, the head of the county court, said the plan "meets every legal requirement for public buildings."`

/** Sentences of a text with offsets (a plain splitter, good enough for the passages here). */
export function sentences(text: string): Evidence[] {
  const out: Evidence[] = []
  const re = /[^\s][\s\S]*?(?:[.!?]["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\d])|\n|$)/gu
  for (const m of text.matchAll(re)) {
    const t = m[0].replace(/\s+$/, '')
    if (t) out.push({ text: t, start: m.index ?? 0, end: (m.index ?? 0) + t.length })
  }
  return out
}

export function factsBuilder(text: string) {
  const sents = sentences(text)
  const at = (needle: string, from = 0): number => {
    const i = text.indexOf(needle, from)
    if (i < 0) throw new Error(`not in passage: ${needle}`)
    return i
  }
  const sentenceAt = (i: number): Evidence => {
    const s = sents.find((x) => x.start <= i && i < x.end)
    if (!s) throw new Error(`no sentence at ${i}`)
    return s
  }
  return {
    quote(q: string, speaker: string | null, opts: { resolved?: boolean; verb?: string } = {}): QuoteFact {
      const start = at(q)
      return {
        text: q,
        start,
        end: start + q.length,
        speaker,
        attribution: speaker
          ? { pattern: 'test', verb: opts.verb ?? 'said', resolved: opts.resolved ?? false }
          : null,
        sentence: sentenceAt(start),
        kind: 'speech',
      }
    },
    date(d: string, iso: string, event: string | null): DateFact {
      const start = at(d)
      return { text: d, iso, start, end: start + d.length, event, sentence: sentenceAt(start) }
    },
    number(n: string, value: number, kind: NumberFact['kind'], about: string | null = null): NumberFact {
      const start = at(n)
      return {
        text: n,
        value,
        kind,
        about,
        unit: null,
        start,
        end: start + n.length,
        sentence: sentenceAt(start),
      }
    },
    person(
      name: string,
      kind: PersonFact['kind'],
      aliases: string[],
      role: string | null = null,
    ): PersonFact {
      const start = at(aliases[aliases.length - 1] ?? name)
      const roleAt = role ? text.indexOf(role) : -1
      return { name, kind, aliases, role, roleSentence: roleAt >= 0 ? sentenceAt(roleAt) : null, start }
    },
    source(outlet: string): ArticleFacts['sources'][number] {
      const start = at(outlet)
      return { outlet, speaker: null, start, end: start + outlet.length, sentence: sentenceAt(start) }
    },
  }
}

export function passageFacts(): ArticleFacts {
  const f = factsBuilder(PASSAGE)
  return {
    date: '2024-03-12',
    quotes: [
      f.quote('a promise kept to every family in this city.', 'Alicia Moreno', { verb: 'called' }),
      f.quote('will cost less than the old plan and serve twice as many readers.', 'Dev Patel'),
      f.quote('We still have not seen a budget that adds up,', 'Frank Osei'),
      f.quote('meets every legal requirement for public buildings.', 'Maria Lund'),
    ],
    dates: [
      f.date('Monday', '2024-03-11', 'voted'),
      f.date('3 June 2024', '2024-06-03', 'begin'),
      f.date('2026', '2026', 'open'),
      f.date('1911', '1911', 'built'),
    ],
    numbers: [
      f.number('52', 52, 'age', 'Alicia Moreno'),
      f.number('$14.5 million', 14_500_000, 'money', 'library'),
    ],
    people: [
      f.person('Alicia Moreno', 'person', ['Moreno'], 'Mayor'),
      f.person('Dev Patel', 'person', ['Patel'], 'Council member'),
      f.person('Frank Osei', 'person', ['Osei'], "the council's finance chair"),
      f.person('Maria Lund', 'person', ['Lund'], 'the head of the county court'),
      f.person('Riverton Ledger', 'outlet', []),
    ],
    sources: [f.source('Riverton Ledger')],
  }
}

/**
 * The facts of a passage written for a test: `build` gets the passage's facts builder and returns the
 * facts the test needs; everything else is empty, dated 2024-05-02.
 */
export function factsFor(
  text: string,
  build: (f: ReturnType<typeof factsBuilder>) => Partial<ArticleFacts> = () => ({}),
): ArticleFacts {
  return {
    date: '2024-05-02',
    quotes: [],
    dates: [],
    numbers: [],
    people: [],
    sources: [],
    ...build(factsBuilder(text)),
  }
}
