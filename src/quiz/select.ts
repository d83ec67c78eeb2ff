/** Ranking: keep the best questions, one per fact, balancing types and covering the article end to end. */

import { item } from '../facts/item'
import type { GenerationCache } from './cache'
import type { Candidate } from './candidate'
import { FULL_QUIZ_QUESTIONS, type QuestionMaterial } from './notes'
import { TITLE_WORDS } from './people'
import { containsPhrase, contentWords, escapeRegExp, leakedWords, words } from './text'

/** True when the prompt is clean: none of the forbidden words, and the evidence proves the key. */
export function candidateIsClean(c: Candidate, cache?: GenerationCache): boolean {
  if (c.forbidden.length > 0) {
    const promptWords = new Set(words(c.prompt, cache))
    if (c.forbidden.some((f) => contentWords(f, cache).some((w) => promptWords.has(w)))) return false
  }
  if (
    !c.support.every((group) => group.some((s) => containsPhrase(c.evidence.text, s, cache) || s === 'the'))
  )
    return false
  return c.type === 'true-false' || c.type === 'order' || leakedWords(c.prompt, c.answer, cache).length === 0
}

/**
 * Answers that are people named in many prompts: naming one elsewhere gives nothing away. A who-did
 * answer is not one of them: a prompt naming the actor next to the act ("When did Judge Ruiz rule …")
 * answers "Who ruled …?".
 */
const PERSON_ANSWERS = new Set(['who-said', 'source'])

/**
 * True when one question's prompt would reveal another's answer: a date, number, word or role
 * (most of its words in the other prompt), or for "who holds this office", the holder named next
 * to the office's words.
 */
export function crossLeak(a: Candidate, b: Candidate, cache?: GenerationCache): boolean {
  return reveals(a, b, cache) || reveals(b, a, cache)
}

/** Number words a prompt may count votes with ("one of the two votes against"). */
const COUNT_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ')
/** A count of votes in a prompt: "the two votes against", "9 votes". */
const COUNTED_VOTES = new RegExp(`\\b(?:\\d+|${COUNT_WORDS.join('|')})\\s+(?:\\w+\\s+)?votes?\\b`, 'i')

/**
 * True when a prompt counts one side of a vote ("one of the two votes against", "9 votes") or
 * blanks one ("one of the _____ votes against"): with it, "voted _____" (7-2) answers or is answered
 * by another question.
 */
function countsVoteSide(prompt: string, voteAnswer: string): boolean {
  const sides = /^(\d+)\D+(\d+)$/.exec(voteAnswer)
  if (!sides) return false
  // "one of the _____ votes against": a blank counting a side asks the same fact again
  if (/_____\s+(?:\w+\s+)?votes?\b/i.test(prompt)) return true
  // any count of votes ("the five votes against", true or swapped) tests the vote's count again
  return COUNTED_VOTES.test(prompt)
}

/** Title words a surname may follow in a prompt ("Judge Roe"): never a surname themselves. */
const NOT_SURNAME = new Set([...TITLE_WORDS, 'and', 'of', 'the'])

/**
 * True when a prompt names a person keyed by another question: the whole keyed name, or each keyed
 * person's surname (its last identifying word) written as a name, capitalised ("Judge Roe").
 */
function namesKey(prompt: string, y: Candidate, cache?: GenerationCache): boolean {
  if (containsPhrase(prompt, y.answer, cache)) return true
  // each person of the key ("Ann Lee and Bo Tran" keys two): their last capitalised word
  const surnames = y.answer
    .split(/\s+and\s+|,\s*/)
    .map((n) => n.trim().split(/\s+/).pop() ?? '')
    .filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && !NOT_SURNAME.has(w.toLowerCase()))
  return surnames.some((w) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(prompt))
}

