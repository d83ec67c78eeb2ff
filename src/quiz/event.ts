/** Reading "who did what" around a date, to ask "When did X do Y?" in the sentence's own words. */
import type { DateFact } from '../schema'
import { type Context, remember } from './context'
import { escapeRegExp, stripFinal, wordCount } from './text'
import { baseForm } from './verbs'

export interface DatedEvent {
  /** Who or what the event is about, as the article names them (canonical name for a short alias). */
  subject: string
  /** The auxiliary before the event ("will", "was", "has"…), or "" for a plain past tense. */
  aux: string
  /** The event words without the auxiliary ("be elected as …", "opened by the governor"). */
  event: string
  /** The event as a clause for an option: "<subject> <aux> <event>" as the article says it. */
  clause: string
  /** The question: "When will X be elected …?" */
  question: string
}

const AUX =
  /\b(will|would|is to|are to|was to|were to|(?:is|are|was|were) (?:expected|scheduled|due|set|slated) to|has been|have been|had been|has|have|had|was|were|is|are)\s+(?:also\s+|now\s+|already\s+)?$/i
const EVENT_AUX =
  /^(will|would|(?:is|are|was|were) (?:expected|scheduled|due|set|slated) to|has been|have been|had been|has|have|had|was|were|is|are)\s+/i
const INNER_AUX =
  /^(\p{Lu}[^,;:]{0,80}?)\s+(will|would|(?:is|are|was|were) (?:expected|scheduled|due|set|slated) to|has been|have been|had been|has|have|had|was|were|is|are)\s+(.+)$/u
const STARTS_BADLY =
  /^(?:on|in|at|by|during|after|before|since|following|with|according|who|which|that|where|when|while|as|but|and|so|because|although|though|if|it|he|she|they|this|these|there|we|i|you|its|his|her|their)\b/i
const BOUNDARY =
  /,|;|:|\(|\)|—|–| - |\b(?:where|when|while|after|before|as|because|that|which|who|and then)\b/gi

/** A subject that swallowed its auxiliary and an adverb: "the question was last", "Smith had first". */
const SUBJECT_AUX =
  /^(.+?)\s+(was|were|is|are|has been|have been|had been)\s+((?:\p{Ll}+ly)|last|first|also|once|then|long|later|again|still|already|finally)$/u
/** Finite verbs that cannot follow "did <subject>" nor sit inside a question's subject. */
const FINITE = /\b(?:was|were|is|are|am|has|have|had|will|would|does|did|shall|can|could|may|might|must|be)\b/

/** Last words that leave an event unfinished. */
const DANGLING_END =
  /\b(?:as|part|of|for|to|with|the|a|an|and|or|but|from|after|before|about|into|including|than|whose|its|their|his|her|our|this|that)$/i

/** The last clause of `before` that reads as a subject, or null. */
function subjectOf(before: string): string | null {
  const parts = before.split(BOUNDARY)
  const last = stripFinal(parts[parts.length - 1] ?? '')
    .trim()
    .replace(/^(?:and|but|while|so)\s+/i, '')
    // "… said the council would meet": the reported clause's own subject
    .replace(/^(?:said|says|told reporters|announced|added|warned|stated)\s+(?=(?:the|a|an)\s|\p{Lu})/iu, '')
  if (!last || STARTS_BADLY.test(last)) return null
  if (!/^(?:\p{Lu}|the\b|a\b|an\b)/u.test(last)) return null
  const n = wordCount(last)
  if (n < 1 || n > 10) return null
  if (/\d/.test(last)) return null
  return last
}

