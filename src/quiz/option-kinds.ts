/**
 * The kind of every option, and the one rule for people and organisations offered as options.
 *
 * Who-said, role and holder options are people or organisations that speak or act in the article:
 * never a place, a compass word, a word lifted from a compound ("Supreme Court" out of "the Supreme
 * Court building"), a document's label ("H. Res", "Fourteenth Amendment"), a product, an event, or a
 * historical figure the text is only about; and never the same entity twice (a name and its acronym,
 * a surname and the full name). The reader's facts give each entity a kind (person, organization,
 * outlet); when they give more (a place), `entityKind` takes it as it is.
 */
import type { PersonFact } from '../schema'
import type { GenerationCache } from './cache'
import { labelKind } from './label-names'
import { type Found, findMentions, type LetterRuns, mentions } from './mentions'
import { anySame, couldBeSame, nameWords, TITLE_WORDS } from './people'
import { words } from './text'

/** What an option is: every option of a question is of one kind. */
export type OptionKind =
  | 'person'
  | 'organisation'
  | 'place'
  | 'date'
  | 'number'
  | 'money'
  | 'office'
  | 'bill'
  | 'statement'
  | 'word'

/** What a named entity of the reader's facts really is, as far as an option is concerned. */
export type EntityKind =
  | 'person'
  | 'organisation'
  | 'place'
  | 'bill'
  | 'label'
  | 'thing'
  | 'compass'
  | 'group'
  | 'title'

const COMPASS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west|upstate|downstate|midwest)$/i

/** Last words of places. */
const PLACE_WORDS = new Set(
  `gulf sea ocean bay strait river lake mountain mountains valley island islands peninsula coast border
  region province state county city town village district capital square street avenue road park
  desert plain plains basin canal harbour harbor port`.split(/\s+/),
)

/** Place words no person is named after ("Persian Gulf" is a place whatever kind the reader gave it). */
const NEVER_SURNAME = new Set(
  'gulf sea ocean strait peninsula province county region desert canal harbour harbor islands mountains'.split(
    ' ',
  ),
)

/** A body's name whose head comes before "of": "Department of State", "Ministry of the Interior". */
const INSTITUTION_OF =
  /\b(?:department|ministry|office|bureau|court|council|board|commission|agency|authority|institute|administration|service|secretariat|house|chamber)\s+of\b/i

/** Words that make a name a law, a treaty, a plan or a document. */
const BILL_WORDS = new Set(
  `act bill law treaty agreement accord convention charter plan programme program framework protocol
  strategy policy initiative scheme report directive regulation amendment resolution ordinance statute
  constitution code section article clause`.split(/\s+/),
)

/** Last words of events, products and structures: things that neither speak nor act. */
const THING_WORDS = new Set(
  `war battle revolution crisis election elections referendum games olympics cup championship festival
  week day summit conference bridge tower building hotel stadium arena airport museum library station
  hospital highway tunnel dam plant factory`.split(/\s+/),
)

/**
 * Last words of a body that is no person, whatever kind the reader gave it: an airline, a church
 * body, a band or a team ("Corsa Air", "the Holy Synod", "the Velvet Orchestra"), a party, a forum
 * or a movement ("the Harbor Party", "the Civic Forum", "the Dalvanian Front").
 */
const BODY_WORDS = new Set(
  `air airways airline airlines church synod diocese archdiocese vatican curia band orchestra choir
  team club party forum caucus coalition alliance movement front league union`.split(/\s+/),
)

/**
 * Last words of a slogan or a cause, which no person is named after: "Religious Freedom", "Harbor
 * Liberty", "Water Rights" are labels, never speakers or actors.
 */
const IDEA_WORDS = new Set(
  'freedom freedoms liberty liberties democracy equality rights solidarity sovereignty'.split(' '),
)

/** Last words (lower-cased) of a faith or a doctrine: "christianity", "islam", any "-ism" with four letters or more before it. */
const FAITH_OR_DOCTRINE =
  /^(?:christianity|islam|judaism|buddhism|hinduism|sikhism|catholicism|protestantism|\p{Ll}{4,}ism)$/u

