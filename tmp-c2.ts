import { COUNCIL_ARTICLE } from './test/fixtures/passages'
import { extractFacts } from './src/facts/index'
import { allCandidates } from './src/quiz/generate'
import { quizFromFacts } from './src/quiz/generate'
const facts = extractFacts(COUNCIL_ARTICLE)
const s = COUNCIL_ARTICLE.indexOf('14 months')
for (const c of allCandidates(COUNCIL_ARTICLE, facts)) if (c.evidence.start <= s && c.evidence.end >= s) console.log(c.type, c.prompt, c.answer)
console.log(facts.numbers.filter(n => n.text.includes('14')))
console.log(quizFromFacts(COUNCIL_ARTICLE, facts).questions.map(q => q.prompt))
