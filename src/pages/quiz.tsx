import { oembedLinkHref } from '../api/oembed'
import { quizUrl } from '../shared/embed-snippets'
import { QuizSection } from './components/quiz-form'
import { SourceLine } from './components/source-line'
import { Layout } from './layout'
import type { QuizPageState } from './quiz-page-routes'

/** The article for students, when the teacher shows it: one paragraph per line, as text. */
export function ArticleText(props: { text: string }) {
  return (
    <details class="article">
      <summary>Read the article</summary>
      {props.text
        .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '')
        .split(/\n+/)
        .filter((p) => p.trim() !== '')
        .map((p) => (
          <p>{p}</p>
        ))}
    </details>
  )
}

/**
 * /quiz/:id — the quiz for a student; after a no-JS POST, the same page with the result. Its oEmbed
 * discovery link names the page with its class code, so a consumer that uses it as given keeps the class.
 */
export function QuizPage(props: QuizPageState) {
  const { quiz } = props
  const pageUrl = quizUrl(props.origin, quiz.id, props.classCode)
  return (
    <Layout
      title={`${props.result ? 'Your result: ' : ''}${quiz.title} — Civic Quiz`}
      description={`A ${quiz.questions.length}-question civics quiz on “${quiz.source.title}”. Every answer cites the article.`}
      scripts={['quiz.js']}
      head={
        <link
          rel="alternate"
          type="application/json+oembed"
          href={oembedLinkHref(props.origin, pageUrl)}
          title={`${quiz.title} — Civic Quiz`}
        />
      }
    >
      <h1>{quiz.title}</h1>
      <SourceLine source={quiz.source} />
      {props.classCode !== '' && <p class="muted">Class: {props.classCode}</p>}
      {quiz.article !== undefined && <ArticleText text={quiz.article} />}
      <QuizSection
        state={props}
        action={`/quiz/${encodeURIComponent(quiz.id)}`}
        again={pageUrl.slice(props.origin.length)}
      />
    </Layout>
  )
}
