/** Turning a past-tense verb back into its base form, so "met" can be asked as "When did … meet …?". */

const IRREGULAR: Record<string, string> = Object.fromEntries(
  `met:meet said:say won:win began:begin begun:begin took:take taken:take made:make gave:give given:give
  found:find held:hold told:tell went:go gone:go came:come became:become become:become wrote:write
  written:write left:leave led:lead sent:send lost:lose broke:break broken:break chose:choose chosen:choose
  ran:run saw:see seen:see spoke:speak spoken:speak stood:stand swore:swear sworn:swear thought:think
  brought:bring bought:buy sold:sell paid:pay fell:fall fallen:fall grew:grow grown:grow knew:know
  known:know rose:rise risen:rise struck:strike withdrew:withdraw withdrawn:withdraw shut:shut set:set
  put:put cut:cut hit:hit quit:quit hurt:hurt let:let sat:sit got:get kept:keep felt:feel heard:hear
  meant:mean built:build fought:fight caught:catch taught:teach sought:seek drove:drive driven:drive
  flew:fly flown:fly hid:hide rode:ride shook:shake been:be was:be were:be had:have did:do done:do
  spent:spend won't:win lent:lend bound:bind dealt:deal laid:lay slid:slide spread:spread upheld:uphold
  overthrew:overthrow overthrown:overthrow undertook:undertake forbade:forbid used:use died:die tied:tie
  lied:lie created:create treated:treat defeated:defeat repeated:repeat cheated:cheat heated:heat seated:seat
  united:unite cited:cite invited:invite excited:excite ignited:ignite recited:recite`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split(':') as [string, string]),
)

/** Endings after which a regular past tense dropped an "e" ("announced" → "announce"). */
const E_AFTER =
  /(?:[^aeiou][aeiou][cgvzs]|ceiv|[^e]at|[oua]t|ar|or|ir|ur|uid|ud|od|iz|[^aeiou]l|am|im|ak|ik|ok|ap|op|ip|in|iv|u)$/

/**
 * The base form of a past-tense or past-participle verb, or null when the word is not one we can
 * be sure of (callers then drop the question rather than risk a wrong form).
 */
export function baseForm(verb: string): string | null {
  const v = verb.toLowerCase()
  const irregular = IRREGULAR[v]
  if (irregular) return irregular
  if (v.endsWith('ied') && v.length > 4) return `${v.slice(0, -3)}y`
  if (!/^[a-z]{3,}ed$/.test(v)) return null
  if (v.endsWith('eed')) return v.slice(0, -1) // agreed → agree
  const stem = v.slice(0, -2)
  // doubled final consonant: stopped → stop (but called, passed, staffed keep it)
  const last = stem.charAt(stem.length - 1)
  if (last === stem.charAt(stem.length - 2) && /[bdgkmnprt]/.test(last) && !/(?:ll|ss|ff|zz|dd)$/.test(stem))
    return stem.slice(0, -1)
  if (/(?:ced|ged|ved|zed|ued)$/.test(v) && !/[aeiou]ged$/.test(v)) return `${stem}e`
  if (/[^s]sed$/.test(v)) return `${stem}e` // raised, closed, used
  if (/(?:ered|ened|eted|ited|ated|eated)$/.test(v)) {
    if (/[^e]ated$/.test(v) || /(?:plet|let)ed$/.test(v)) return `${stem}e` // created, completed
    return stem // entered, opened, visited
  }
  if (/[^aeiou][iuo]l$/.test(stem) || /[^o]id$/.test(stem)) return `${stem}e` // ruled, filed, decided
  if (/[^aeiou][ai]m$/.test(stem)) return `${stem}e` // named, timed
  if (
    E_AFTER.test(stem) &&
    !/(?:ain|oin|een|ean|oon|ail|eal|oil|ool|eel|awl|owl|irl|url|arl|orl)$/.test(stem)
  ) {
    if (/(?:ar|or|ir|ur)$/.test(stem) && !/(?:ear|oor|air|our)$/.test(stem)) return `${stem}e` // declared, ignored
    if (/(?:[^aeiou]l|[^aeiou][aiou][kp]|ud|od|iz|u)$/.test(stem) && !/ll$/.test(stem)) return `${stem}e`
    if (/(?:[oua]t)$/.test(stem)) return `${stem}e` // voted, executed
    if (/in$/.test(stem) && /[^aeiou]in$/.test(stem)) return `${stem}e` // combined, declined
  }
  return stem
}