function reveals(x: Candidate, y: Candidate, cache?: GenerationCache): boolean {
  if (y.factKey.startsWith('vote:') && countsVoteSide(x.prompt, y.answer)) return true
  if (y.type === 'true-false' || y.type === 'order' || PERSON_ANSWERS.has(y.type)) return false
  if (y.type === 'who-did' && y.factKey.startsWith('group:')) {
    // a group keyed as one option (questions/group-decision.ts): a prompt naming all of
    // them ("…voted _____ to hold Secretary Ann Lee and Secretary Bo Tran in …"), or one of them with
    // two or more words of the act, gives it away; "Which state does Ann Lee represent?" does not (nor,
    // for one person an unnamed court decided on, "How old is Tom Hale?")
    const names = y.answer.split(/,\s*|\s+and\s+/)
    const named = names.filter((n) => containsPhrase(x.prompt, n, cache)).length
    if (named === 0) return false
    if (named === names.length && names.length > 1) return true
    const act = new Set(contentWords(y.prompt, cache).filter((w) => w.length > 3))
    return contentWords(x.prompt, cache).filter((w) => act.has(w)).length >= 2
  }
  if (y.type === 'who-did') {
    // the actor named with two or more words of the act: by the full name or by a surname alone
    // ("…but Judge Roe dismissed the lawsuit" gives away "Who dismissed the lawsuit?" keyed Jane Roe)
    if (!namesKey(x.prompt, y, cache)) return false
    const act = new Set(contentWords(y.prompt, cache).filter((w) => w.length > 3))
    return contentWords(x.prompt, cache).filter((w) => act.has(w)).length >= 2
  }
  if (
    containsPhrase(x.prompt, y.answer, cache) ||
    (y.type === 'role' && y.forbidden.length && namesKey(x.prompt, y, cache))
  ) {
    if (y.type !== 'role' || !y.forbidden.length) return true
    // a role's holder named in another prompt leaks only with the office's words
    const office = (y.prompt.match(/\b\p{Ll}[\p{L}]{3,}/gu) ?? []).filter(
      (w) => !/^(?:according|article)$/.test(w),
    )
    return office.some((w) => containsPhrase(x.prompt, w, cache))
  }
  // "Who is X?" → "Mayor of …" leaks when another prompt names X next to the office ("… X been mayor?")
  const who = y.type === 'role' ? /^Who is (.+), according to the article\?$/.exec(y.prompt) : null
  if (who?.[1] && containsPhrase(x.prompt, who[1], cache)) {
    const office = contentWords(y.answer, cache).filter((w) => TITLE_WORDS.has(w) || w.length > 4)
    if (office.some((w) => containsPhrase(x.prompt, w, cache))) return true
  }
  const aw = contentWords(y.answer, cache)
  if (aw.length < 2) return false
  const px = new Set(words(x.prompt, cache))
  return aw.filter((w) => px.has(w)).length / aw.length >= 0.5
}

/**
 * A quiz never keys the same answer twice (one person, body, figure or date is the answer of one
 * question): a second question on it reads as the first asked again, and a student who knows one
 * knows both. True/false answers are exempt.
 */
const MAX_PER_ANSWER = 1

/**
 * While a quiz is under a full quiz's length, one type fills at most this many places, so number
 * blanks or "who said" on boilerplate quotes do not crowd out what was decided, by whom and what it
 * does; the usual cap applies once the other types have run out.
 */
const BALANCED_TYPE_CAP = 3

/**
 * A question of a civic frame: who decided or did the act (who-did), the vote, the majority a rule
 * needs, what a bill does and where it stands, an election's result. These are what a civics teacher
 * asks first, before a "who said" on a boilerplate quote or a minor figure.
 */
export function isFrameQuestion(c: Candidate): boolean {
  return (
    c.type === 'who-did' ||
    /^(?:vote|threshold|bill-purpose|bill-status|election|election-winner):/.test(c.factKey)
  )
}

/** What a frame question gains in the ranking over other questions. */
const FRAME_BONUS = 0.6

/**
 * True/false statements of a civic frame (what a bill does, where it stands, a speaker's claim) ask
 * the frame's own fact: they may share their sentence with a question on another fact of it (a
 * sponsor's state in a press release's lead), which other true/false statements may not.
 */
export function frameStatement(c: Candidate): boolean {
  return c.type === 'true-false' && /^(?:bill-purpose|bill-status|claim):/.test(c.factKey)
}

