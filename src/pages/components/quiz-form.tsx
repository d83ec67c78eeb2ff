/**
 * The quiz as a form, with the same accessible structure wherever a student meets it (the quiz page
 * and the embed page): a fieldset and legend per question, labelled radios or a labelled text box,
 * a "Check answers" button, the score in a role="status" region, and feedback under each question.
 * Works without JavaScript (a POST to `action`); /static/quiz.js enhances every
 * `form[data-civic-quiz]` to post JSON to the API and fill in the same feedback in place.
 */
import type { AttemptResult, GivenAnswer, PublicQuestion, PublicQuiz } from '../../schema'
import { choiceField, typedField } from '../../shared/attempt-form'
import { type Feedback, feedbackFor, scoreText, WITHHELD_TEXT } from '../../shared/feedback'
import type { QuizPageState } from '../quiz-page-routes'

export interface QuizFormProps {
  quiz: PublicQuiz
  /** Where the form posts without JavaScript (e.g. `/quiz/ID`). */
  action: string
  /** A valid class code, or '' for none. */
  classCode?: string
  /** Server-made id for the no-JS POST, so a reload or double submit stores the attempt once. */
  attemptId?: string
  /** Origin of the JSON API for the browser script ('' = same origin). */
  apiBase?: string
  // The page state below may be passed through as undefined (the pages hold it as optional too).
  name?: string | undefined
  answers?: Record<string, GivenAnswer> | undefined
  /** The scored attempt, to show the result and feedback. */
  result?: AttemptResult | null | undefined
  /** A message to show in the alert region (e.g. the API's problem detail). */
  error?: string | undefined
  /** Set when the student was asked about blank answers: the next send goes through as it is. */
  confirmBlank?: boolean | undefined
}

/** The feedback under one question; src/client/quiz.ts builds the same elements. */
export function FeedbackView(props: { feedback: Feedback }) {
  const f = props.feedback
  return (
    <>
      <p class="verdict">{f.verdict}</p>
      {f.given !== null && (
        <p>
          Your answer: <span>{f.given}</span>
        </p>
      )}
      <p>
        The answer: <strong>{f.answer}</strong>
      </p>
      <p class="muted">From the article:</p>
      <blockquote class="evidence">
        {f.evidence.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}
      </blockquote>
    </>
  )
}

function QuestionView(props: {
  question: PublicQuestion
  index: number
  given: GivenAnswer | undefined
  feedback: Feedback | null
  locked: boolean
}) {
  const { question: q, index, given, feedback, locked } = props
  return (
    <fieldset id={`cq-${q.id}`}>
      <legend>
        {index + 1}. {q.prompt}
      </legend>
      {q.options !== undefined ? (
        q.options.map((option, i) => (
          <label class="option">
            <input
              type="radio"
              name={choiceField(q.id)}
              value={String(i)}
              checked={given === i}
              disabled={locked}
            />
            <span>{option}</span>
          </label>
        ))
      ) : (
        <>
          <label class="field" for={`cq-t-${q.id}`}>
            Your answer to question {index + 1}
          </label>
          <input
            type="text"
            id={`cq-t-${q.id}`}
            name={typedField(q.id)}
            maxlength={500}
            autocomplete="off"
            value={typeof given === 'string' ? given : undefined}
            disabled={locked}
          />
        </>
      )}
      <div
        id={`cq-fb-${q.id}`}
        class={feedback === null ? 'feedback' : `feedback ${feedback.correct ? 'right' : 'wrong'}`}
        data-feedback={q.id}
        hidden={feedback === null}
      >
        {feedback !== null && <FeedbackView feedback={feedback} />}
      </div>
    </fieldset>
  )
}