/**
 * Words that are no part of a personal name: parties and their members' labels, offices, ranks and
 * the bodies an office sits in. A name made of these alone is a title without a name ("Republican
 * Senate Majority Leader", "Labour Member", "Interior Minister"); in front of a name they are the
 * label the reader kept ("Labour Member Tom Hale" is Tom Hale).
 */
const LABEL_WORDS = new Set(
  `labour labor conservative conservatives liberal liberals democrat democrats democratic republican
  republicans green greens socialist socialists tory tories independent independents nationalist
  communist centrist progressive populist party member members mp mps mep meps leader leaders majority
  minority whip whips chief deputy assistant acting interim vice ranking senior junior senate house
  commons lords assembly state federal national foreign interior home defence defense finance health
  education justice treasury trade attorney general prime minister ministers secretary secretaries
  president presidents premier chancellor speaker chair chairman chairwoman chairperson spokesman
  spokeswoman spokesperson spokesmen official officials officer executive director governor mayor
  senator senators representative representatives congressman congresswoman congressmen congresswomen
  lawmaker lawmakers councillor councilor councilman councilwoman commissioner judge justice justices
  ambassador envoy delegate delegates minister head former outgoing incoming elect designate
  mr mrs ms dr sir dame lord lady rep reps sen sens gov hon the of for and`.split(/\s+/),
)

/** Head words of an office a person holds: a name that ends in one and holds no personal name is a bare title. */
const OFFICE_HEAD = new Set(
  `leader leaders member members mp mep whip chief deputy minister ministers secretary secretaries
  president premier chancellor speaker chair chairman chairwoman chairperson spokesman spokeswoman
  spokesperson official officials officer executive director governor mayor senator representative
  congressman congresswoman councillor councilor commissioner judge justice ambassador envoy delegate
  general attorney head lawmaker`.split(/\s+/),
)

/** True when every word of a name is a label word (LABEL_WORDS) and it ends in an office: a title, not a name. */
export function bareTitle(name: string): boolean {
  const ws = words(name)
  if (ws.length === 0 || !OFFICE_HEAD.has(ws[ws.length - 1] ?? '')) return false
  return ws.every((w) => LABEL_WORDS.has(w) || w === 'u' || w === 's' || w === 'us' || w === 'uk')
}

/** Party words: a side, never an office ("Labour", "Republican"). */
const PARTY_LABEL_WORDS = new Set(
  `labour labor conservative conservatives liberal liberals democrat democrats democratic republican
  republicans green greens socialist socialists tory tories independent nationalist communist party`.split(
    /\s+/,
  ),
)

/**
 * True for a party-member label ("Labour Member", "Republican member", "Green MP" is an office and
 * stays): a side, not an office, so never a role option for "Who is X?".
 */
export function partyMemberLabel(role: string, cache?: GenerationCache): boolean {
  const ws = words(role, cache)
  return (
    ws.some((w) => PARTY_LABEL_WORDS.has(w)) &&
    ws.every((w) => PARTY_LABEL_WORDS.has(w) || w === 'member' || w === 'members' || w === 'supporter')
  )
}

/**
 * The personal name in a name as the reader found it, without the titles and party or office labels
 * in front ("Labour Member Tom Hale" → "Tom Hale", "Republican Senate Majority Leader" → ""): a
 * person option shows this, and a name with nothing left is no person.
 */
export function personalName(name: string): string {
  const parts = name.trim().split(/\s+/)
  let i = 0
  while (i < parts.length && words(parts[i] ?? '').every((w) => LABEL_WORDS.has(w) || LEADING_EXTRA.has(w)))
    i++
  return parts.slice(i).join(' ')
}

/** Roles that describe a group, not a person: "a local band", "a civic group", "the campaign forum". */
const GROUP_ROLE =
  /\b(?:band|trio|duo|quartet|group|choir|orchestra|ensemble|troupe|team|club|collective|party|forum|movement|coalition|alliance|association|organi[sz]ation|charity|company|firm|union|network|campaign)s?$/i

/**
 * True when a role names a group ("a local band", "the civic forum"): its head, before any "of", "at"
 * or "for" ("president of the Harbor Association" is a person's role, headed by "president").
 */
