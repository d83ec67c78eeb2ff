import { readFileSync } from 'node:fs'
import { extractFacts } from './src/facts/index'
import { allCandidates } from './src/quiz/generate'
import { candidateIsClean } from './src/quiz/select'
const f = process.argv[2]!
const text = readFileSync(f, 'utf8')
const facts = extractFacts(text)
console.log('quotes', facts.quotes.map(q => [q.speaker, q.attribution?.pattern, q.attribution?.verb, q.text.slice(0,40)]))
for (const c of allCandidates(text, facts)) console.log(c.type, c.score.toFixed(2), candidateIsClean(c) ? '' : 'UNCLEAN', c.prompt.slice(0, 120), '|', c.answer, '|', c.distractors.join(' / '))
