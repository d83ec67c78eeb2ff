/**
 * Bench-only entry (`npm run bench -- import`): times article extraction inside workerd. Never deployed.
 * `POST /__extract?engine=readability|rewriter&runs=N` with a page's HTML runs the engine N times and answers
 * the warm times (ms, all runs but the first) and the text; `POST /__link-to-quiz` times bytes → decoded page → article →
 * checks → quiz, the CPU work of `POST /api/quizzes { url }` after the fetch.
 */
import { decodePage } from '../../src/import/charset'
import { extractArticle } from '../../src/import/extract'
import { checkArticle } from '../../src/import/import-article'
import { generateQuiz } from '../../src/quiz'
import { rewriterParagraphs } from './rewriter-extract'

let RUNS = 11

async function time(run: () => Promise<string> | string): Promise<{ samples: number[]; text: string }> {
  const samples: number[] = []
  let text = ''
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    text = await run()
    if (i > 0) samples.push(performance.now() - t0) // the first run warms up
  }
  return { samples, text }
}

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url)
    RUNS = Number(url.searchParams.get('runs') ?? '11')
    const bytes = new Uint8Array(await request.arrayBuffer())
    if (url.pathname === '/__extract') {
      const html = decodePage(bytes, 'text/html').text
      const engine = url.searchParams.get('engine')
      const result =
        engine === 'rewriter'
          ? await time(async () => (await rewriterParagraphs(html)).join('\n\n'))
          : await time(() => extractArticle(html).text)
      return Response.json(result)
    }
    if (url.pathname === '/__link-to-quiz') {
      let questions = 0
      let extractMs = 0
      const result = await time(async () => {
        const t0 = performance.now()
        const html = decodePage(bytes, 'text/html').text
        const article = checkArticle({ ...extractArticle(html), url: 'https://x.example/' })
        extractMs = performance.now() - t0
        const quiz = generateQuiz(article.text, {
          ...(article.date === null ? { date: '2026-01-01' } : { date: article.date }),
          ...(article.title === null ? {} : { title: article.title }),
        })
        questions = quiz.questions.length
        return ''
      })
      return Response.json({ ...result, questions, extractMs })
    }
    return new Response('not found', { status: 404 })
  },
} satisfies ExportedHandler
