/**
 * The reader's accuracy on the development annotations (test/fixtures/annotations, made by reading the
 * articles): the figures `npm run eval` prints, kept in BENCHMARKS.md beside the speed figures. The
 * validation annotations are scored by the lead alone and are not read here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFacts } from '../../facts/index'
import { ARTICLES_DIR } from '../articles'
import { type ArticleScore, annotationSchema, scoreArticle, sumScores } from '../eval-score'
import type { BenchSection } from './types'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const ANNOTATIONS = join(ROOT, 'test/fixtures/annotations')

const fixed = (n: number): string => (Number.isNaN(n) ? 'n/a' : n.toFixed(2))

export async function run(): Promise<BenchSection> {
  const scores: ArticleScore[] = []
  const files = readdirSync(ANNOTATIONS).filter((f) => f.endsWith('.json'))
  for (const f of files) {
    const ann = annotationSchema.parse(JSON.parse(readFileSync(join(ANNOTATIONS, f), 'utf8')))
    scores.push(scoreArticle(ann, extractFacts(readFileSync(join(ARTICLES_DIR, ann.file), 'utf8'))))
  }
  const t = sumScores(scores)
  return {
    title: `Reader accuracy (development annotations, ${files.length} articles)`,
    rows: [
      { metric: 'quote F1', value: fixed(t.quoteF1), target: '≥ 0.95', ok: t.quoteF1 >= 0.95 },
      {
        metric: 'speaker accuracy',
        value: fixed(t.speakerAccuracy),
        target: '≥ 0.93',
        ok: t.speakerAccuracy >= 0.93,
      },
      { metric: 'dates', value: fixed(t.dateAccuracy), target: '≥ 0.93', ok: t.dateAccuracy >= 0.93 },
      { metric: 'numbers (recall)', value: fixed(t.numberRecall), target: '', ok: null },
    ],
    notes: [
      'Scored as `npm run eval` scores them: a quote matches at 80% word overlap, speakers by canonical name. These articles were read while the rules were written, so the figures are an upper bound; the targets are met or not on the validation half, which only the lead scores.',
    ],
  }
}