/** "The election" → "the election"; "Construction" → "construction"; names stay as they are. */
function lowerCommonStart(article: string, subject: string): string {
  const first = subject.split(' ')[0] ?? ''
  const lower = first.toLowerCase()
  if (lower === first) return subject
  const common =
    /^(?:the|a|an|this|that|these|those)$/.test(lower) ||
    /(?:tion|sion|ment|ness|ity|ance|ence|ing|ship)$/.test(lower) ||
    new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(lower)}(?:[^\\p{L}]|$)`, 'u').test(article) ||
    onlyOpensSentences(article, first, subject)
  return common ? lower + subject.slice(first.length) : subject
}

/**
 * A one-word subject whose capital comes only from opening its sentence ("Flags will fly …"): the word
 * is never written with a capital inside a sentence, so it is a common noun, not a name. A name
 * ("Congress", "Parliament") is capitalised wherever it stands.
 */
function onlyOpensSentences(article: string, first: string, subject: string): boolean {
  if (subject !== first) return false
  const inside = new RegExp(`[\\p{Ll},;]\\s+${escapeRegExp(first)}(?:[^\\p{L}]|$)`, 'u')
  return !inside.test(article)
}

/**
 * A date that ends a period ("will fly at half mast until April 1", "through June 30") is not the
 * date of the event: "When will flags fly at half mast?" keyed "April 1" would be wrong.
 */
const PERIOD_END = /\b(?:until|till|through|up to)\s+$/i

function canonicalSubject(ctx: Context, subject: string): string {
  const p = ctx.people.find(subject)
  if (p && p.kind === 'person' && p.name.length > subject.length) return p.name
  return subject
}

function isFuture(aux: string): boolean {
  return /^(?:will|would|is to|are to|(?:is|are) (?:expected|scheduled|due|set|slated) to)$/i.test(aux)
}

/** The article's dates by the start of their sentence, grouped once per quiz (in article order). */
function datesOfSentence(ctx: Context, sentenceStart: number): readonly DateFact[] {
  const bySentence = remember(ctx, 'dates-by-sentence', () => {
    const out = new Map<number, DateFact[]>()
    for (const o of ctx.facts.dates) {
      const list = out.get(o.sentence.start)
      if (list) list.push(o)
      else out.set(o.sentence.start, [o])
    }
    return out
  })
  return bySentence.get(sentenceStart) ?? []
}

/** The dated event of a date fact, with a question in its words, or null when no clean question forms. */
export function datedEvent(ctx: Context, d: DateFact): DatedEvent | null {
  return remember(ctx, `event:${d.start}`, () => readDatedEvent(ctx, d))
}

function readDatedEvent(ctx: Context, d: DateFact): DatedEvent | null {
  if (!d.event) return null
  const sentence = d.sentence.text
  let event = stripFinal(d.event).replace(/\s+/g, ' ')
  const dateText = d.text.trim()
  if (event.includes(dateText)) return null
  // the occurrence of the event words nearest the date (a short event such as "mayor" may occur earlier)
  const dateIn = d.start - d.sentence.start
  let at = sentence.indexOf(event)
  if (at < 0) return null
  for (
    let next = sentence.indexOf(event, at + 1);
    next >= 0 && next < dateIn;
    next = sentence.indexOf(event, next + 1)
  )
    at = next
  // the event belongs to this date only when no other date of the sentence sits nearer to it
  // ("X was elected in May and sworn in on 2 June": "sworn in" is June's, never May's)
  const gap = (start: number, end: number): number =>
    start >= at + event.length ? start - (at + event.length) : end <= at ? at - end : 0
  const own = gap(dateIn, dateIn + d.text.length)
  for (const o of datesOfSentence(ctx, d.sentence.start)) {
    if (o === d) continue
    const rel = o.start - d.sentence.start
    if (gap(rel, rel + o.text.length) < own) return null
  }
  if (PERIOD_END.test(sentence.slice(0, dateIn))) return null
  let before = sentence.slice(0, at)
  // the date itself may sit between subject and event ("… where on Sunday X signed …")
  const dateAt = before.lastIndexOf(dateText)
  if (dateAt >= 0) before = before.slice(dateAt + dateText.length)
  let aux = ''
  // a second verb of the sentence's subject ("Smith was …, and has been mayor since 1998"):
  // the subject is the sentence's own, before its first verb
  const coordinated =
    /^(?:and|but)\s+(?=(?:has|have|had|was|were|is|are|will)\b)/i.exec(event) ??
    /(?:^|[\s,])(?:and|but)\s+(?:has|have|had|was|were|is|are|will)(?:\s+been)?\s+$/i.exec(before)
  if (coordinated) {
    if (coordinated.index === 0 && event.startsWith(coordinated[0]))
      event = event.slice(coordinated[0].length)
    else {
      const aux2 = /(?:has|have|had|was|were|is|are|will)(?:\s+been)?\s+$/i.exec(before)
      event = `${aux2?.[0] ?? ''}${event}`
    }
    const firstVerb = /\s(?:was|were|is|are|has|have|had|will)\b/.exec(sentence)
    before = firstVerb ? `${sentence.slice(0, firstVerb.index)} ` : ''
  }
  // the reader may give the whole clause ("Smith will be elected … on"): split off its subject
  const inner = coordinated ? null : INNER_AUX.exec(event)
  if (inner && subjectOf(inner[1] ?? '') === stripFinal(inner[1] ?? '').trim()) {
    before = inner[1] ?? ''
    event = `${inner[2]} ${inner[3]}`
  } else {
    const named = ctx.people.people
      .flatMap((p) => ctx.people.namesOf(p))
      .filter((n) => event.startsWith(`${n} `) && /^\s+\p{Ll}/u.test(event.slice(n.length)))
      .sort((a, b) => b.length - a.length)[0]
    if (named) {
      before = named
      event = event.slice(named.length + 1)
    }
  }
  const leading = EVENT_AUX.exec(event)
  if (leading) {
    aux = (leading[1] ?? '').toLowerCase()
    event = event.slice(leading[0].length)
  } else {
    const m = AUX.exec(before)
    if (m) {
      aux = (m[1] ?? '').toLowerCase()
      before = before.slice(0, m.index)
    }
  }
  event = event.replace(/\s+(?:on|in|by|at|since|from|until)$/i, '')
  // an event cut short ("issue a subpoena … as part", "vote for the") asks nothing whole
  if (DANGLING_END.test(event)) return null
  if (wordCount(event, ctx.cache) < (aux ? 1 : 2) || wordCount(event, ctx.cache) > 18) return null
  if (/[;:—–()"“”‘’[\]]|\b(?:which|who|whom|that|whose)\b|\b\d{4}\b/.test(event)) return null
  let rawSubject = subjectOf(before)
  if (!rawSubject) return null
  // "budget writers say interest costs …": a reported clause's subject is not the sentence's
  if (
    /\b(?:say|says|said|told|tell|tells|believe|believes|think|thinks|hope|hopes|expect|expects|warn|warns)\b/i.test(
      rawSubject,
    )
  )
    return null
  // "the question was last included": the reader's subject keeps the auxiliary and an adverb
  // ("was last", "had first"); the question asks "When was the question last included?" instead of
  // the ungrammatical "When did the question was last include?"
  const split = SUBJECT_AUX.exec(rawSubject)
  if (split && !aux) {
    rawSubject = split[1] ?? rawSubject
    aux = (split[2] ?? '').toLowerCase()
    event = `${split[3]} ${event}`
  }
  // any other finite verb left in the subject ("Smith is", "the party has") reads as broken English
  if (FINITE.test(rawSubject)) return null
  const canonical = canonicalSubject(ctx, rawSubject)
  const subject = ctx.people.find(canonical) ? canonical : lowerCommonStart(ctx.article, canonical)
  if (wordCount(subject, ctx.cache) + wordCount(event, ctx.cache) > 22) return null
  const since =
    new RegExp(`\\bsince\\s+${escapeRegExp(dateText)}`, 'i').test(sentence) || /^since\b/i.test(dateText)
  const clause = `${rawSubject} ${aux ? `${aux} ` : ''}${event}`
  // an ordinal ("42nd governor") is a fact of its own: the when question leaves it out
  event = event.replace(/\b\d+(?:st|nd|rd|th)\s+/g, '')
  let question: string | null = null
  // "A hearing has been scheduled for 15 January" (still ahead): ask when it is scheduled
  const pub = ctx.facts.date
  const plannedAhead =
    pub !== null &&
    d.iso > pub.slice(0, d.iso.length) &&
    /^(?:scheduled|set|due|expected|planned|slated)\b/.test(event)
  if (since) {
    if (/^(?:has|have|had)(?: been)?$/.test(aux))
      question = `Since when ${aux.split(' ')[0]} ${subject} ${aux.includes('been') ? 'been ' : ''}${event}?`
  } else if (isFuture(aux)) {
    const m = /^(is|are|was|were) (expected|scheduled|due|set|slated) to$/.exec(aux)
    question = m ? `When ${m[1]} ${subject} ${m[2]} to ${event}?` : `When ${aux} ${subject} ${event}?`
  } else if (/^(?:was|were|is|are)$/.test(aux)) {
    const tense = plannedAhead ? (aux === 'were' ? 'are' : aux === 'was' ? 'is' : aux) : aux
    question = `When ${tense} ${subject} ${event}?`
  } else if (/^(?:has|have|had)$/.test(aux) || aux === '') {
    const [verb = '', ...rest] = event.split(' ')
    const base = /^(?:\p{Ll})/u.test(verb) ? baseForm(verb) : null
    if (base && (aux !== '' || !/^(?:be|have|do)$/.test(base)))
      question = `When did ${subject} ${[base, ...rest].join(' ')}?`
  } else if (/^(?:has been|have been|had been)$/.test(aux)) {
    const plural = aux === 'have been'
    question = `When ${plannedAhead ? (plural ? 'are' : 'is') : plural ? 'were' : 'was'} ${subject} ${event}?`
  }
  // "When did Smith was an opponent …?": a "did" question needs a base verb after its subject
  const didVerb = question?.startsWith('When did ') ? question.slice(10 + subject.length).split(' ')[0] : ''
  if (!question || FINITE.test(didVerb ?? '')) return null
  return { subject, aux, event, clause, question }
}