export function QuizForm(props: QuizFormProps) {
  const { quiz, result } = props
  const byQuestion = new Map((result?.results ?? []).map((r) => [r.question, r]))
  const onePerName = quiz.settings.attempts === 'one-per-name'
  // a scored attempt is final: its answers are shown, not changed and sent again; a partial one stays
  // open to be finished and checked again, unless the quiz takes one attempt per name or its key is
  // already shown (an after-release quiz, released)
  const locked =
    result !== undefined &&
    result !== null &&
    (result.complete !== false || onePerName || result.results.length > 0)
  return (
    <form
      class="quiz"
      method="post"
      action={`${props.action}#cq-score`}
      data-civic-quiz={quiz.id}
      data-api={props.apiBase ?? ''}
      data-attempts={quiz.settings.attempts}
    >
      <input type="hidden" name="attemptId" value={props.attemptId ?? ''} />
      <input type="hidden" name="version" value={String(quiz.version)} />
      {props.classCode !== undefined && props.classCode !== '' && (
        <input type="hidden" name="class" value={props.classCode} />
      )}
      <label class="field" for="cq-name">
        First name {onePerName ? '' : <span class="muted">(optional)</span>}
      </label>
      <input
        type="text"
        id="cq-name"
        name="name"
        maxlength={40}
        autocomplete="given-name"
        value={props.name ?? ''}
        required={onePerName}
        disabled={locked}
        aria-describedby="cq-name-hint"
      />
      <p class="hint" id="cq-name-hint">
        {onePerName
          ? 'This quiz takes one attempt per name. Only your teacher sees it.'
          : 'Leave it blank to stay anonymous. Only your teacher sees it.'}
      </p>
      {quiz.questions.map((q, index) => {
        const r = byQuestion.get(q.id)
        return (
          <QuestionView
            question={q}
            index={index}
            given={props.answers?.[q.id]}
            feedback={r === undefined ? null : feedbackFor(q.options, r)}
            locked={locked}
          />
        )
      })}
      {props.confirmBlank === true && <input type="hidden" name="confirmBlank" value="1" />}
      <div class="actions" data-submit hidden={locked}>
        <button type="submit">{props.confirmBlank === true ? 'Send anyway' : 'Check answers'}</button>
      </div>
      <p class="score" id="cq-score" role="status" data-score>
        {result ? scoreText(result) : ''}
      </p>
      <p class="hint" data-withheld>
        {result?.withheld === undefined ? '' : WITHHELD_TEXT[result.withheld]}
      </p>
      <p class="alert" role="alert" data-error>
        {props.error ?? ''}
      </p>
    </form>
  )
}

/** The address where a student finds an attempt again (and its answers, once released). */
export function resultPath(quizId: string, attemptId: string, classCode: string): string {
  return `/quiz/${encodeURIComponent(quizId)}/result/${encodeURIComponent(attemptId)}${classCode === '' ? '' : `?class=${encodeURIComponent(classCode)}`}`
}

/**
 * What the quiz page and the embed page both show of a quiz: a warning for a class code that is not
 * one, the form (posting to `action` without JavaScript), and after a result a link to take it again.
 */
export function QuizSection(props: { state: QuizPageState; action: string; again: string }) {
  const { state } = props
  return (
    <>
      {state.badClass === true && (
        <p class="error">
          The class code in this link is not valid, so your answers will not reach a class. Ask your teacher
          for the link again.
        </p>
      )}
      <QuizForm
        quiz={state.quiz}
        action={props.action}
        classCode={state.classCode}
        attemptId={state.attemptId}
        name={state.name}
        answers={state.answers}
        result={state.result}
        error={state.error}
        confirmBlank={state.confirmBlank}
      />
      {state.result?.withheld === 'after-release' && (
        <p>
          Your link to the answers:{' '}
          <a href={resultPath(state.quiz.id, state.result.attemptId, state.result.class)} data-result-link>
            your result and, once released, the answers
          </a>
        </p>
      )}
      {state.result && state.quiz.settings.attempts === 'unlimited' && (
        <p>
          <a href={props.again}>Take the quiz again</a>
        </p>
      )}
    </>
  )
}
