/**
 * A quiz's title and id. The teacher's headline when there is one; otherwise a short headline made
 * from the lead's news clause: split with the article's sentence splitter (never cut at "Rep." or
 * "U.S."), without a dateline, a scene-setting or attribution opener ("On Friday, …", "According to
 * …", "After a jury trial in …"), bracketed tags or a list of sponsors, and never ending in "…". Pure.
 */
import { parseArticle } from '../article/index'
import type { Candidate } from './candidate'
import { hashHex } from './random'
import { capitalize, contentWords, slugify, squash, stripFinal, words } from './text'

/** The longest title a quiz may have (the schema's limit). */
export const TITLE_MAX = 300
/** A made-up title aims at this many words at most, and cuts only at a phrase boundary. */
const TITLE_WORDS = 14
const TITLE_WORDS_HARD = 18
const SLUG_MAX = 60

/** A wire dateline: "WASHINGTON (AP) — ", "LINDEN FALLS, Iowa — ", "Washington, D.C. – ". */
const DATELINE = /^(?:\p{Lu}[\p{L}.'’]*,?\s+){1,4}(?:\([^)]{1,20}\)\s+)?[—–-]{1,2}\s+/u

/**
 * An opening phrase up to its comma that only sets the scene or names a source: a time ("On Friday",
 * "Earlier this week", "Today"), a place or occasion ("In a statement", "At the summit"), an
 * attribution ("According to state media"), a prior event ("After a jury trial in Lahore",
 * "Following the vote"), a participle ("Speaking to reporters").
 */
const OPENER =
  /^(?:(?:on|in|at|during|late|early|earlier|later|last|this|according|after|following|before|amid|despite|as|with|under|speaking|responding|writing|addressing|in response)\b[^,;:]{0,80}|(?:yesterday|today|tonight|overnight)\b[^,;:]{0,20}|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+\p{Ll}+)?),\s+(?=\S)/iu

/**
 * A time word opening the lead without a comma ("Today Congressman X cosponsored …"): dropped, and it
 * never swallows the clause after it. (OPENER's time words reach at most 20 characters to their comma,
 * so "Today X cosponsored the Act, which would …" keeps its news.)
 */
const LEADING_TIME = /^(?:today|yesterday|tonight|overnight)\s+(?=\p{Lu})/iu

/** Time words that say when, not what: dropped from a headline ("… today introduced …"). */
const TIME_ADVERB =
  /\s+(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/giu

/** A bracketed aside: a party tag "(D-OR)", a district "(GA-5)", an acronym "(FAA)". */
const BRACKETED = /\s*\([^()]{0,60}\)/g

/** Where a headline may end: before a clause or an aside. */
const CLAUSE_BREAK = /,\s|;\s|\s[—–]\s|\s(?:which|who|because|while|whereas|although|as well as)\s/u

/** Titles and words that mark a lawmaker or official in a subject that lists people. */
const OFFICIAL_WORDS =
  /\b(?:Sen|Sens|Senators?|Rep|Reps|Representatives?|Congress(?:man|woman|men|women)|Members?|Lawmakers?)\b/u

/**
 * The quiz title: the given headline (spaces squashed, at most TITLE_MAX characters) when there is
 * one, else one made from the article.
 */
export function quizTitle(article: string, given?: string): string {
  const g = given === undefined ? '' : squash(given.trim())
  if (g !== '') return cutAt(unshout(g), TITLE_MAX)
  return deriveTitle(article)
}

const SMALL_WORDS = /^(?:a|an|the|and|or|of|on|in|to|for|at|by|with|from|as|v\.?|vs\.?)$/i

/**
 * An all-capitals headline ("CHC ON EVENWEL V. ABBOTT") in title case: small words lowercase, other
 * words capitalised; a word without a vowel or with inner dots ("CHC", "U.S.") is kept as an acronym.
 */
export function unshout(title: string): string {
  if (/\p{Ll}/u.test(title) || title.split(' ').length < 3) return title
  return title
    .split(' ')
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.test(w)) return w.toLowerCase()
      if (!/[AEIOUY]/.test(w) || /\p{Lu}\.\p{Lu}/u.test(w)) return w
      return w.charAt(0) + w.slice(1).toLowerCase()
    })
    .join(' ')
}

/**
 * A title from the article: its first line when that reads as a heading, else a headline from the
 * lead sentence's news clause.
 */
