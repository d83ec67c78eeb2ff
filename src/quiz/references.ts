/**
 * Prompts lifted from a sentence can keep a word that points back to an earlier sentence: "Who
 * rejected this argument?", "Who refused to do so?", "Who acquitted both of them?", "a similar
 * request", "its initial attempt". Out of its paragraph such a prompt asks nothing a student can
 * answer, so a candidate whose prompt (or statement) keeps one is dropped.
 */

/** Words that refer back to something the prompt does not say. */
const BACK_REFERENCE =
  /\b(?:this|these|those|such|both(?: of them)?|its|a similar|the same|the previous|the former|the latter|the above|(?:do|does|did|doing|done) so|the (?:other|latter) two)\b/i

/**
 * More words that point back: "them" (a prompt rarely names the group it stands for), a country
 * named only by a description ("the Middle Eastern nation", "the African country"), and a verb whose
 * object is in an earlier sentence ("finally give up", "follow suit", "back down").
 */
const POINTS_BACK =
  /\bthem\b|\bthe (?:\p{Lu}[\p{L}-]+ )*\p{Lu}[\p{L}-]*(?:an|ern|ese|ish|ic|i) (?:nation|country|state|kingdom)\b|\b(?:give|gave|given|giving|gives) up[?.!]*$|\bfollow(?:s|ed|ing)? suit\b|\b(?:back|backed|backs|backing) down[?.!]*$/u

/** Third-person pronouns: resolved only when a name comes before them in the same text. */
const PRONOUN = /\b(?:he|she|him|his|her|hers|they|them|their|theirs)\b/i

/** Capitalised words that are no name: calendar words and sentence openers. */
const NOT_A_NAME =
  /^(?:On|In|At|By|For|After|Before|During|Since|The|A|An|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Last|This|Earlier|Later)$/

/** True when the text keeps a word that points back to an earlier sentence (see the module comment). */
export function hasBackReference(text: string): boolean {
  const plain = unquoted(text)
  return BACK_REFERENCE.test(plain) || POINTS_BACK.test(plain)
}

/**
 * hasBackReference for a speaker's whole sentence (a claim, questions/claims.ts), where "its" with a
 * name before it in the same sentence is resolved like a pronoun ("The Supreme Court based its
 * opinion on …" says whose opinion); a bare "its" ("its initial attempt") still points back.
 */
export function hasBackReferenceInSentence(text: string): boolean {
  const plain = unquoted(text)
  const its = /\bits\b/i.exec(plain)
  const resolved =
    its !== null &&
    (plain.slice(0, its.index).match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? []).some((w) => !NOT_A_NAME.test(w))
  return hasBackReference(resolved ? plain.replace(/\bits\b/gi, 'the') : plain)
}

/**
 * True when a statement's first third-person pronoun has no name before it: "In July, he helped …"
 * (who?), while "Democrat Roe … when she was 57" resolves "she" to Roe.
 */
export function hasUnresolvedPronoun(text: string): boolean {
  const plain = unquoted(text)
  const m = PRONOUN.exec(plain)
  if (!m) return false
  const before = plain.slice(0, m.index)
  return !(before.match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? []).some((w) => !NOT_A_NAME.test(w))
}

/** The text without its quotations (a quote's own "this" is the speaker's, not the prompt's). */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, '""')
}