/**
 * The quiz's order: the central civic fact first — the best-scored frame question (who decided,
 * what a bill does, the vote) — then the rest in the article's order.
 */
export function centralFirst(chosen: Candidate[]): Candidate[] {
  let best: Candidate | null = null
  for (const c of chosen) if (isFrameQuestion(c) && (!best || c.score > best.score)) best = c
  return best ? [best, ...chosen.filter((c) => c !== best)] : chosen
}

/** A keyed answer as compared with another: the same words whatever the case and spacing. */
function normalAnswer(answer: string): string {
  return answer.trim().toLowerCase().replace(/\s+/g, ' ')
}

/** Everything a question shows: its prompt, and its options when they are known. */
function shown(c: Candidate): string {
  return [c.prompt, c.answer, ...c.distractors].join('\n')
}

/**
 * The quiz-level pass between two questions: a false statement's wrong value ("1972") is never a
 * value another question shows (a false year that the quiz states elsewhere reads as true), nor the
 * true value another false statement replaced (two statements with their years swapped crosswise).
 */
export function falseValueClash(a: Candidate, b: Candidate): boolean {
  if (a.falseValue === undefined && b.falseValue === undefined) return false
  const one = (x: Candidate, y: Candidate): boolean =>
    x.falseValue !== undefined && (shown(y).includes(x.falseValue) || x.falseValue === y.trueValue)
  return one(a, b) || one(b, a)
}

/** A "which state does X represent" question (questions/delegation.ts). */
function isDelegation(c: Candidate): boolean {
  return c.factKey.startsWith('state:')
}

/**
 * Two "who did" questions on one sentence that ask two acts by two actors — a request and its
 * approval, a bill's passage and its veto ("Governor X requested the declaration, and President Y
 * approved it") — are two facts, not one asked twice: each has its own actor and its own verb.
 */
function twoActs(a: Candidate, b: Candidate): boolean {
  return (
    a.type === 'who-did' &&
    b.type === 'who-did' &&
    normalAnswer(a.answer) !== normalAnswer(b.answer) &&
    a.factKey.split(':').slice(2).join(':') !== b.factKey.split(':').slice(2).join(':')
  )
}

/** Questions whose evidence shares a sentence: at most this many. */
const MAX_PER_SENTENCE = 2

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end
}

/**
 * Greedy selection: each round takes the candidate with the best score after penalties for a type
 * already used, a sentence already asked about and a part of the article already covered.
 */