export function deriveTitle(article: string): string {
  const parsed = parseArticle(article)
  const first = parsed.paragraphs[0]
  if (!first) return 'Quiz'
  const firstLine = article.slice(first.start, first.end)
  // a press release's byline ("Congressman Bo Tran, M.D. R-Alto", "Rep. Ann Lee (D-OR-5)" over a
  // dateline line) names the sender, not the news: the title comes from the lead after it
  const byline =
    parsed.paragraphs.length > 1 && isByline(squash(firstLine.split('\n')[0] ?? '').replace(CREDENTIAL, ''))
  if (parsed.paragraphs.length > 1 && first.heading && !byline)
    return cutAt(stripFinal(squash(firstLine)), TITLE_MAX)
  const from = byline ? parsed.sentences.findIndex((x) => x.start >= first.end) : 0
  // the first lead sentence whose headline says what happened: a headline that is only a name and its
  // tag ("Congressman Bo Tran", a byline run into the lead) says nothing, so the next sentence is read
  for (const s of parsed.sentences.slice(Math.max(0, from), Math.max(0, from) + 3)) {
    const head = headlineOf(withoutByline(article.slice(s.start, s.end)))
    // a dateline line ("Washington, D.C.") or a name alone has no lowercase word: no headline
    if (head && !isByline(head) && /(?:^|\s)\p{Ll}/u.test(head)) return cutAt(head, TITLE_MAX)
  }
  // nothing but names: the bill the release is about, when it names one
  const bill = BILL_NAME.exec(article)?.[1]
  if (bill) return cutAt(capitalize(bill), TITLE_MAX)
  const s = parsed.sentences[Math.max(0, from)]
  const lead = s ? article.slice(s.start, s.end) : firstLine
  // a headline made of one endless word is still within the schema's limit (never a 500 for a title)
  return cutAt(headlineOf(lead) || stripFinal(squash(lead)), TITLE_MAX)
}

