/**
 * /embed/:id?class=CODE — the quiz alone, made to sit in an iframe on any site (frame-ancestors *):
 * the same quiz form as /quiz/:id (fieldsets, labelled controls, "Check answers", the score in a
 * role="status" region), no site chrome, and /static/embed.js, which tells the host page its height
 * and, with `?layout=paged` (or in a frame kept shorter than the quiz), shows one question at a time.
 * Without JavaScript the form posts back here and the result renders in the frame.
 */
import type { Child } from 'hono/jsx'
import { quizUrl } from '../shared/embed-snippets'
import { QuizSection } from './components/quiz-form'
import { SourceLine } from './components/source-line'
import { DocumentHead } from './layout'
import { type QuizPageState, quizPageRoutes } from './quiz-page-routes'
import { contentSecurityPolicy } from './security'

/** Every embed response may be framed by any site; nothing else about the policy changes. */
const EMBED_HEADERS = { 'content-security-policy': contentSecurityPolicy({ frameAncestors: '*' }) }

function EmbedDocument(props: { title: string; description: string; layout?: string; children?: Child }) {
  return (
    <html lang="en">
      <DocumentHead title={props.title} description={props.description} scripts={['quiz.js', 'embed.js']} />
      <body class="embed" data-layout={props.layout}>
        <main id="main">{props.children}</main>
      </body>
    </html>
  )
}

export function EmbedPage(props: QuizPageState) {
  const { quiz } = props
  const id = encodeURIComponent(quiz.id)
  const query = new URLSearchParams(props.query)
  if (props.classCode !== '') query.set('class', props.classCode)
  const again = `/embed/${id}${query.size === 0 ? '' : `?${query}`}`
  const layout = props.query.get('layout') === 'paged' ? 'paged' : undefined
  const kept = props.query.size === 0 ? '' : `?${props.query}`
  return (
    <EmbedDocument
      title={`${props.result ? 'Your result: ' : ''}${quiz.title} — Civic Quiz`}
      description={`A ${quiz.questions.length}-question civics quiz on “${quiz.source.title}”. Every answer cites the article.`}
      {...(layout === undefined ? {} : { layout })}
    >
      <h1>{quiz.title}</h1>
      <SourceLine source={quiz.source} newTab />
      <QuizSection state={props} action={`/embed/${id}${kept}`} again={again} />
      <p class="hint">
        <a href={quizUrl(props.origin, quiz.id, props.classCode)} target="_blank" rel="noopener">
          Civic Quiz
        </a>
        : every answer cites the sentence of the article it comes from.
      </p>
    </EmbedDocument>
  )
}

export const embedRoutes = quizPageRoutes({
  render: (state) => <EmbedPage {...state} />,
  notFound: () => (
    <EmbedDocument title="Quiz not found — Civic Quiz" description="There is no quiz at this address.">
      <h1>Quiz not found</h1>
      <p>There is no quiz at this address. Ask your teacher for the link again.</p>
    </EmbedDocument>
  ),
  headers: EMBED_HEADERS,
})