function groupRole(role: string): boolean {
  const head = role.trim().split(/\s+(?:of|at|for|with|in|from|and)\s+|,/)[0] ?? ''
  return GROUP_ROLE.test(head)
}

/** Words that open the name of a body, not of a person: "Forum Xland", "Party of Regions", "Team Aster". */
const BODY_FIRST = new Set(
  'forum party team club front league movement union alliance coalition band'.split(' '),
)

/** A plural of people by place or creed: "Parisians", "Dalvanians", "Samoans", "Wahhabites". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ians|eans|ites)$/u

/**
 * True when a "person" is a group: its name is a plural of people ("Parisians", or "Samoans" where
 * the article also writes "Samoan"), or every mention is written after "the" ("the Rolling Stones",
 * not "the late …"), as no person's name takes "the".
 */
function groupOfPeople(name: string, article: string, found: Found, runs?: LetterRuns): boolean {
  const ws = name.split(/\s+/)
  const last = ws[ws.length - 1] ?? ''
  if (BODY_WORDS.has(last.toLowerCase())) return true
  if (DEMONYM.test(last)) return true
  if (/^\p{Lu}\p{Ll}+ans$/u.test(last) && mentions(article, last.slice(0, -1), runs).length > 0) return true
  let total = 0
  for (const { name: n, at: ats } of found)
    for (const at of ats) {
      if (n.startsWith('the ') || n.startsWith('The ')) return false
      total++
      if (!/\bthe\s+$/i.test(article.slice(Math.max(0, at - 5), at))) return false
    }
  return total > 0
}

/**
 * Endings that make a place's name its people's: "Samoa" → "Samoan(s)", "Paris" → "Parisians",
 * "Harbor Town" → "Harbor Towners".
 */
const DEMONYM_ENDINGS = ['ians', 'ian', 'ans', 'an', 'ns', 'n', 'ese', 'ers', 'er']

/**
 * True when the name is the people of a place the article also names: "American Samoans" where it
 * writes "American Samoa", "Dalvanian" where it writes "Dalvania", "Parisians" where it writes
 * "Paris". A people is no speaker or actor.
 */
function peopleOfPlace(name: string, article: string, runs?: LetterRuns): boolean {
  for (const ending of DEMONYM_ENDINGS) {
    if (!name.endsWith(ending)) continue
    const stem = name.slice(0, -ending.length)
    if (stem.length < 4 || !/\p{Ll}$/u.test(stem)) continue
    // the stem standing alone somewhere, not only as the start of the name itself
    if (mentions(article, stem, runs).some((at) => !article.startsWith(name, at))) return true
  }
  return false
}

/** Words after a name that make it part of a compound: "the Supreme Court building". */
const COMPOUND_AFTER =
  /^\s+(?:building|buildings|steps|grounds|chamber|plaza|headquarters|compound|campus|website|web site|account|hotline|logo|seal|guidelines|records?)\b/

/** A document label: bill numbers and abbreviations ("H. Res", "H.R. 3461", "S. 2106"). */
const LABEL = /^(?:H\.?\s?R|H\.?\s?Res|S\.?\s?Res|S|H\.?\s?J\.?\s?Res|P\.?\s?L)\.?(?:\s*\d+)?$|\d/

/** Words before a mention that place it: "in Cambodia", "from the Persian Gulf". */
const PLACE_BEFORE =
  /\b(?:in|from|to|across|throughout|near|into|inside|outside|within|around)\s+(?:the\s+)?$/i