/** A bill's name: "the Clean Ports Act", "the Safe Rivers Act of 2019". */
const BILL_NAME =
  /\b(?:the\s)((?:\p{Lu}[\p{L}'’-]*\s){1,8}(?:Act|Bill|Resolution|Amendment)(?:\sof\s\d{4})?)\b/u

/** Office words of a press release's sender. */
const SENDER = String.raw`(?:U\.S\.\s)?(?:Congressman|Congresswoman|Congressmember|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.)`
/** A party and state tag, with or without brackets or a comma: "(R-Alto)", "R-Alto", ", R-N.C.", "(R-AL-05)", "(AL-05)". */
const SENDER_TAG = String.raw`(?:,\s*)?\(?(?:[DRI][-–]\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?:[-–]\d{1,2})?|\p{Lu}{2}[-–]\d{1,2})\)?`

/**
 * True for a byline, or a headline that is only a sender's name: an office, a name and maybe a tag,
 * nothing else ("Congressman Bo Tran R-Alto", "Sen. Ann Lee (D-CA)", "Congressman Bo Tran").
 */
export function isByline(text: string): boolean {
  return new RegExp(`^${SENDER}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,4}(?:${SENDER_TAG})?$`, 'u').test(
    text.trim(),
  )
}

/**
 * A lead without a byline run into it on one line ("Congressman Bo Tran R-Alto Congressman Bo Tran
 * (R-Alto) today introduced …"): the second naming of the sender starts the lead.
 */
function withoutByline(lead: string): string {
  const m = new RegExp(
    `^(${SENDER}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}?)${SENDER_TAG}\\s+(?=${SENDER}\\s)`,
    'u',
  ).exec(lead)
  return m ? lead.slice(m[0].length) : lead
}

/** "X issued the following statement on Y:": a press release's lead names its topic, not news. */
const STATEMENT_LEAD =
  /\b(?:issued|released|made|gave|delivered)\s+the\s+following\s+(statements?)\s+(?:in\s+response\s+to|on|regarding|about|after|following|in\s+reaction\s+to)\s+(.+)$/iu

/**
 * A degree or credential after a name: ", M.D.", ", Ph.D.,", ", Esq." — dropped from a headline, so
 * its dots and commas never cut it ("Rep. Ann Lee, Ph.D., introduced …" → "Rep. Ann Lee introduced …").
 */
const CREDENTIAL =
  /,\s(?:M\.\s?D|Ph\.\s?D|D\.\s?D\.\s?S|D\.\s?O|J\.\s?D|R\.\s?N|Esq|MD|PhD|DDS|MPH|MBA)\.?(?:,(?=\s)|(?=[\s)]))/gu

/** A bill's number followed by its name: "H.R. 1234, the Clean Harbors Act" → the name alone. */
const LABEL_THEN_NAME =
  /\b(?:H\.\s?R|S|H\.\s?Res|S\.\s?Res|H\.\s?J\.\s?Res)\.\s?\d+,\s(the\s[^,;]{3,80}?\s(?:Act|Bill|Resolution|Amendment)(?:\sof\s\d{4})?)\b/gu

/** A party and state tag set off by commas after a name: ", R-N.C.,", ", D-Calif.,". */
const PARTY_TAG = /,\s[DRI][-–]\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,/gu

/** An appositive after a name, before the verb: "Ana Ruiz, the mayor of Linden, said" → "Ana Ruiz said". */
const APPOSITIVE = /(\p{Lu}[\p{L}'’.-]*),\s(?:the\s|a\s|an\s)?\p{Ll}[^,;]{2,80},\s(?=\p{Ll})/gu

/** A reporting verb whose object is itself the news when the subject is long: "X announced (that) …". */
const REPORTING = /\s(?:announced|said|reported|confirmed|revealed|stated)\s(?:that\s)?/u
const FINITE = /\s(?:was|were|is|are|will|would|has|have|had|could|should|must|may)\s/u

/** A headline from a lead sentence, or '' when nothing is left of it. */
export function headlineOf(lead: string): string {
  let t = squash(lead).replace(DATELINE, '')
  for (let k = 0; k < 3; k++) {
    const m = OPENER.exec(t)
    if (!m) break
    t = t.slice(m[0].length)
  }
  t = t.replace(LEADING_TIME, '')
  t = stripFinal(
    t
      .replace(BRACKETED, '')
      .replace(CREDENTIAL, '')
      .replace(LABEL_THEN_NAME, '$1')
      .replace(PARTY_TAG, '')
      .replace(TIME_ADVERB, '')
      .replace(APPOSITIVE, '$1 ')
      .replace(/\s+,/g, ','),
  )
  const statement = STATEMENT_LEAD.exec(t)
  if (statement?.[1] && statement[2]) {
    const topic = statement[2].replace(/^the\s+case\s+of\s+/i, '')
    return capitalize(trimTail(`${capitalize(statement[1].toLowerCase())} on ${firstClause(topic, 0)}`))
  }
  t = shortenListedSubject(t)
  const rep = REPORTING.exec(t)
  if (rep && rep.index !== undefined && t.slice(0, rep.index).split(' ').length > 6) {
    const object = t.slice(rep.index + rep[0].length)
    if (
      FINITE.test(` ${firstClause(object, 0)} `) &&
      !/^(?:he|she|they|it|his|her|their|its)\b/i.test(object)
    )
      t = object
  }
  return capitalize(trimTail(firstClause(t, 3)))
}

/** The text up to its first clause break after word `from` (when ≥ 4 words), cut to a headline's length. */
function firstClause(t: string, from: number): string {
  const words = t.split(' ')
  let clause = t
  const skip = words.slice(0, from).join(' ').length
  const brk = CLAUSE_BREAK.exec(t.slice(skip))
  if (brk && brk.index !== undefined) {
    const head = t.slice(0, skip + brk.index)
    if (head.split(' ').length >= 4) clause = head
  }
  return clause.split(' ').length <= TITLE_WORDS_HARD ? clause : cutAtPhrase(clause)
}

/** Without a dangling preposition, conjunction, article or open mark at the end ("… session in"). */
function trimTail(t: string): string {
  let out = stripFinal(t).replace(/[\s"“”‘’'(]+$/u, '')
  for (;;) {
    const next = out.replace(
      /\s+(?:in|of|to|for|on|at|by|with|from|and|or|the|a|an|that|which|as|whilst|while|when|where|because|during|after|before)$/i,
      '',
    )
    if (next === out) return out
    out = stripFinal(next)
  }
}

/**
 * "Rep. Ann Lee, Rep. Bo Park and Sen. Cy Dunn introduced …": a subject that lists two or more
 * lawmakers before the verb gives the sponsors away and makes a poor headline: it becomes "Lawmakers".
 */
function shortenListedSubject(t: string): string {
  const verb = /\s((?:have\s|has\s)?(?:re)?\p{Ll}+ed)\s/u.exec(t)
  if (!verb || verb.index === undefined) return t
  const subject = t.slice(0, verb.index)
  if (!OFFICIAL_WORDS.test(subject)) return t
  const parts = subject.split(/,\s(?:and\s)?|\sand\s|\salong with\s|\stogether with\s/u)
  const named = parts.filter((p) => /\p{Lu}[\p{L}.'’-]*\s(?:\p{Lu}\.\s)?\p{Lu}[\p{L}'’-]+/u.test(p))
  if (named.length < 2) return t
  return `Lawmakers ${t.slice(verb.index + 1)}`
}

/**
 * Words a headline may be cut before (when the words either side are not both capitalised). Never
 * "of": an "of" phrase completes its noun ("an original cosponsor of the Clean Harbors Act").
 */
const CUT_BEFORE =
  /^(?:for|on|in|with|by|at|from|after|before|over|into|and|that|amid|as|whilst|while|during|led|including)$/

/**
 * Cuts a long clause at the last phrase boundary within TITLE_WORDS words (never inside a name, never
 * before the object of its verb: "… joined Rep. Bo Tran | in introducing a bill …" keeps going to the
 * bill), else within TITLE_WORDS_HARD words.
 */
function cutAtPhrase(clause: string): string {
  const words = clause.split(' ')
  const cap = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w)
  const fair = (n: number): boolean => {
    const next = words[n]?.toLowerCase() ?? ''
    if (!CUT_BEFORE.test(next) || (cap(words[n - 1]) && cap(words[n + 1]))) return false
    // "between Iran and …": a pair is never cut in two
    if (next === 'and' && words.slice(Math.max(0, n - 4), n).some((w) => /^between$/i.test(w))) return false
    // "in introducing …", "by extending …": the act itself follows, and is the news
    return !/^\p{Ll}+ing$/u.test(words[n + 1] ?? '')
  }
  for (let n = TITLE_WORDS; n >= 5; n--) if (fair(n)) return words.slice(0, n).join(' ')
  for (let n = TITLE_WORDS + 1; n <= TITLE_WORDS_HARD + 2; n++)
    if (fair(n)) return words.slice(0, n).join(' ')
  return words.slice(0, TITLE_WORDS_HARD).join(' ')
}

/** At most `max` characters, cut at a word (a headline longer than that is not one). */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max)
  const space = head.lastIndexOf(' ')
  return (space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/, '')
}

/**
 * The quiz id for a title: its slug, with a short hash of the whole title when the slug had to be
 * cut (two long titles that share their first 60 characters still get distinct ids). Making an id
 * unique among stored quizzes is the store's job.
 */
export function quizIdFor(title: string, article: string): string {
  const full = slugify(title, Number.MAX_SAFE_INTEGER)
  if (full === '') return `quiz-${hashHex(article)}`
  if (full.length <= SLUG_MAX) return full
  return `${slugify(title, SLUG_MAX - 7)}-${hashHex(title).slice(0, 6)}`
}

/** A word's stem for matching a title's verb with a prompt's ("impeaches" ~ "impeached", "wins" ~ "won"). */
function stem(w: string): string {
  return w.length > 5 ? w.slice(0, 5) : w
}

/**
 * True when the quiz's title gives a question's answer away: the title names the answer (every
 * telling word of it, or its figure) and shares a word of the question's act with its prompt ("House
 * impeaches Tom Roe" → "Who impeached Tom Roe?" keyed "House"; "Harbor Party wins 298 seats" → "won
 * _____ seats"). A student reads the title first. True/false statements are not checked (both of a
 * fact's statements read like the title).
 */
export function titleGivesAway(title: string, c: Pick<Candidate, 'type' | 'prompt' | 'answer'>): boolean {
  if (c.type === 'true-false' || c.type === 'order') return false
  const titleWords = new Set(words(title))
  const answer = contentWords(c.answer).filter((w) => !/^(?:percent|per|cent|million|billion|us)$/.test(w))
  if (answer.length === 0 || !answer.every((w) => titleWords.has(w))) return false
  const titleStems = new Set([...titleWords].map(stem))
  const answerWords = new Set(answer)
  const shared = contentWords(c.prompt).filter(
    (w) =>
      !answerWords.has(w) &&
      w.length > 2 &&
      !/^(?:who|what|which|when|fill|blank|article|said|according)$/.test(w),
  )
  // "Who said: “…”?": the prompt's words are the quote's, not an act the title reports; a title naming
  // the speaker gives the key away only when it carries the quote itself (half its telling words), not
  // when one word of a long quote ("working", "city") happens to be in it
  if (c.type === 'who-said') {
    const telling = shared.filter((w) => w.length > 3)
    return telling.length > 0 && telling.filter((w) => titleStems.has(stem(w))).length * 2 >= telling.length
  }
  return shared.some((w) => titleStems.has(stem(w)))
}
