/** Who is who in an article: names, aliases and kinds, from the fact reader's people. */
import type { ArticleFacts, PersonFact } from '../schema'
import { GenerationCache } from './cache'
import { type Found, findMentions, type LetterRuns, letterRuns } from './mentions'
import { acronymOf, acronymShaped, fitActor } from './option-kinds'
import { containsPhrase, STOPWORDS, words } from './text'

/** Title words that do not identify a person ("President Smith" and "Smith" are the same). */
export const TITLE_WORDS = new Set(
  `mr mrs ms miss dr prof professor sir dame lord lady rep sen senator congressman congresswoman president
  prime minister mayor governor king queen prince princess judge justice chief general director secretary
  chancellor commissioner chairman chairperson chair ceo st saint pope archbishop bishop rev reverend`.split(
    /\s+/,
  ),
)

export class PeopleIndex {
  readonly people: PersonFact[]
  /** The publication date (YYYY-MM-DD), when known: a historical figure is told by it. */
  readonly published: string | null
  private readonly byName = new Map<string, PersonFact>()
  private readonly names = new Map<PersonFact, string[]>()
  /** The generation's cache (verdicts on people, and the text helpers' tokens). */
  readonly cache: GenerationCache
  constructor(facts: ArticleFacts, cache: GenerationCache = new GenerationCache()) {
    this.cache = cache
    this.people = facts.people.filter((p) => p.name.trim().length > 0)
    this.published = facts.date
    for (const p of [...this.people].reverse()) {
      const all = [p.name, ...p.aliases].filter((a) => a.trim().length > 0)
      this.names.set(p, all)
      for (const n of all) this.byName.set(n.trim().toLowerCase(), p)
    }
    // the first person listed wins a shared alias, as a linear search would
    for (const p of this.people) this.byName.set(p.name.trim().toLowerCase(), p)
  }

  /**
   * Gives two people each other's names, where the article names them as one ("X, born Y";
   * second-names.ts): neither is then a wrong option beside the other. Where each is mentioned stays
   * as found by its own names.
   */
  join(a: PersonFact, b: PersonFact): void {
    const na = this.namesOf(a)
    const nb = this.namesOf(b)
    this.names.set(a, [...na, ...nb.filter((n) => !na.includes(n))])
    this.names.set(b, [...nb, ...na.filter((n) => !nb.includes(n))])
    this.byWord = null
    this.sameIndex = null
  }

  /** The person whose name or alias is `name` (exact, case-insensitive), if any. */
  find(name: string): PersonFact | undefined {
    return this.byName.get(name.trim().toLowerCase())
  }

  private readonly found = new Map<PersonFact, Found>()
  /** Where the article names a person (option-kinds.ts findMentions), found once per quiz. */
  foundOf(p: PersonFact, article: string): Found {
    let hit = this.found.get(p)
    if (hit === undefined) {
      hit = findMentions(article, this.namesOf(p), this.runsOf(article))
      this.found.set(p, hit)
    }
    return hit
  }

  /** The article's runs of letters (mentions.ts letterRuns), indexed once per quiz. */
  runsOf(article: string): LetterRuns {
    let runs = this.cache.letterRuns.get(article)
    if (runs === undefined) {
      runs = letterRuns(article)
      this.cache.letterRuns.set(article, runs)
    }
    return runs
  }

  /** Every way the article names a person: canonical name and aliases. */
  namesOf(person: PersonFact | string): string[] {
    const p = typeof person === 'string' ? this.find(person) : person
    if (!p) return typeof person === 'string' ? [person] : []
    return this.names.get(p) ?? [p.name]
  }

  /** People (of `kind`, when given) named in `text`, in the order of the index. */
  mentionedIn(text: string, kind?: PersonFact['kind']): PersonFact[] {
    const lower = text.normalize('NFC').toLowerCase()
    return this.mayBeNamedIn(text).filter(
      (p) =>
        (kind === undefined || p.kind === kind) &&
        this.namesOf(p).some((n) => mayContain(lower, n, this.cache) && containsPhrase(text, n, this.cache)),
    )
  }