/** Words after a mention that make it act: a verb, or an apposition naming what it is. */
const ACTS_AFTER =
  /^(?:['’]s)?\s*(?:,\s*(?:the|a|an|who|which)\b|(?:has|have|had|is|was|were|are|will|would|could|should|did|does|do|also|then|later|now)\b|\p{Ll}+(?:ed|s)\b|(?:said|says|told|wrote|spoke|won|led|met|ran|sent|took|gave|made|began|sought|brought)\b)/u

/** The reader's kind, mapped onto the entity kinds (a kind the reader adds later passes through). */
function readerKind(p: PersonFact): EntityKind | null {
  const k = p.kind as string
  if (k === 'person') return 'person'
  if (k === 'organization' || k === 'organisation' || k === 'outlet') return 'organisation'
  if (k === 'place' || k === 'location' || k === 'country' || k === 'city') return 'place'
  if (k === 'bill' || k === 'law' || k === 'document') return 'bill'
  if (k === 'event' || k === 'product' || k === 'thing') return 'thing'
  return null
}

/**
 * The entity kind of a person fact, read from its name and how the article uses it (`runs`, the
 * article's letterRuns, when the caller has them, finds other words of the article without a search).
 */
export function entityKind(
  p: PersonFact,
  article: string,
  names: string[] = [p.name],
  found: Found = findMentions(article, names),
  runs?: LetterRuns,
): EntityKind {
  const nw = words(p.name)
  const last = nw[nw.length - 1] ?? ''
  if (nw.length === 1 && COMPASS.test(last)) return 'compass'
  if (LABEL.test(p.name.trim())) return 'label'
  // a title without a name ("Republican Senate Majority Leader", "Labour Member"): no one to offer
  if (bareTitle(p.name) || (p.kind === 'person' && personalName(p.name) === '')) return 'title'
  if (BILL_WORDS.has(last)) return 'bill'
  if (THING_WORDS.has(last)) return 'thing'
  const given = readerKind(p)
  if (given === 'place' || given === 'bill' || given === 'thing') return given
  // "Department of State", "Court of the County": a body named after what it serves is no place
  const body = INSTITUTION_OF.test(p.name)
  if (!body && PLACE_WORDS.has(last) && (p.kind !== 'person' || NEVER_SURNAME.has(last))) return 'place'
  if (/\bD\.\s?C\.?$/.test(p.name)) return 'place'
  // a slogan or a cause the reader took for a person ("Religious Freedom")
  if (given === 'person' && IDEA_WORDS.has(last.toLowerCase())) return 'label'
  // a faith or a doctrine the reader took for a person or a body ("Reformed Christianity", "Harbor
  // Catholicism", "Green Unionism"): an idea, never a speaker or an actor
  if (FAITH_OR_DOCTRINE.test(last)) return 'label'
  // a band, a party or a country the reader took for a person or a body, told by the places in a
  // sentence no person's name takes ("the Silver Owls' song", "Xland's government"): label-names.ts
  if (given === 'person' || given === 'organisation') {
    const label = labelKind(p, article, found)
    if (label) return label
  }
  // a band, a people, an airline or a church body the reader took for a person: by its name, by a
  // body's word opening it ("Forum Xland"), or by the role the article gives it ("a local band")
  if (given === 'person' && groupOfPeople(p.name, article, found, runs)) return 'group'
  if (given === 'person' && (BODY_FIRST.has(nw[0] ?? '') || (p.role !== null && groupRole(p.role))))
    return 'group'
  // the people of a place the article names ("American Samoan(s)" beside "American Samoa")
  if (peopleOfPlace(p.name, article, runs)) return 'group'
  // a one-word organisation the article only ever puts after "in" or "from" is a place
  if (given !== 'person' && nw.length === 1) {
    let placed = 0
    let acting = 0
    let total = 0
    for (const { name: n, at: ats } of found)
      for (const at of ats) {
        total++
        if (PLACE_BEFORE.test(article.slice(Math.max(0, at - 24), at))) placed++
        if (ACTS_AFTER.test(article.slice(at + n.length, at + n.length + 24))) acting++
      }
    if (total > 0 && placed * 2 >= total && acting === 0) return 'place'
  }
  return given ?? 'person'
}

/**
 * True when some mention of a name passes `test`, given the text before it (up to `before`
 * characters) and after it (up to `after`): the one loop over an entity's mentions.
 */
function someMention(
  article: string,
  found: Found,
  before: number,
  after: number,
  test: (before: string, after: string) => boolean,
): boolean {
  for (const { name: n, at: ats } of found)
    for (const at of ats)
      if (
        test(article.slice(Math.max(0, at - before), at), article.slice(at + n.length, at + n.length + after))
      )
        return true
  return false
}

/** A preposition right before a mention: "the Institute" in "at the Institute" is not acting. */
const OBJECT_OF = /\b(?:of|for|from|with|to|by|in|at|on|about)\s+(?:the\s+)?$/i

/** True when a verb or an apposition follows some mention of the name ("the Council voted", "the Council, which …"). */
export function actsInArticle(
  article: string,
  names: string[],
  found: Found = findMentions(article, names),
): boolean {
  return someMention(
    article,
    found,
    12,
    24,
    (before, after) => !OBJECT_OF.test(before) && ACTS_AFTER.test(after),
  )
}

/** True when every mention of the name is the first part of a compound ("the Supreme Court building"). */
export function onlyInCompounds(
  article: string,
  names: string[],
  found: Found = findMentions(article, names),
): boolean {
  let total = 0
  for (const { name: n, at: ats } of found)
    for (const at of ats) {
      total++
      if (!COMPOUND_AFTER.test(article.slice(at + n.length, at + n.length + 20))) return false
    }
  return total > 0
}

/**
 * True for a historical figure the text is only about: never quoted, no office stated, and every
 * sentence naming them dates it at least 20 years before publication ("In 1965, King led …"), or
 * calls them "the late".
 */
export function historicalFigure(
  p: PersonFact,
  article: string,
  names: string[],
  published: string | null,
  speaks: boolean,
  found: Found = findMentions(article, names),
): boolean {
  if (speaks || p.kind !== 'person') return false
  if (reportedDead(article, names, found)) return true
  let seen = 0
  const year = published ? Number(published.slice(0, 4)) : null
  for (const { name: n, at: ats } of found)
    for (const at of ats) {
      seen++
      if (/\bthe late\s+(?:\p{Lu}\S*\s+){0,2}$/u.test(article.slice(Math.max(0, at - 40), at))) continue
      const from = Math.max(article.lastIndexOf('.', at), article.lastIndexOf('\n', at)) + 1
      const to = article.indexOf('.', at + n.length)
      const sentence = article.slice(from, to < 0 ? article.length : to)
      const years = [...sentence.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]))
      if (year === null || years.length === 0 || years.some((y) => y > year - 20)) return false
    }
  return seen > 0
}

