/**
 * Adversarial article shapes for the generator's time and work bounds (issue 15): texts crafted to make
 * a per-fact step reread its whole sentence or article. Shared by `npm run bench -- adversarial` (time)
 * and test/node/generator-caps.test.ts (operation counts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mulberry32 } from '../quiz/random'
import { ARTICLES_DIR } from './articles'

const DATE_LINE = 'date 2025-11-18\n'

/** `unit` repeated to exactly `bytes` characters, after a date line. */
function fill(unit: string, bytes: number): string {
  return DATE_LINE + unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)
}

const FUZZ_TOKENS = [
  '25%',
  '3 million',
  '$5',
  'on 3 March 2024',
  'on Monday',
  'in June 2019',
  '"We will win,"',
  'said',
  'Ana Ruiz',
  'Mayor',
  'the council',
  '(the',
  ')',
  'according to Reuters',
  'who is 52,',
  'and',
  ',',
  ';',
  '—',
  'last year',
  '1st',
  'the 111th',
  '"',
  '“',
  '”',
  'told reporters',
  'Dr.',
  'U.S.',
]

/** A fuzz text: tokens drawn at random from the facts' trigger words, with no sentence end for a long run. */
function fuzz(seed: number, bytes: number): string {
  // seeded, so a fuzz shape is the same text on every run
  const next = mulberry32(seed)
  let text = DATE_LINE
  while (text.length < bytes) {
    text += `${FUZZ_TOKENS[Math.floor(next() * FUZZ_TOKENS.length)] ?? ''} `
    if (next() < 0.002) text += '.\n\n'
  }
  return text.slice(0, bytes)
}

/** Each adversarial shape, as a function of the size in characters. */
export const ADVERSARIAL_SHAPES: Record<string, (bytes: number) => string> = {
  'number run (one sentence)': (b) => fill('25% of 3 million $5 ', b),
  'number sentences': (b) => fill('About 25% of 3 million people paid $5 on 12 March 2024. ', b),
  'date run (one sentence)': (b) => fill('on 3 March 2024, on Monday, in June 2019, ', b),
  'one long sentence': (b) => fill('the mayor said that the council would meet and ', b),
  'repeated quote': (b) => fill('"We will win," Ana Ruiz said. ', b),
  'one endless quote': (b) => fill('"We will win and ', b),
  'unclosed brackets': (b) => fill('on 3 March 2024 (the ', b),
  'fuzz 1': (b) => fuzz(1, b),
  'fuzz 2': (b) => fuzz(2, b),
  'fuzz 3': (b) => fuzz(3, b),
}

/** A normal article of `bytes` characters: the development articles' paragraphs, repeated. */
export function normalArticle(bytes: number): string {
  const bodies = readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ARTICLES_DIR, f), 'utf8').replace(/^\s*date \S+\s*/, ''))
  let text = DATE_LINE
  for (let i = 0; text.length < bytes; i++) text += `${bodies[i % bodies.length] ?? ''}\n\n`
  return text.slice(0, bytes)
}
