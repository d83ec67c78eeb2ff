/**
 * The quiz as a form, with the same accessible structure wherever a student meets it (the quiz page
 * and the embed page): a fieldset and legend per question, labelled radios or a labelled text box,
 * a "Check answers" button, the score in a role="status" region, and feedback under each question.
 * Works without JavaScript (a POST to `action`); /static/quiz.js enhances every
 * `form[data-civic-quiz]` to post JSON to the API and fill in the same feedback in place.
 */
import type { AttemptResult, GivenAnswer, PublicQuestion, PublicQuiz } from '../../schema'
import { choiceField, typedField } from '../../shared/attempt-form'
import { type Feedback, feedbackFor, scoreText } from '../../shared/feedback'
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
}) {
  const { question: q, index, given, feedback } = props
  return (
    <fieldset id={`cq-${q.id}`}>
      <legend>
        {index + 1}. {q.prompt}
      </legend>
      {q.options !== undefined ? (
        q.options.map((option, i) => (
          <label class="option">
            <input type="radio" name={choiceField(q.id)} value={String(i)} checked={given === i} />
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
  return (
    <form
      class="quiz"
      method="post"
      action={`${props.action}#cq-score`}
      data-civic-quiz={quiz.id}
      data-api={props.apiBase ?? ''}
    >
      <input type="hidden" name="attemptId" value={props.attemptId ?? ''} />
      {props.classCode !== undefined && props.classCode !== '' && (
        <input type="hidden" name="class" value={props.classCode} />
      )}
      <label class="field" for="cq-name">
        First name <span class="muted">(optional)</span>
      </label>
      <input
        type="text"
        id="cq-name"
        name="name"
        maxlength={40}
        autocomplete="given-name"
        value={props.name ?? ''}
      />
      <p class="hint">Leave it blank to stay anonymous. Only your teacher sees it.</p>
      {quiz.questions.map((q, index) => {
        const r = byQuestion.get(q.id)
        return (
          <QuestionView
            question={q}
            index={index}
            given={props.answers?.[q.id]}
            feedback={r === undefined ? null : feedbackFor(q.options, r)}
          />
        )
      })}
      <div class="actions">
        <button type="submit">Check answers</button>
      </div>
      <p class="score" id="cq-score" role="status" data-score>
        {result ? scoreText(result) : ''}
      </p>
      <p class="alert" role="alert" data-error>
        {props.error ?? ''}
      </p>
    </form>
  )
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
      />
      {state.result && (
        <p>
          <a href={props.again}>Take the quiz again</a>
        </p>
      )}
    </>
  )
}
