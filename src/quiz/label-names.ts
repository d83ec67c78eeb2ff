/**
 * Names that read like a person's but are a label: a band, a party or a country the reader took for a
 * person or a body ("the Silver Owls' song", "Change Now won five seats", "Xland's government said").
 * Told without a gazetteer, from the places in a sentence that no person's name takes. Pure.
 */
import type { PersonFact } from '../schema'
import type { Found } from './mentions'

/** Words right after a name that make it a group's: its members and officers. */
const GROUP_AFTER =
  /^(?:['’]s?)?\s+(?:leader|leaders|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|candidate|candidates|member|members|MPs?|lawmakers|supporters|voters|manifesto|platform)\b/
/** Words right after a name that make it a band's: its players and its music. */
const MUSIC_AFTER =
  /^(?:['’]s?)?\s+(?:singer|lead singer|guitarist|drummer|bassist|frontman|frontwoman|song|songs|album|albums|single|hit|concert|tour|lyrics|fans)\b/
/** A count of seats after a name: only a party or a list wins several seats. */
const SEATS_AFTER = /^\s+(?:won|took|holds?|held|gained|lost|secured|kept)\s+(?:\S+\s+){0,3}seats\b/
/** A plural verb right after a name: no single person "have performed". */
const PLURAL_VERB = /^\s+(?:have|are|were)\b/
/** "the" right before a name (not "the late"): no person's name takes an article. */
const ARTICLE_BEFORE = /\bthe\s+$/i
/** Words after a one-word name that make it a country's or a region's: "Xland's government", "Xland's capital". */
const STATE_AFTER =
  /^(?:['’]s)\s+(?:government|parliament|capital|economy|citizens|people|population|borders?|territory|army|military|navy|embassy|ambassador|foreign ministry|foreign minister|prime minister|president|king|queen|leader|leaders|regime|constitution)\b/
/**
 * Words after a one-word name that make it a place's adjective: "the Xland ambassador". ("in Xland"
 * alone does not: a body named after its town acts there too, and option-kinds.ts weighs those.)
 */ const STATE_ADJECTIVE_AFTER =
  /^\s+(?:government|parliament|embassy|ambassador|foreign ministry|army|military|capital)\b/

/** Title words that may stand before a person's name ("Mayor", "Dr."): a name after one is a person's. */
const TITLED_BEFORE =
  /\b(?:mr|mrs|ms|dr|prof|sir|dame|lord|lady|rep|sen|gov|president|minister|mayor|governor|senator|judge|justice|chief|director|secretary|chairman|chairwoman|commissioner|ambassador|congressman|congresswoman|councillor|councilor|member|king|queen|prince|princess|general|officer|spokesman|spokeswoman|leader)\.?\s+$/i

/**
 * The kind a name's mentions show when they show it is no person: 'group' for a band or a party (a
 * capitalised name never given a title or a role and never named by a shorter part, written after
 * "the", with a plural possessive or a plural verb, with a group's words after it, or winning seats),
 * 'place' for a one-word name used as a country ("Xland's government", "the Xland ambassador"). Null when nothing tells, or when the name is a titled or shortened person's.
 */
export function labelKind(p: PersonFact, article: string, found: Found): 'group' | 'place' | null {
  if (p.role !== null) return null
  const own = p.name.trim()
  // a person named in full is named again by surname ("Ruiz said"); a label keeps its whole name
  if (p.aliases.some((a) => a.trim().length < own.length && own.includes(a.trim()))) return null
  const oneWord = !/\s/.test(own)
  let group = false
  let music = false
  let place = false
  for (const { name, at } of found)
    for (const i of at) {
      const before = article.slice(Math.max(0, i - 20), i)
      const after = article.slice(i + name.length, i + name.length + 40)
      if (TITLED_BEFORE.test(before)) return null
      if (
        (ARTICLE_BEFORE.test(before) && !/\blate\s+$/i.test(before)) ||
        (/s$/.test(name) && /^['’](?!s)/.test(after)) ||
        PLURAL_VERB.test(after) ||
        GROUP_AFTER.test(after) ||
        SEATS_AFTER.test(after)
      )
        group = true
      if (MUSIC_AFTER.test(after)) music = true
      if (oneWord && (STATE_AFTER.test(after) || STATE_ADJECTIVE_AFTER.test(after))) place = true
    }
  if (place) return 'place'
  // a body the reader kept as one ("the Harbor Party") is a group only by its music; its members and
  // seats are what a party's are
  if (music) return 'group'
  if (p.kind !== 'person') return null
  return group ? 'group' : null
}
