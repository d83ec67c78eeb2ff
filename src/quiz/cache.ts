/**
 * The one cache of a generation. `makeContext` creates it with the article index, every question
 * builder reads through it, and it is dropped with the context: nothing is kept between articles or
 * requests, and no module holds state, so each question type is a pure function of its context.
 */
import type { PersonFact, QuoteFact } from '../schema'
import type { DateFormat } from './dates'
import type { LetterRuns } from './mentions'
import type { EntityKind } from './option-kinds'

export class GenerationCache {
  /** Word tokens of texts read more than once (sentences, names, prompts). */
  readonly words = new Map<string, string[]>()
  /** A text's words joined by single spaces, with a space at each end (for whole-word search). */
  readonly joined = new Map<string, string>()
  /** Identifying words of a name (without titles and stopwords). */
  readonly nameWords = new Map<string, string[]>()
  /** A name's last word, lowercased: the cheap first test of whether a text names someone. */
  readonly lastWords = new Map<string, string>()
  /** How each date text is written, by `${text}\u0000${iso}`. */
  readonly dateFormats = new Map<string, DateFormat | null>()
  /** Whether a person is fit to be shown as an option (the speakers and article are fixed for a generation). */
  readonly optionVerdicts = new Map<PersonFact, boolean>()
  /** Whether a person passes the option-kinds rule (fitActor). */
  readonly actorVerdicts = new Map<PersonFact, boolean>()
  /** Whether a person acts only in the story's past (option-kinds.ts ofPastOnly). */
  readonly pastOnly = new Map<PersonFact, boolean>()
  /** What each person of the index is (option-kinds.ts entityKind). */
  readonly entityKinds = new Map<PersonFact, EntityKind>()
  /** Whether a role reads as an office, by `${role}\u0000${owner}`. */
  readonly roleVerdicts = new Map<string, boolean>()
  /** The article's runs of letters (mentions.ts letterRuns), by text: where names are looked up. */
  readonly letterRuns = new Map<string, LetterRuns>()
  /** A list of quotes grouped by speaker (who-said.ts usableQuote), by the list. */
  readonly quotesBySpeaker = new Map<readonly QuoteFact[], Map<QuoteFact['speaker'], QuoteFact[]>>()
  /** Work shared by several question builders (usable quotes, role facts, frames…), by name. */
  readonly derived = new Map<string, unknown>()
}