const DEATH_WORD = /kill|murder|death|late|die/i

/** A victim the article reports dead ("killed motorcyclist Harry Dunn", "Dunn died"): no one to quote today. */
export function reportedDead(
  article: string,
  names: string[],
  found: Found = findMentions(article, names),
): boolean {
  return someMention(article, found, 40, 30, (before, after) => {
    if (!DEATH_WORD.test(before) && !DEATH_WORD.test(after)) return false
    return (
      /\b(?:killed|kills|killing|murdered|murder of|death of|killing of|late)\s+(?:\p{L}+\s+){0,2}$/iu.test(
        before,
      ) || /^(?:,[^,]{0,30},)?\s+(?:died|was killed|was murdered|has died|had died|dies)\b/i.test(after)
    )
  })
}

/** The acronym of a name's capitalised words ("National Rifle Association" → "NRA"), with and without "of", "and". */
function acronyms(name: string): string[] {
  const all = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w))
  const caps = all.filter((w) => /^\p{Lu}/u.test(w))
  return [all, caps].map((ws) => ws.map((w) => w.charAt(0).toUpperCase()).join(''))
}

const ACRONYM = /^[A-Z][A-Z.&]{1,9}$/

/** An acronym: 2–10 capitals (dots and "&" allowed); tested by char code first, as most names are not. */
export function acronymShaped(name: string): boolean {
  if (name.length < 2 || name.length > 10) return false
  const c = name.charCodeAt(1)
  if (!((c >= 65 && c <= 90) || c === 46 || c === 38)) return false
  return ACRONYM.test(name)
}

/**
 * True when two names may denote one entity: one's identifying words hold all the other's ("Smith",
 * "Jane Smith"), or one is the other's acronym ("NIAID", "National Institute of Allergy and Infectious
 * Diseases").
 */
