import type { Quiz } from '../schema'
import { SourceLine } from './components/source-line'
import { Layout } from './layout'

/** What the "Make a quiz" form holds, kept when generation fails. */
export interface MakeQuizValues {
  article?: string
  title?: string
  date?: string
  publisher?: string
  url?: string
}

export interface HomePageProps {
  quizzes: readonly Quiz[]
  values?: MakeQuizValues
  /** Why the last attempt to make a quiz failed (the API's problem detail). */
  error?: string
}

export function MakeQuizForm(props: { values?: MakeQuizValues; error?: string }) {
  const v = props.values ?? {}
  return (
    <form method="post" action="/new" data-make-quiz class="make">
      <label class="field" for="mq-url">
        Link to a news article
      </label>
      <input
        type="url"
        id="mq-url"
        name="url"
        maxlength={2000}
        value={v.url ?? ''}
        aria-describedby="mq-url-hint"
      />
      <p class="hint" id="mq-url-hint">
        Civic Quiz fetches the page and reads its headline, date, outlet and article text (English articles).
        Or paste the text instead:
      </p>
      <label class="field" for="mq-article">
        Article text
      </label>
      <textarea id="mq-article" name="article" aria-describedby="mq-article-hint">
        {v.article ?? ''}
      </textarea>
      <p class="hint" id="mq-article-hint">
        Paste the whole article (the link above then only credits it). Questions come only from what it says:
        who said what, dates, numbers and roles.
      </p>
      <div class="row">
        <div>
          <label class="field" for="mq-title">
            Title <span class="muted">(optional)</span>
          </label>
          <input type="text" id="mq-title" name="title" maxlength={300} value={v.title ?? ''} />
        </div>
        <div>
          <label class="field" for="mq-date">
            Date published <span class="muted">(optional)</span>
          </label>
          <input type="date" id="mq-date" name="date" value={v.date ?? ''} />
        </div>
        <div>
          <label class="field" for="mq-publisher">
            Publisher <span class="muted">(optional)</span>
          </label>
          <input type="text" id="mq-publisher" name="publisher" maxlength={200} value={v.publisher ?? ''} />
        </div>
      </div>
      <div class="actions">
        <button type="submit">Make the quiz</button>
      </div>
      <p class="alert" role="alert" data-error>
        {props.error ?? ''}
      </p>
      <section class="imported" data-imported hidden />
    </form>
  )
}

/** / — the built-in quizzes, and a form that makes a quiz from a pasted article. */
export function HomePage(props: HomePageProps) {
  return (
    <Layout
      title="Civic Quiz — a civics quiz from today's news"
      description="Turn a news article into a civics quiz whose every answer cites the article. Share it with a class, embed it, and see what the class got wrong."
      scripts={['home.js']}
    >
      <h1>Civic Quiz</h1>
      <p>A civics quiz from today's news. Every answer cites the sentence of the article it comes from.</p>
      <section id="your-quizzes" aria-labelledby="yours-h" hidden>
        <h2 id="yours-h" tabindex={-1}>
          Your quizzes
        </h2>
        <p class="hint">
          Kept in this browser only. Each link holds its quiz’s teacher token: it opens the results and the
          editor.
        </p>
        <ul class="catalogue" data-your-quizzes />
        <p role="status" class="hint" data-your-status />
      </section>
      <h2 id="catalogue">Quizzes</h2>
      <ul class="catalogue" aria-labelledby="catalogue">
        {props.quizzes.map((q) => (
          <li>
            <h3>{q.title}</h3>
            <SourceLine source={q.source} showTitle={q.source.title !== q.title}>
              {' '}
              · {q.questions.length} questions
            </SourceLine>
            <p class="actions">
              <a class="button" href={`/quiz/${encodeURIComponent(q.id)}`}>
                Take the quiz<span class="vh"> “{q.title}”</span>
              </a>
              <a class="button secondary" href={`/teach/${encodeURIComponent(q.id)}`}>
                Teacher view<span class="vh"> of “{q.title}”</span>
              </a>
            </p>
            <form method="post" action={`/copy/${encodeURIComponent(q.id)}`} class="actions">
              <button type="submit" class="secondary">
                Make a copy to edit<span class="vh"> “{q.title}”</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h2 id="make">Make a quiz from an article</h2>
      <MakeQuizForm
        {...(props.values === undefined ? {} : { values: props.values })}
        {...(props.error === undefined ? {} : { error: props.error })}
      />
    </Layout>
  )
}
