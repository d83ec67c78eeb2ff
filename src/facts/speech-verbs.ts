import { lowerCase } from './lower'

/**
 * Verbs that report speech or writing (covering textacy's and the Gender Gap Tracker's lists), with
 * every inflection mapped to its lemma. Phrasal forms ("point out", "go on to say") are matched by
 * their first word.
 */
const LEMMAS = [
  'say',
  'tell',
  'add',
  'explain',
  'note',
  'state',
  'stress',
  'emphasise',
  'emphasize',
  'argue',
  'claim',
  'insist',
  'warn',
  'announce',
  'confirm',
  'deny',
  'describe',
  'call',
  'label',
  'write',
  'tweet',
  'post',
  'ask',
  'reply',
  'respond',
  'suggest',
  'admit',
  'acknowledge',
  'declare',
  'urge',
  'vow',
  'pledge',
  'promise',
  'predict',
  'recall',
  'remark',
  'report',
  'reveal',
  'concede',
  'continue',
  'comment',
  'complain',
  'contend',
  'maintain',
  'point',
  'assert',
  'believe',
  'accuse',
  'agree',
  'criticise',
  'criticize',
  'condemn',
  'praise',
  'recount',
  'repeat',
  'shout',
  'scream',
  'whisper',
  'yell',
  'cry',
  'joke',
  'boast',
  'caution',
  'observe',
  'mention',
  'answer',
  'inform',
  'estimate',
  'quip',
  'retort',
  'conclude',
  'decide',
  'find',
  'rule',
  'testify',
  'tell',
  'affirm',
  'allege',
  'advise',
  'elaborate',
  'echo',
  'express',
  'highlight',
  'indicate',
  'hint',
  'muse',
  'notify',
  'plead',
  'proclaim',
  'propose',
  'question',
  'reckon',
  'recommend',
  'reiterate',
  'reject',
  'remind',
  'reply',
  'request',
  'specify',
  'speculate',
  'summarise',
  'summarize',
  'think',
  'underline',
  'underscore',
  'wonder',
  'write',
  'dub',
  'brand',
  'frame',
] as const

const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  saying: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  writes: 'write',
  writing: 'write',
  found: 'find',
  thought: 'think',
  cried: 'cry',
  replied: 'reply',
  denied: 'deny',
  testified: 'testify',
  specified: 'specify',
  spoke: 'speak',
  spoken: 'speak',
  speaks: 'speak',
  speaking: 'speak',
  speak: 'speak',
}

function inflections(lemma: string): string[] {
  const forms = new Set<string>([lemma])
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  if (lemma.endsWith('y') && !/[aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ies`)
    forms.add(`${lemma.slice(0, -1)}ied`)
    forms.add(`${lemma}ing`)
  } else {
    forms.add(/(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`)
    forms.add(lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`)
    forms.add(`${stem}ing`)
  }
  if (/^(?:label)$/.test(lemma)) {
    forms.add('labelled')
    forms.add('labelling')
  }
  if (/^(?:dub)$/.test(lemma)) {
    forms.add('dubbed')
    forms.add('dubbing')
  }
  if (lemma === 'admit') {
    forms.add('admitted')
    forms.add('admitting')
  }
  if (lemma === 'quip') {
    forms.add('quipped')
    forms.add('quipping')
  }
  if (lemma === 'plead') forms.add('pled')
  return [...forms]
}

export const SPEECH_VERBS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const lemma of LEMMAS) for (const f of inflections(lemma)) map.set(f, lemma)
  for (const [form, lemma] of Object.entries(IRREGULAR)) map.set(form, lemma)
  return map
})()

/** Nouns that carry someone's words: "the statement from the king", "reports say". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'statements',
  'report',
  'reports',
  'remarks',
  'remark',
  'words',
  'comments',
  'comment',
  'tweet',
  'post',
  'message',
  'summary',
  'speech',
  'announcement',
  'interview',
  'letter',
  'ruling',
  'judgment',
  'judgement',
  'opinion',
  'testimony',
  'press release',
  'quote',
])

/** The lemma of a speech verb form, or undefined. */
export function speechLemma(word: string): string | undefined {
  return SPEECH_VERBS.get(lowerCase(word))
}
