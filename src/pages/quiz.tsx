import type { AttemptResult, GivenAnswer, PublicQuiz } from '../schema'
import { QuizForm } from './components/quiz-form'
import { Layout } from './layout'

export interface QuizPageProps {
  quiz: PublicQuiz
  origin: string
  classCode: string
  /** Set when `?class=` held something that is not a class code. */
  badClass?: boolean
  attemptId: string
  name?: string
  answers?: Record<string, GivenAnswer>
  result?: AttemptResult | null
  error?: string
  confirmBlank?: boolean
}

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

/** The address where a student finds an attempt again (and its answers, once released). */
export function resultPath(quizId: string, attemptId: string, classCode: string): string {
  return `/quiz/${encodeURIComponent(quizId)}/result/${encodeURIComponent(attemptId)}${classCode === '' ? '' : `?class=${encodeURIComponent(classCode)}`}`
}

function sourceLine(quiz: PublicQuiz) {
  const { source } = quiz
  return (
    <p class="source">
      From{' '}
      {source.url !== undefined ? (
        <a href={source.url} rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {source.publisher !== undefined && <> ({source.publisher})</>},{' '}
      <time datetime={source.date}>{source.date}</time>
    </p>
  )
}

/** /quiz/:id — the quiz for a student; after a no-JS POST, the same page with the result. */
export function QuizPage(props: QuizPageProps) {
  const { quiz } = props
  const pageUrl = `${props.origin}/quiz/${encodeURIComponent(quiz.id)}`
  const oembed = `${props.origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`
  return (
    <Layout
      title={`${props.result ? 'Your result: ' : ''}${quiz.title} — Civic Quiz`}
      description={`A ${quiz.questions.length}-question civics quiz on “${quiz.source.title}”. Every answer cites the article.`}
      scripts={['quiz.js']}
      head={
        <link
          rel="alternate"
          type="application/json+oembed"
          href={oembed}
          title={`${quiz.title} — Civic Quiz`}
        />
      }
    >
      <h1>{quiz.title}</h1>
      {sourceLine(quiz)}
      {props.classCode !== '' && <p class="muted">Class: {props.classCode}</p>}
      {props.badClass === true && (
        <p class="error">
          The class code in this link is not valid, so your answers will not reach a class. Ask your teacher
          for the link again.
        </p>
      )}
      {quiz.article !== undefined && <ArticleText text={quiz.article} />}
      <QuizForm
        quiz={quiz}
        action={`/quiz/${encodeURIComponent(quiz.id)}`}
        classCode={props.classCode}
        attemptId={props.attemptId}
        name={props.name}
        answers={props.answers}
        result={props.result}
        error={props.error}
        confirmBlank={props.confirmBlank}
      />
      {props.result?.withheld === 'after-release' && (
        <p>
          Your link to the answers:{' '}
          <a href={resultPath(quiz.id, props.result.attemptId, props.result.class)} data-result-link>
            your result and, once released, the answers
          </a>
        </p>
      )}
      {props.result && quiz.settings.attempts === 'unlimited' && (
        <p>
          <a
            href={`/quiz/${encodeURIComponent(quiz.id)}${props.classCode === '' ? '' : `?class=${encodeURIComponent(props.classCode)}`}`}
          >
            Take the quiz again
          </a>
        </p>
      )}
    </Layout>
  )
}