export function sameEntity(a: string, b: string, cache?: GenerationCache): boolean {
  return couldBeSame(a, b, cache) || acronymOf(a, b)
}

/** True when one name is the other's acronym. */
export function acronymOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (!acronymShaped(short)) return false
  // the acronym's first letter starts the name, or its second word ("the National …")
  const first = short.charAt(0)
  if (long.charAt(0).toUpperCase() !== first && !long.includes(` ${first}`)) return false
  const letters = short.replace(/[^A-Z]/g, '')
  return acronyms(long).some((x) => x === letters || (x.length > letters.length && x.startsWith(letters)))
}

/** True when any name of one list may be the same entity as any name of the other. */
export function anySameEntity(names: string[], others: string[], cache?: GenerationCache): boolean {
  // the same test as people.ts anySame, which reads each name's identifying words once
  return anySame(names, others, cache)
}

/** Words that lead a name as the reader sometimes keeps them ("U.S. Congressmen James McGovern"). */
const LEADING_EXTRA = new Set(
  'u s us congressmen congresswomen representatives senators state federal democratic republican former'.split(
    ' ',
  ),
)
const leading = (w: string): boolean => TITLE_WORDS.has(w) || LEADING_EXTRA.has(w)

/**
 * A person's name as an option shows it: without titles and party or office labels the reader kept
 * in front ("U.S. Rep.", "Labour Member").
 */
export function optionName(p: PersonFact): string {
  if (p.kind !== 'person') return p.name
  const own = personalName(p.name)
  const parts = (own === '' ? p.name : own).split(/\s+/)
  let i = 0
  while (i < parts.length - 2 && words(parts[i] ?? '').every(leading)) i++
  return parts.slice(i).join(' ')
}

/** True when the entity's name is fit to stand as an actor (it has identifying words at all). */
export function hasIdentity(name: string): boolean {
  return nameWords(name).length > 0
}

/**
 * The one rule for an entity offered as an option in a who-said, role or holder question: a person or
 * an organisation that may speak or act here, not a place, compass word, label, document, thing,
 * fragment of a compound, or historical figure.
 */
export function fitActor(
  p: PersonFact,
  article: string,
  names: string[],
  published: string | null,
  speaks: boolean,
  found: Found = findMentions(article, names),
  runs?: LetterRuns,
): boolean {
  const kind = entityKind(p, article, names, found, runs)
  if (kind !== 'person' && kind !== 'organisation') return false
  // another name of someone the article names first ("Ann Lee, born Ann Smith"): the same person
  if (secondName(article, found)) return false
  // an organisation is an option only when it speaks or acts here, not when it is only mentioned
  // ("she met her husband at the Institute"): a verb follows one of its mentions
  if (kind === 'organisation' && !speaks && !actsInArticle(article, names, found)) return false
  if (!speaks && onlyInCompounds(article, names, found)) return false
  return !historicalFigure(p, article, names, published, speaks, found)
}

/**
 * Head words of public bodies that decide: courts, legislatures, governments and their parts, and the
 * regulators that suspend, ban or license ("Civil Aviation Authority", "Federal Aviation Office",
 * "Licensing Board", "Bureau of Prisons").
 */
const DECIDING_BODY =
  /\b(court|tribunal|congress|parliament|senate|house|assembly|legislature|council|committee|government|ministry|department|commission|agency|cabinet|administration|authority|office|board|bureau|regulator)\b/i

/** The deciding body's head word ("court" of "U.S. Supreme Court"), or null for any other name. */
export function bodyWord(name: string): string | null {
  return DECIDING_BODY.exec(name)?.[1]?.toLowerCase() ?? null
}

/**
 * A wrong option for "which body decided …?" when the key is a court, a legislature or a government:
 * another such body the article names, even one it only mentions ("… can only be resolved by
 * Congress"), as a body of that kind could have decided; never a place, document, group or a word
 * lifted from a compound ("the Supreme Court building").
 */
export function fitBody(
  p: PersonFact,
  article: string,
  names: string[],
  found?: Found,
  runs?: LetterRuns,
): boolean {
  if (!bodyWord(p.name)) return false
  const where = found ?? findMentions(article, names, runs)
  return (
    entityKind(p, article, names, where, runs) === 'organisation' && !onlyInCompounds(article, names, where)
  )
}