  private byWord: Map<string, PersonFact[]> | null = null
  private readonly order = new Map<PersonFact, number>()
  /**
   * Everyone a text may name, in the order of the index: the people with a name whose longest word,
   * or last identifying word, is a word of the text. A text names someone in full (containsPhrase)
   * only when it holds every word of the name, and by surname only when it holds the last, so the
   * people left out are named in neither way; the caller decides for those kept. Looking up the
   * text's words costs the same however many people the article names.
   */
  mayBeNamedIn(text: string): PersonFact[] {
    return [...this.mayBeNamedSet(text)].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0))
  }

  /** mayBeNamedIn as a set, for a test of membership (no order). */
  mayBeNamedSet(text: string): Set<PersonFact> {
    const byWord = this.wordIndex()
    const seen = new Set<PersonFact>()
    for (const w of words(text, this.cache)) for (const p of byWord.get(w) ?? []) seen.add(p)
    return seen
  }

  private wordIndex(): Map<string, PersonFact[]> {
    if (this.byWord) return this.byWord
    const byWord = new Map<string, PersonFact[]>()
    const add = (w: string | undefined, p: PersonFact) => {
      if (w === undefined) return
      const list = byWord.get(w)
      if (list === undefined) byWord.set(w, [p])
      else if (list[list.length - 1] !== p) list.push(p)
    }
    for (const [i, p] of this.people.entries()) {
      this.order.set(p, i)
      for (const n of this.namesOf(p)) {
        // the longest word: any word of the name must be in the text, and a long one is rarely there
        add(longest(words(n, this.cache)), p)
        const own = nameWords(n, this.cache)
        add(own[own.length - 1], p)
      }
    }
    this.byWord = byWord
    return byWord
  }

  private sameIndex: { byWord: Map<string, PersonFact[]>; always: PersonFact[] } | null = null
  /**
   * The people who may be the same entity as someone named `names` (anySame), or null when anyone
   * may be. Two names with identifying words are the same only when they share one (one's words hold
   * the other's), so only people sharing a word, plus people with a name without identifying words
   * or shaped like an acronym, need anySame's test; a name of `names` of either kind needs everyone.
   */
  maySameAs(names: readonly string[]): Set<PersonFact> | null {
    const own = names.map((n) => nameWords(n, this.cache))
    if (own.some((w) => w.length === 0) || names.some(acronymShaped)) return null
    const index = this.sameIndexOf()
    const out = new Set(index.always)
    for (const ws of own) for (const w of ws) for (const p of index.byWord.get(w) ?? []) out.add(p)
    return out
  }

  private sameIndexOf(): { byWord: Map<string, PersonFact[]>; always: PersonFact[] } {
    if (this.sameIndex) return this.sameIndex
    const byWord = new Map<string, PersonFact[]>()
    const always: PersonFact[] = []
    for (const p of this.people)
      for (const n of this.namesOf(p)) {
        const ws = nameWords(n, this.cache)
        if (ws.length === 0 || acronymShaped(n)) always.push(p)
        for (const w of ws) {
          const list = byWord.get(w)
          if (list === undefined) byWord.set(w, [p])
          else if (list[list.length - 1] !== p) list.push(p)
        }
      }
    this.sameIndex = { byWord, always }
    return this.sameIndex
  }
}

/** The longest of some words (the first of equals), if any. */
function longest(ws: readonly string[]): string | undefined {
  let out: string | undefined
  for (const w of ws) if (out === undefined || w.length > out.length) out = w
  return out
}

/** A cheap first test: the lowercased text holds the name's last word (containsPhrase decides). */
export function mayContain(lowerText: string, name: string, cache?: GenerationCache): boolean {
  let last = cache?.lastWords.get(name)
  if (last === undefined) {
    last = lastWord(name)
    cache?.lastWords.set(name, last)
  }
  return lowerText.includes(last)
}

function lastWord(name: string): string {
  return name
    .slice(name.lastIndexOf(' ') + 1)
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]s$/, '')
}

/** Identifying words of a name: lowercase, without titles and stopwords. */
export function nameWords(name: string, cache?: GenerationCache): string[] {
  const hit = cache?.nameWords.get(name)
  if (hit) return hit
  const out = words(name).filter((w) => !TITLE_WORDS.has(w) && !STOPWORDS.has(w))
  cache?.nameWords.set(name, out)
  return out
}

/**
 * True when two names could denote the same person (one name's identifying words are all in
 * the other's), so one must never be a wrong option for the other.
 */
