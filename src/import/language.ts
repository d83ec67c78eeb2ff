/**
 * Whether a text is English, read from the text itself (a page's `lang` attribute is often a site
 * default): the share of its words that are the commonest English function words. English prose runs
 * at 35–50%; French, Spanish, German, Italian or Portuguese prose at under 10%.
 */

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to a in that is was he for it with as his on be at by i this had not are but from or have an ' +
    'they which one you were her all she there would their we him been has when who will more no if out so said ' +
    'what up its about into than them can only other new some could these two may then do first any my now such ' +
    'like our over man me even most made after also did many before must through back years where much your way ' +
    'well down should because each just those people how too little state good very make world still own see men ' +
    'work long get here between both life being under never day same another know while last might us great old year'
  ).split(' '),
)

/** The share (0–1) of a text's words that are common English function words. */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length === 0) return 0
  let hits = 0
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) hits++
  return hits / words.length
}

/** English when at least a fifth of the words are common English function words. */
export function isEnglish(text: string): boolean {
  return englishShare(text) >= 0.2
}