/** Names of a whole legislature, and of the chambers and committees inside one. */
const WHOLE_BODY = /\b(?:congress|parliament|legislature|bundestag|duma|diet)\b/i
const PART_BODY = /\b(?:house|senate|commons|lords|chamber|assembly|committee|subcommittee|caucus)\b/i
/** Words many bodies' names share that do not make two bodies overlap. */
const GENERIC_BODY_WORDS = new Set(
  'national united states state federal american british european international council department ministry office agency association party union court'.split(
    ' ',
  ),
)

/** A body's name with the place it serves after "of": "Supreme Court | of the | United Kingdom". */
const JURISDICTION = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)$/u

/**
 * True when two organisations overlap, so both cannot stand as options of one question: one holds
 * the other's telling word ("House" / "House Judiciary Committee") or a legislature and one of its
 * chambers ("Congress" / "Senate"). A student who picks either is half right.
 */
export function overlappingBodies(a: string, b: string, cache?: GenerationCache): boolean {
  if (sameEntity(a, b, cache)) return true
  // two bodies of one jurisdiction ("Supreme Court of Xland" / "Parliament of Xland") share only the
  // place they serve: compared by their heads, so the shared place makes no overlap
  const ja = JURISDICTION.exec(a)
  const jb = JURISDICTION.exec(b)
  if (ja?.[1] && jb?.[1] && ja[2]?.toLowerCase() === jb[2]?.toLowerCase())
    return overlappingBodies(ja[1], jb[1], cache)
  const telling = (n: string) => nameWords(n, cache).filter((w) => w.length > 3 && !GENERIC_BODY_WORDS.has(w))
  const wb = new Set(telling(b))
  if (telling(a).some((w) => wb.has(w))) return true
  return (WHOLE_BODY.test(a) && PART_BODY.test(b)) || (WHOLE_BODY.test(b) && PART_BODY.test(a))
}

/**
 * Wrong options from `pool`, best first, none the same entity as the answer or as another pick and,
 * for organisations, no two overlapping bodies (the answer included).
 */
export function distinctOptions(
  answer: PersonFact,
  pool: readonly PersonFact[],
  count: number,
  cache?: GenerationCache,
): PersonFact[] {
  const out: PersonFact[] = []
  const clash = (x: PersonFact, y: PersonFact): boolean =>
    optionName(x) === optionName(y) ||
    (x.kind !== 'person' && y.kind !== 'person' && overlappingBodies(x.name, y.name, cache))
  for (const p of pool) {
    if (out.length >= count) break
    if (clash(p, answer) || out.some((o) => clash(p, o))) continue
    out.push(p)
  }
  return out
}

/**
 * True when an entity may be the key of a question that asks for a person or a body: a person with a
 * personal name or an organisation, never a title without a name ("Republican Senate Majority
 * Leader"), a group, a place or a label. Options and key follow the same rule.
 */
export function fitKey(p: PersonFact, article: string, names: string[] = [p.name]): boolean {
  const kind = entityKind(p, article, names)
  return kind === 'person' || kind === 'organisation'
}

/** Words right before a name that make it another name of someone named first: "born", "née", "also known as". */
const SECOND_NAME_BEFORE =
  /\b(?:born|n[ée]e|birth name|real name|maiden name|also known as|better known as|formerly known as|aka|a\.k\.a\.)(?:\s+(?:is|was))?\s*,?\s*$/i

/**
 * True when every mention of an entity follows a second-name marker ("Ann Lee, born Ann Smith";
 * "Bo Tran, also known as Bo Cray"): it is another name of someone else, never a second option
 * beside them or in their place.
 */
export function secondName(article: string, found: Found): boolean {
  return (
    found.some(({ at }) => at.length > 0) &&
    found.every(({ at }) => at.every((i) => SECOND_NAME_BEFORE.test(article.slice(Math.max(0, i - 30), i))))
  )
}

