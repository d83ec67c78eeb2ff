import { COUNCIL_ARTICLE } from './test/fixtures/passages'
import { extractFacts } from './src/facts/index'
import { makeContext } from './src/quiz/context'
import { datedEvent } from './src/quiz/event'
import { dateFormat } from './src/quiz/dates'
const facts = extractFacts(COUNCIL_ARTICLE)
const ctx = makeContext(COUNCIL_ARTICLE, facts)
for (const d of facts.dates) console.log(d.text, d.iso, d.event, !!dateFormat(d.text, d.iso)?.absolute, datedEvent(ctx, d)?.question)