export function selectCandidates(
  candidates: Candidate[],
  count: number,
  articleLength: number,
  cache?: GenerationCache,
): Candidate[] {
  const pool = candidates
  // cleanliness, like leaks, is checked only for a would-be winner (and once per candidate)
  const clean = new Map<number, boolean>()
  const isClean = (i: number, c: Candidate): boolean => {
    let ok = clean.get(i)
    if (ok === undefined) {
      ok = candidateIsClean(c, cache)
      clean.set(i, ok)
    }
    return ok
  }
  const chosen: Candidate[] = []
  const facts = new Set<string>()
  const typeCount = new Map<string, number>()
  const fullCap = Math.max(2, Math.ceil(count * 0.34))
  let cap = Math.min(fullCap, BALANCED_TYPE_CAP)
  const parts = 5
  const part = (c: Candidate): number =>
    Math.min(parts - 1, Math.floor((c.evidence.start / Math.max(1, articleLength)) * parts))
  // which candidates would give each other away, worked out once
  const leaks = new Map<number, boolean>()
  const leakBetween = (a: number, b: number): boolean => {
    const key = a < b ? a * 100_000 + b : b * 100_000 + a
    let hit = leaks.get(key)
    if (hit === undefined) {
      const x = item(pool, a)
      const y = item(pool, b)
      hit = x.prompt === y.prompt || crossLeak(x, y, cache)
      leaks.set(key, hit)
    }
    return hit
  }
  const chosenIndex: number[] = []
  // each candidate's answer normalised once per selection
  const keys = new Map<Candidate, string>()
  const answerKey = (x: Candidate): string => {
    let k = keys.get(x)
    if (k === undefined) {
      k = normalAnswer(x.answer)
      keys.set(x, k)
    }
    return k
  }
  // true/false is held to three a quiz; when the other types run out before a full quiz (short press
  // releases, rulings reported in a few sentences), it may fill up to the usual type cap, as a
  // statement checked against the text is fairer than a quiz too short to hand out
  const full = Math.min(count, FULL_QUIZ_QUESTIONS)
  let trueFalseCap = Math.min(cap, 3)
  // one answer keyed once, however short the quiz: two questions keyed "two" or keyed one person read
  // as one fact asked twice (round 6 review)
  const perAnswer = MAX_PER_ANSWER
  for (;;) {
    if (chosen.length >= count) break
    // a full quiz holds its balance; past it, each type may take up to the usual cap
    if (chosen.length >= full) cap = fullCap
    if (!selectOne()) {
      // the pool ran dry: relax one rule at a time, the balance first, and only while the quiz is
      // short of a full one
      if (cap < fullCap) cap = fullCap
      else if (chosen.length >= full) break
      else if (trueFalseCap < cap) trueFalseCap = cap
      else if (cap < count) {
        // the fill (issue 11, a needlessly short quiz): candidates turned away only by a balance
        // rule — a type's share of the quiz — fill it up to a full quiz, best first; a correctness
        // rule (a fact asked already, a give-away, a sentence crowded, an unclean prompt, one answer
        // keyed twice) never is
        cap = count
        trueFalseCap = count
      } else break
    }
  }
  return chosen

  function selectOne(): boolean {
    let best: { c: Candidate; s: number; i: number } | null = null
    for (const [i, c] of pool.entries()) {
      if (facts.has(c.factKey) || c.alsoTests?.some((k) => facts.has(k))) continue
      const used = typeCount.get(c.type) ?? 0
      if (used >= (c.type === 'true-false' ? trueFalseCap : cap)) continue
      // one pass over the chosen questions: what this one would share with them
      let sameSentence = 0
      let sameTypeSentence = false
      let trueFalseSentence = false
      let sameAnswer = 0
      let sameTruth = 0
      let samePerson = 0
      let clash = false
      let covered = false
      const where = part(c)
      for (const o of chosen) {
        if (c.type !== 'true-false' && o.type !== 'true-false' && answerKey(o) === answerKey(c)) samePerson++
        if (falseValueClash(o, c)) clash = true
        if (overlaps(o, c)) {
          sameSentence++
          // two sponsors' states from one list of sponsors are two facts, not one asked twice
          // nor two acts of two actors ("X requested the declaration, and Y approved it")
          if (o.type === c.type && !(isDelegation(o) && isDelegation(c)) && !twoActs(o, c))
            sameTypeSentence = true
          if (o.type === 'true-false' && !frameStatement(o)) trueFalseSentence = true
        }
        if (o.answer === c.answer) {
          if (o.type !== 'true-false') sameAnswer++
          else if (c.type === 'true-false') sameTruth++
        }
        if (!covered && part(o) === where) covered = true
      }
      // at most two questions on one sentence, and never two of one type (two "who said" on one
      // sentence ask the same thing twice); a true/false statement shares its sentence with none
      if (sameSentence >= MAX_PER_SENTENCE || sameTypeSentence) continue
      // one answer keyed once; no false value another question shows
      if (samePerson >= perAnswer || clash) continue
      if (sameSentence > 0 && ((c.type === 'true-false' && !frameStatement(c)) || trueFalseSentence)) continue
      // sameTruth: True and False in turn, so guessing one of them all through the quiz does not pay
      const s =
        c.score +
        (isFrameQuestion(c) ? FRAME_BONUS : 0) -
        0.8 * used -
        1.5 * sameSentence -
        0.7 * sameAnswer -
        0.3 * sameTruth +
        (covered ? 0 : 0.6)
      if (best && !(s > best.s || (s === best.s && c.evidence.start < best.c.evidence.start))) continue
      // last, as they are the dearest tests: only a candidate that would win is checked
      if (!isClean(i, c) || chosenIndex.some((o) => leakBetween(o, i))) continue
      best = { c, s, i }
    }
    if (!best) return false
    chosen.push(best.c)
    chosenIndex.push(best.i)
    for (const k of [best.c.factKey, ...(best.c.alsoTests ?? [])]) facts.add(k)
    typeCount.set(best.c.type, (typeCount.get(best.c.type) ?? 0) + 1)
    return true
  }
}