/**
 * Words right before a name that make its bearer the one addressed, not the writer or speaker: "a
 * letter to (Secretary) X", "wrote to X", "told X", "called X", "urged X".
 */
const ADDRESSED_BEFORE =
  /(?:\b(?:letters?|messages?|notes?|e-?mails?|memos?|appeals?|pleas?|calls?|replies|reply|requests?|petitions?|tweets?|posts?|remarks?)\s+(?:sent\s+|addressed\s+|written\s+)?to|\b(?:wrote|written|writes|writing|sent|sends|replied|replying|responded|responding|spoke|speaking|appealed|appealing|addressed)\s+to|\b(?:told|tells|telling|phoned|urged|urges|urging|asked|asks|asking|thanked|thanks|warned|warns|informed|reminded|begged|pressed|addressed))\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u

/** Words without which no text addresses anyone (a cheap first test before addressedIn). */
const ADDRESS_CUE =
  /\b(?:letters?|messages?|notes?|e-?mails?|memos?|appeals?|pleas?|calls?|repl(?:y|ies)|requests?|petitions?|tweets?|posts?|remarks?|wr[io]te|written|writes|writing|sent|sends|replied|replying|responded|responding|spoke|speaking|appealed|appealing|addressed|told|tells|telling|phoned|urg(?:ed|es|ing)|ask(?:ed|s|ing)|thank(?:ed|s)|warn(?:ed|s)|informed|reminded|begged|pressed)\b/i

/** True when the text may address someone (ADDRESS_CUE): addressedIn need only be asked then. */
export function mayAddress(text: string): boolean {
  return ADDRESS_CUE.test(text)
}

/**
 * True when the text names someone as the one addressed ("In a letter to Secretary Ann Lee, Bo Tran
 * wrote …"): the addressee of a letter, call or message is never offered as its writer or caller.
 */
export function addressedIn(text: string, names: readonly string[]): boolean {
  for (const name of names)
    for (const at of mentions(text, name))
      if (ADDRESSED_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return true
  return false
}

/** A year (1500–2099), a decade ("the 1860s") or a century ("the 17th century", "17th-century"). */
const YEAR_OR_CENTURY = /\b(1[5-9]\d\d|20\d\d)s?\b|\b(\d{1,2})(?:st|nd|rd|th)[-\s]century\b/gi

/**
 * The earliest time a text pins, outside its quotations, when it lies 20 years or more before
 * publication ("in 1868", "the 17th-century …"); null when it pins none. A question that pins such a
 * time asks about people of that time: people who act only today are not fair options for it.
 */
export function pinnedPast(text: string, published: string | null): number | null {
  if (!published) return null
  const now = Number(published.slice(0, 4))
  let earliest: number | null = null
  for (const m of text.replace(/“[^”]*”|"[^"]*"/g, '""').matchAll(YEAR_OR_CENTURY)) {
    const year = m[1] ? Number(m[1]) : (Number(m[2]) - 1) * 100
    if (year <= now - 20 && (earliest === null || year < earliest)) earliest = year
  }
  return earliest
}

/**
 * True when every mention of the entity is pinned to a time 20 years or more before publication —
 * a past year earlier in its sentence ("In 1868, President Amos Ward said …", "the 1868 vote, when
 * Ward …") or right after it ("Ward said in 1868"): the person acts in the story's past only, never a
 * fair option beside people acting today, and the reverse. ("Keen said the result recalled the 1868
 * vote": Keen acts today.)
 */
export function ofPastOnly(article: string, found: Found, published: string | null): boolean {
  let seen = 0
  for (const { name: n, at: ats } of found)
    for (const at of ats) {
      seen++
      const from = Math.max(article.lastIndexOf('.', at), article.lastIndexOf('\n', at)) + 1
      const before = article.slice(from, at)
      const after = /^(?:\s+[\p{L},]+){0,3}?\s+(?:in|during|from|until|since|of)\s+(?:the\s+)?[^\s.]+/u.exec(
        article.slice(at + n.length, at + n.length + 60),
      )
      if (pinnedPast(before, published) === null && pinnedPast(after?.[0] ?? '', published) === null)
        return false
    }
  return seen > 0
}
