import type { Quiz } from '../schema'
import { shareLinks } from '../shared/snippets'
import { SourceLine } from './components/source-line'
import { Layout } from './layout'

export interface TeachPageProps {
  quiz: Quiz
  builtin: boolean
  origin: string
  classCode: string
}

function CopyField(props: {
  id: string
  label: string
  copy: string
  value: string
  hint?: string
  rows?: number
}) {
  return (
    <div class="copy-field">
      <label class="field" for={props.id}>
        {props.label}
      </label>
      <textarea id={props.id} class="snippet" readonly rows={props.rows ?? 3} data-snippet>
        {props.value}
      </textarea>
      {props.hint !== undefined && <p class="hint">{props.hint}</p>}
      <div class="actions">
        <button type="button" class="secondary" data-copy={props.id}>
          {props.copy}
        </button>
      </div>
    </div>
  )
}

/**
 * /teach/:id — the teacher view. The server renders what needs no token (the share kit); the
 * answers, the results and the CSV need the token from the URL fragment, so /static/teach.js loads them.
 */
export function TeachPage(props: TeachPageProps) {
  const { quiz, origin, classCode } = props
  const links = shareLinks({
    origin,
    quizId: quiz.id,
    title: quiz.title,
    questionCount: quiz.questions.length,
    classCode,
  })
  return (
    <Layout
      title={`Teacher view: ${quiz.title} — Civic Quiz`}
      description="Share a Civic Quiz with a class, embed it, and see the class's results question by question."
      scripts={['teach.js']}
    >
      <div
        id="teach"
        data-quiz={quiz.id}
        data-title={quiz.title}
        data-count={String(quiz.questions.length)}
        data-builtin={props.builtin ? 'true' : 'false'}
        data-origin={origin}
      >
        <h1>Teacher view: {quiz.title}</h1>
        <SourceLine source={quiz.source}>
          {' '}
          · <span data-question-count>{quiz.questions.length} questions</span>
        </SourceLine>
        {quiz.source.dateAssumed === true && (
          <p class="hint" data-date-note>
            No publication date was given, so dates such as “on Sunday” were read against{' '}
            <time datetime={quiz.source.date}>{quiz.source.date}</time>, the day this quiz was made. Check the
            “when” questions, or make the quiz again with the date.
          </p>
        )}
        {quiz.notes && quiz.notes.length > 0 && (
          <section id="notes-section" aria-labelledby="notes-h">
            <h2 id="notes-h">About this quiz</h2>
            <ul data-notes>
              {quiz.notes.map((n) => (
                <li>{n}</li>
              ))}
            </ul>
          </section>
        )}
        <noscript>
          <p class="error">
            The teacher view needs JavaScript: it reads your teacher token in this tab only.
          </p>
        </noscript>

        <section id="token-section" aria-labelledby="token-h">
          <h2 id="token-h">Open with your teacher token</h2>
          <form data-token-form>
            <label class="field" for="teacher-token">
              Teacher token
            </label>
            {/* no name: even a submit without JavaScript never puts the token in a URL */}
            <input type="password" id="teacher-token" autocomplete="off" required />
            <p class="hint">
              {props.builtin
                ? 'Built-in quizzes open with the site’s admin token.'
                : 'The token was in the link you got when you made the quiz. It is kept for this tab only.'}
            </p>
            <div class="actions">
              <button type="submit">Open the teacher view</button>
            </div>
            <p class="alert" role="alert" data-token-error />
          </form>
        </section>

        <section id="link-section" aria-labelledby="link-h" hidden>
          <h2 id="link-h">Your teacher link</h2>
          <p class="warning" id="teacher-link-warning">
            Keep this link: it is the only way back to this quiz, its results and its editor. Anyone who has
            it can see the results and change the quiz, so do not give it to students.
          </p>
          <CopyField
            id="teacher-link"
            label="Teacher link"
            copy="Copy teacher link"
            value=""
            rows={2}
            hint="This browser also keeps it under “Your quizzes” on the home page."
          />
          <p role="status" data-copy-status class="hint" />
        </section>

        <section id="results-section" aria-labelledby="results-h" hidden>
          <h2 id="results-h">Results</h2>
          <div class="row">
            <div>
              <label class="field" for="results-class">
                Show results of class <span class="muted">(blank: every class)</span>
              </label>
              <input
                type="text"
                id="results-class"
                value={classCode}
                maxlength={32}
                autocomplete="off"
                aria-describedby="results-class-hint"
              />
              <p class="hint" id="results-class-hint">
                Updates by itself every few seconds while this page is open.
              </p>
            </div>
          </div>
          <div class="actions">
            <button type="button" class="secondary" data-refresh>
              Refresh results
            </button>
            <button type="button" class="secondary" data-csv>
              Download CSV
            </button>
          </div>
          <p class="hint" data-updated />
          <div data-results />
          <p class="alert" role="alert" data-results-error />
        </section>

        <section aria-labelledby="share-h">
          <h2 id="share-h">Share with your class</h2>
          <label class="field" for="class-code">
            Class code <span class="muted">(optional)</span>
          </label>
          <input
            type="text"
            id="class-code"
            name="class"
            value={classCode}
            maxlength={32}
            aria-describedby="class-code-error class-code-hint"
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
          />
          <p class="alert" role="alert" id="class-code-error" data-class-error />
          <p class="hint" id="class-code-hint">
            Letters, digits, “-” or “_”, up to 32; capitals do not matter (“Period-3” is “period-3”). Students
            who use a link with a class code show up under it in the results below.
          </p>
          <CopyField
            id="student-link"
            label="Student link"
            copy="Copy student link"
            value={links.studentUrl}
            rows={2}
          />
          <p>
            <a href={links.studentUrl} data-student-link target="_blank" rel="noopener">
              Open the quiz as a student
            </a>
          </p>
          <CopyField
            id="widget-snippet"
            label="Widget snippet"
            copy="Copy widget snippet"
            value={links.widget}
            hint="For pages that allow scripts (WordPress, Canvas, Moodle): the quiz sits in the page and follows its font."
          />
          <CopyField
            id="iframe-snippet"
            label="Iframe snippet"
            copy="Copy iframe snippet"
            value={links.iframe}
            hint="For Google Sites, Notion and other hosts that only take an iframe."
          />
          <CopyField
            id="oembed-link"
            label="Link for oEmbed"
            copy="Copy oEmbed link"
            value={links.studentUrl}
            rows={2}
            hint="Paste the plain link into WordPress or another oEmbed host and it embeds the quiz."
          />
          <p role="status" data-copy-status class="hint" />
        </section>

        <section id="settings-section" aria-labelledby="settings-h" hidden>
          <h2 id="settings-h">Settings</h2>
          <form data-settings-form>
            <fieldset>
              <legend>After a student sends the answers</legend>
              <label class="option">
                <input type="radio" name="feedback" value="immediate" />
                <span>Show the score, the right answers and the article’s evidence at once</span>
              </label>
              <label class="option">
                <input type="radio" name="feedback" value="score-only" />
                <span>Show the score only (the answers never reach the student)</span>
              </label>
              <label class="option">
                <input type="radio" name="feedback" value="after-release" />
                <span>Show the score now, the answers when I release them</span>
              </label>
            </fieldset>
            <fieldset>
              <legend>Attempts</legend>
              <label class="option">
                <input type="radio" name="attempts" value="unlimited" />
                <span>As many as a student likes</span>
              </label>
              <label class="option">
                <input type="radio" name="attempts" value="one-per-name" />
                <span>One per first name in each class</span>
              </label>
            </fieldset>
            <label class="option">
              <input type="checkbox" name="showArticle" />
              <span>Show the article to students</span>
            </label>
            <div class="actions">
              <button type="submit">Save settings</button>
              <button type="button" class="secondary" data-release hidden>
                Release the answers
              </button>
            </div>
            <p role="status" class="hint" data-settings-status />
          </form>
        </section>

        <section id="questions-section" aria-labelledby="questions-h" hidden>
          <h2 id="questions-h">Questions and answers</h2>
          {props.builtin && (
            <form method="post" action={`/copy/${encodeURIComponent(quiz.id)}`} class="actions">
              <p class="hint">
                Built-in quizzes cannot be edited. Make a copy of your own, then edit the copy.
              </p>
              <button type="submit">Make a copy to edit</button>
            </form>
          )}
          <p class="hint" data-version />
          <p role="status" data-questions-status class="hint" />
          <div class="actions" data-editor-tools hidden>
            <button type="button" class="secondary" data-undo>
              Undo the last change
            </button>
          </div>
          <ol class="questions-list" data-questions />
          <div data-add-from-sentence hidden>
            <h3 id="add-h">Add a question from a sentence of the article</h3>
            <label class="field" for="add-sentence">
              Sentence
            </label>
            <select id="add-sentence" data-sentence />
            <div class="actions">
              <button type="button" class="secondary" data-find-candidates>
                Show its questions
              </button>
            </div>
            <ul class="candidates" data-candidates aria-labelledby="add-h" />
          </div>
        </section>
      </div>
    </Layout>
  )
}