/** The selection rule that kept a clean candidate out of a quiz (heldBackBy). */
export type HeldBack =
  | 'fact-tested'
  | 'same-sentence'
  | 'true-false-sentence'
  | 'one-answer-once'
  | 'false-value-clash'
  | 'leak'
  | 'type-cap'
  | 'outranked'

/**
 * Why selection kept a clean candidate out, given the chosen ones: the first of selection's rules
 * that applies (a fact asked already, a sentence crowded, a true/false statement's sentence shared, an
 * answer keyed already, a false value another question shows, a give-away between two questions, a
 * type's share), else outranked. One place for `npm run why` and a short quiz's note.
 */
export function heldBackBy(
  c: Candidate,
  chosen: Candidate[],
  count: number,
  cache?: GenerationCache,
): { reason: HeldBack; by?: Candidate } {
  if (chosen.some((o) => o.factKey === c.factKey || o.alsoTests?.includes(c.factKey)))
    return { reason: 'fact-tested' }
  const overlap = chosen.filter((o) => overlaps(o, c))
  if (
    overlap.length >= MAX_PER_SENTENCE ||
    overlap.some((o) => o.type === c.type && !(isDelegation(o) && isDelegation(c)) && !twoActs(o, c))
  )
    return { reason: 'same-sentence' }
  if (
    overlap.length > 0 &&
    ((c.type === 'true-false' && !frameStatement(c)) ||
      overlap.some((o) => o.type === 'true-false' && !frameStatement(o)))
  )
    return { reason: 'true-false-sentence' }
  if (
    c.type !== 'true-false' &&
    chosen.some((o) => o.type !== 'true-false' && normalAnswer(o.answer) === normalAnswer(c.answer))
  )
    return { reason: 'one-answer-once' }
  if (chosen.some((o) => falseValueClash(o, c))) return { reason: 'false-value-clash' }
  const by = chosen.find((o) => o.prompt === c.prompt || crossLeak(o, c, cache))
  if (by) return { reason: 'leak', by }
  if (chosen.filter((o) => o.type === c.type).length >= Math.ceil(count * 0.34)) return { reason: 'type-cap' }
  return { reason: 'outranked' }
}

/**
 * What the article holds for a quiz, for a short quiz's note: the sentences with at least one clean
 * candidate question, and the distinct facts those candidates test; with the chosen questions, how
 * many facts the quiz leaves unasked, by the rule that kept each out (its best candidate's reason).
 */
export function questionMaterial(
  candidates: Candidate[],
  sentences: number,
  cache?: GenerationCache,
  chosen?: { questions: Candidate[]; count: number },
): QuestionMaterial {
  const starts = new Set<number>()
  const facts = new Set<string>()
  const best = new Map<string, Candidate>()
  for (const c of candidates) {
    if (!candidateIsClean(c, cache)) continue
    const b = best.get(c.factKey)
    if (!b || c.score > b.score) best.set(c.factKey, c)
    if (facts.has(c.factKey)) continue
    facts.add(c.factKey)
    starts.add(c.evidence.start)
  }
  const material: QuestionMaterial = {
    sentences,
    factSentences: Math.min(starts.size, sentences),
    facts: facts.size,
  }
  if (!chosen) return material
  const held: Partial<Record<HeldBack, number>> = {}
  for (const c of best.values()) {
    const { reason } = heldBackBy(c, chosen.questions, chosen.count, cache)
    if (reason === 'fact-tested') continue
    held[reason] = (held[reason] ?? 0) + 1
  }
  return { ...material, held }
}