export function couldBeSame(a: string, b: string, cache?: GenerationCache): boolean {
  return a === b || sameNameWords(a, nameWords(a, cache), b, nameWords(b, cache))
}

/** couldBeSame for two names whose identifying words `wa` and `wb` are already known. */
function sameNameWords(a: string, wa: readonly string[], b: string, wb: readonly string[]): boolean {
  if (a === b) return true
  if (wa.length === 0 || wb.length === 0) return a.trim().toLowerCase() === b.trim().toLowerCase()
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))
}

/** True when any of `names` could be the same as any of `others` (each name's words looked up once). */
export function anySame(names: string[], others: string[], cache?: GenerationCache): boolean {
  if (names.length === 0 || others.length === 0) return false
  const otherWords = others.map((b) => nameWords(b, cache))
  return names.some((a) => {
    const wa = nameWords(a, cache)
    return others.some((b, i) => sameNameWords(a, wa, b, otherWords[i] ?? []) || acronymOf(a, b))
  })
}

const CALENDAR_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tomorrow`.split(/\s+/),
)

/** Last words of names of places, structures and firms that the reader may take for a person's. */
const THING_WORDS = new Set(
  `bridge marine tower towers station port harbour harbor river dam tunnel highway freeway museum library
  stadium arena plaza building hotel mall market centre center square road avenue airport hospital clinic
  school college university cathedral mosque island mountain valley county district village city shipyard
  terminal railway railroad airlines motors energy foods group holdings partners capital company
  corporation inc ltd llc media news times plant factory`.split(/\s+/),
)

/** Last words of names of laws, treaties and plans: things that cannot say anything. */
const WORK_WORDS = new Set(
  `act bill law treaty agreement accord convention charter plan programme program area zone framework
  protocol strategy policy initiative scheme report directive regulation`.split(/\s+/),
)

/** Head words of offices and occupations: a stated role should hold one ("mayor of …", "political scholar"). */
const ROLE_NOUNS = new Set(
  `president minister mayor governor senator representative congressman congresswoman congressmember
  assemblyman assemblywoman assemblymember councillor councilor councilman councilwoman commissioner director
  chair chairman chairwoman chairperson ceo spokesman spokeswoman spokesperson secretary chancellor judge
  justice prosecutor attorney lawyer leader king queen prince princess monarch emperor official officer chief
  executive scholar professor scientist researcher doctor physician surgeon analyst economist candidate member
  founder activist protester student suspect ambassador envoy general colonel archbishop bishop pope premier
  lord speaker head editor reporter journalist author commander manager adviser advisor aide deputy inspector
  superintendent sheriff delegate lawmaker legislator politician teacher principal dean rector owner partner
  socialist democrat republican mp mep governor-general mayor-elect president-elect captain lieutenant
  sergeant detective agent spokesmen coach player chairmen founder rapporteur treasurer comptroller auditor
  clerk registrar marshal magistrate nominee incumbent challenger organiser organizer campaigner director-general
  vice-president whip`.split(/\s+/),
)

/** Party and leaning words: "Republican" says which side, not which office. */
const PARTY_WORDS = new Set(['socialist', 'democrat', 'republican'])
const ORDINAL_START =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b/i

/**
 * True when a role is an office noun phrase fit to be an option ("Prime Minister", "mayor of
 * Springfield"): never a clause ("Serving as its first chancellor"), an ordinal label ("Fourth
 * president"), a fragment starting with a preposition, or a party alone ("Republican").
 */
export function officeNounPhrase(role: string, cache?: GenerationCache): boolean {
  const t = role.trim().replace(/^(?:the|a|an)\s+/i, '')
  if (
    /^\p{L}+ing\b/u.test(t) ||
    /^(?:as|to|of|for|in|on|with|by|from|at)\b/i.test(t) ||
    ORDINAL_START.test(t)
  )
    return false
  return words(t, cache).some(
    (w) => !PARTY_WORDS.has(w) && (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''))),
  )
}

/** True for a role that reads as an office or occupation, without stray names, dates or dashes. */
export function plausibleRole(role: string, index: PeopleIndex, owner?: PersonFact): boolean {
  const key = `${role}\u0000${owner?.name ?? ''}`
  const hit = index.cache.roleVerdicts.get(key)
  if (hit !== undefined) return hit
  const ok = isPlausibleRole(role, index, owner)
  index.cache.roleVerdicts.set(key, ok)
  return ok
}

function isPlausibleRole(role: string, index: PeopleIndex, owner?: PersonFact): boolean {
  const w = words(role)
  if (w.length === 0 || w.length > 9) return false
  if (
    /[\d–—|;]/.test(role) ||
    CALENDAR_WORDS.has(w[0] ?? '') ||
    /^(?:also|who|which|that|then|and|but)\b/i.test(role) ||
    // a verb the reader took into the role ("Tweeted former executive"): no office starts with one
    (/^\p{L}+ed\b/u.test(role) &&
      !/^(?:retired|elected|appointed|designated|acting|indicted|accused)\b/i.test(role))
  )
    return false
  if (!w.some((x) => ROLE_NOUNS.has(x) || ROLE_NOUNS.has(x.replace(/s$/, '')))) return false
  // only people the role may name need the test (mayBeNamedIn)
  return !index
    .mayBeNamedIn(role)
    .some(
      (p) =>
        p !== owner &&
        p.kind === 'person' &&
        index
          .namesOf(p)
          .some((n) => nameWords(n, index.cache).length > 0 && containsPhrase(role, n, index.cache)),
    )
}

/**
 * False when every mention of `name` is the start of a longer title ("Comprehensive Care for Seniors
 * Act"). For a person's full name (`fullName`: two or more capitalised words), "of the …" after it is
 * the person's affiliation ("Director Ana Ruiz of the National Institute …"), not a longer title.
 */
export function standsAlone(article: string, name: string, fullName = false): boolean {
  let i = article.indexOf(name)
  if (i < 0) return true
  while (i >= 0) {
    const after = article.slice(i + name.length, i + name.length + 40)
    if (!/^\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}/u.test(after)) return true
    if (fullName && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(after)) return true
    i = article.indexOf(name, i + 1)
  }
  return false
}

/** fitActor (option-kinds.ts) for a person of the index, worked out once per person. */
export function actor(index: PeopleIndex, p: PersonFact, article: string, speaks: boolean): boolean {
  let ok = index.cache.actorVerdicts.get(p)
  if (ok === undefined) {
    ok = fitActor(
      p,
      article,
      index.namesOf(p),
      index.published,
      speaks,
      index.foundOf(p, article),
      index.runsOf(article),
    )
    index.cache.actorVerdicts.set(p, ok)
  }
  return ok
}

/**
 * True for a person or organisation fit to be shown as an option: a full name, someone quoted,
 * or someone with a plausible role — never a stray capitalised word (a weekday, a nationality).
 */
export function goodOption(index: PeopleIndex, p: PersonFact, speakers: Set<string>, article = ''): boolean {
  const hit = index.cache.optionVerdicts.get(p)
  if (hit !== undefined) return hit
  const ok = isGoodOption(index, p, speakers, article)
  index.cache.optionVerdicts.set(p, ok)
  return ok
}

function isGoodOption(index: PeopleIndex, p: PersonFact, speakers: Set<string>, article: string): boolean {
  const nw = nameWords(p.name, index.cache)
  if (nw.length === 0 || nw.some((x) => CALENDAR_WORDS.has(x))) return false
  const speaks = speakers.has(p.name)
  // the shared rule: a person or organisation that may speak or act here (option-kinds.ts)
  if (article && !actor(index, p, article, speaks)) return false
  if (speaks) return true
  const fullName = p.kind === 'person' && p.name.split(/\s+/).filter((x) => /^\p{Lu}/u.test(x)).length >= 2
  if (article && !standsAlone(article, p.name, fullName)) return false
  if (p.kind === 'person') {
    // "Halvorsen Bridge", "Tidewater Marine": a capitalised pair ending in a thing's word is no person
    if (THING_WORDS.has(nw[nw.length - 1] ?? '')) return false
    const capitalised = p.name.split(/\s+/).filter((x) => /^\p{Lu}/u.test(x)).length >= 2
    return capitalised || (p.role !== null && plausibleRole(p.role, index, p))
  }
  // organisations: not a law, treaty or trade area ("African Continental Free Trade Area" says nothing),
  // not a bare short acronym, not a place-like single word
  if (WORK_WORDS.has(nw[nw.length - 1] ?? '')) return false
  return nw.length >= 2 || (p.name.length > 4 && /\p{Ll}/u.test(p.name))
}
