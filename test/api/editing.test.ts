import { describe, expect, it } from 'vitest'
import {
  type AttemptResult,
  type ClassResults,
  createQuizResponseSchema,
  type EditView,
  editViewSchema,
  publicQuizSchema,
  type Question,
  type Quiz,
} from '../../src/schema'
import { COUNCIL_ARTICLE } from '../fixtures/passages'
import { ADMIN, bankQuizzes, call, expectProblem, postJson, rightAnswers, sampleQuiz } from '../helpers'

let ip = 0
async function makeQuiz() {
  ip++
  const res = await postJson(
    '/api/quizzes',
    { article: COUNCIL_ARTICLE, title: 'Riverton approves bridge repairs' },
    { 'cf-connecting-ip': `198.51.100.${ip}` },
  )
  expect(res.status).toBe(201)
  return createQuizResponseSchema.parse(await res.json())
}

function teacher(token: string, init: RequestInit & { json?: unknown; version?: number } = {}): RequestInit {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (init.version !== undefined) headers['if-match'] = `"v${init.version}"`
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  return {
    method: init.method ?? 'GET',
    headers,
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  }
}

/** POST /api/quizzes/:id/questions (swap in an alternate, a sentence's question, or the teacher's own). */
function addTo(
  made: { id: string; teacherToken: string },
  json: unknown,
  version: number,
): Promise<Response> {
  return call(
    `/api/quizzes/${made.id}/questions`,
    teacher(made.teacherToken, { method: 'POST', json, version }),
  )
}

async function editView(id: string, token: string): Promise<EditView> {
  const res = await call(`/api/quizzes/${id}/edit`, teacher(token))
  expect(res.status).toBe(200)
  const view = editViewSchema.parse(await res.json())
  expect(res.headers.get('etag')).toBe(`"v${view.version}"`)
  return view
}

function firstChoice(quiz: Quiz): Question {
  const q = quiz.questions.find((x) => x.options !== undefined && x.type !== 'true-false')
  if (q === undefined) throw new Error('expected a choice question')
  return q
}

describe('GET /api/quizzes/:id/edit', () => {
  it('gives the teacher the version, the quiz with answers, the ranked alternates, the settings and the article', async () => {
    const made = await makeQuiz()
    const view = await editView(made.id, made.teacherToken)
    expect(view.version).toBe(1)
    expect(view.quiz).toEqual(made.quiz)
    // the council passage holds 9 fair alternates under the quiz rules (future claims and background dates are not asked)
    expect(view.alternates.length).toBeGreaterThanOrEqual(8)
    for (const q of view.alternates)
      expect(COUNCIL_ARTICLE.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text)
    expect(view.settings).toEqual({ feedback: 'immediate', attempts: 'unlimited', showArticle: false })
    expect(view.editable).toBe(true)
    expect(view.article?.text).toBe(COUNCIL_ARTICLE)
    expect(view.article?.sentences.length).toBeGreaterThan(5)
  })

  it('needs the token; a built-in quiz is shown read-only', async () => {
    const made = await makeQuiz()
    await expectProblem(await call(`/api/quizzes/${made.id}/edit`), 401)
    const builtin = await editView(sampleQuiz().id, ADMIN)
    expect(builtin.editable).toBe(false)
    expect(builtin.version).toBe(1)
  })
})

describe('editing makes versions', () => {
  it('edits a question: a new version, the question marked edited under a new id; the old version still scores', async () => {
    const made = await makeQuiz()
    const q = firstChoice(made.quiz)
    const options = [...(q.options ?? [])]
    options[0] = `${options[0]} (edited)`
    const edited = { ...q, prompt: `${q.prompt} (reworded)`, options, explanation: 'Said in the article.' }
    const res = await call(
      `/api/quizzes/${made.id}/questions/${q.id}`,
      teacher(made.teacherToken, { method: 'PUT', json: edited, version: 1 }),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe('"v2"')
    const body = (await res.json()) as { version: number; quiz: Quiz }
    expect(body.version).toBe(2)
    const index = made.quiz.questions.findIndex((x) => x.id === q.id)
    const now = body.quiz.questions[index]
    expect(now?.prompt).toBe(edited.prompt)
    expect(now?.edited).toBe(true)
    expect(now?.id).not.toBe(q.id)

    const pub = publicQuizSchema.parse(await (await call(`/api/quizzes/${made.id}`)).json())
    expect(pub.version).toBe(2)
    expect(pub.questions[index]?.prompt).toBe(edited.prompt)

    // a student who loaded version 1 answers it and is scored on it; a new student gets version 2
    const old = await postJson(`/api/quizzes/${made.id}/attempts`, {
      class: 'v',
      name: 'Old',
      version: 1,
      answers: rightAnswers(made.quiz),
    })
    expect(old.status).toBe(201)
    expect(await old.json()).toMatchObject({ version: 1, score: made.quiz.questions.length })
    const fresh = await postJson(`/api/quizzes/${made.id}/attempts`, {
      class: 'v',
      name: 'New',
      version: 2,
      answers: rightAnswers(body.quiz),
    })
    expect(await fresh.json()).toMatchObject({ version: 2, score: body.quiz.questions.length })
    await expectProblem(await postJson(`/api/quizzes/${made.id}/attempts`, { version: 9, answers: {} }), 422)

    const results = (await (
      await call(`/api/quizzes/${made.id}/results?class=v`, teacher(made.teacherToken))
    ).json()) as ClassResults
    expect(results.version).toBe(2)
    expect(results.recent.map((r) => [r.name, r.version]).sort()).toEqual([
      ['New', 2],
      ['Old', 1],
    ])
    // the question as first asked and as edited each keep their own figures
    const before = results.questions.find((s) => s.question === q.id)
    const after = results.questions.find((s) => s.question === now?.id)
    expect(before).toMatchObject({ current: false, answered: 1, correct: 1 })
    expect(after).toMatchObject({ current: true, answered: 1, correct: 1 })

    const csv = await (
      await call(`/api/quizzes/${made.id}/results.csv?class=v`, teacher(made.teacherToken))
    ).text()
    const [header, key, ...rows] = csv.trim().split('\r\n')
    expect(header).toMatch(/^time,name,class,version,score,total,/)
    expect(header).toContain('Q1 right')
    expect(key).toMatch(/^answer key,,,2,,,/)
    expect(rows).toHaveLength(2)
  })

  it('refuses a stale If-Match with 412 and the current version; no If-Match is 428', async () => {
    const made = await makeQuiz()
    const [a, b] = made.quiz.questions
    if (a === undefined || b === undefined) throw new Error('two questions')
    const first = await call(
      `/api/quizzes/${made.id}/questions/${a.id}`,
      teacher(made.teacherToken, { method: 'DELETE', version: 1 }),
    )
    expect(first.status).toBe(200)
    const stale = await call(
      `/api/quizzes/${made.id}/questions/${b.id}`,
      teacher(made.teacherToken, { method: 'DELETE', version: 1 }),
    )
    const problem = await expectProblem(stale, 412)
    expect(problem.detail).toMatch(/version 2/)
    expect(stale.headers.get('etag')).toBe('"v2"')
    await expectProblem(
      await call(
        `/api/quizzes/${made.id}/questions/${b.id}`,
        teacher(made.teacherToken, { method: 'DELETE' }),
      ),
      428,
    )
  })

  it('of two concurrent edits of one version, one is saved and the other gets 412', async () => {
    const made = await makeQuiz()
    const [a, b] = made.quiz.questions
    if (a === undefined || b === undefined) throw new Error('two questions')
    const order = made.quiz.questions.map((q) => q.id).reverse()
    const responses = await Promise.all([
      call(
        `/api/quizzes/${made.id}/order`,
        teacher(made.teacherToken, { method: 'PUT', json: { order }, version: 1 }),
      ),
      call(
        `/api/quizzes/${made.id}/questions/${b.id}`,
        teacher(made.teacherToken, { method: 'DELETE', version: 1 }),
      ),
    ])
    expect(responses.map((r) => r.status).sort()).toEqual([200, 412])
    const view = await editView(made.id, made.teacherToken)
    expect(view.version).toBe(2)
  })

  it('swaps a question for a ranked alternate, adds one from a sentence, reorders, removes and undoes', async () => {
    const made = await makeQuiz()
    const view = await editView(made.id, made.teacherToken)
    const out = view.quiz.questions[0]
    const alt = view.alternates[0]
    if (out === undefined || alt === undefined) throw new Error('expected questions')
    // swap
    const swap = await addTo(made, { alternate: alt.id, replace: out.id }, 1)
    expect(swap.status).toBe(201)
    const swapped = (await swap.json()) as { version: number; quiz: Quiz; question: Question }
    expect(swapped.quiz.questions[0]?.id).toBe(alt.id)
    const v2 = await editView(made.id, made.teacherToken)
    expect(v2.alternates[0]?.id).toBe(out.id)

    // the candidate questions of a sentence the teacher picks (one whose facts the quiz does not ask
    // yet: its count of votes against is left out, as the quiz asks the vote), then one of them added
    const sentence = view.article?.sentences.find((s) =>
      COUNCIL_ARTICLE.slice(s.start, s.end).includes('one of the two votes against'),
    )
    if (sentence === undefined) throw new Error('expected the sentence')
    const cands = await call(
      `/api/quizzes/${made.id}/candidates?start=${sentence.start}&end=${sentence.end}`,
      teacher(made.teacherToken),
    )
    const offered = ((await cands.json()) as { questions: Question[] }).questions
    expect(offered.length).toBeGreaterThan(0)
    for (const q of offered) {
      expect(q.evidence.start).toBeLessThan(sentence.end)
      expect(q.evidence.end).toBeGreaterThan(sentence.start)
    }
    const type = offered[0]?.type
    const add = await addTo(made, { sentence, type }, 2)
    expect(add.status).toBe(201)
    const added = (await add.json()) as { version: number; quiz: Quiz; question: Question }
    expect(added.version).toBe(3)
    expect(added.question.type).toBe(type)
    expect(COUNCIL_ARTICLE.slice(added.question.evidence.start, added.question.evidence.end)).toBe(
      added.question.evidence.text,
    )
    expect(added.quiz.questions.at(-1)?.id).toBe(added.question.id)

    // reorder
    const order = added.quiz.questions.map((q) => q.id).reverse()
    const re = await call(
      `/api/quizzes/${made.id}/order`,
      teacher(made.teacherToken, { method: 'PUT', json: { order }, version: 3 }),
    )
    expect(re.status).toBe(200)
    expect(((await re.json()) as { quiz: Quiz }).quiz.questions.map((q) => q.id)).toEqual(order)
    await expectProblem(
      await call(
        `/api/quizzes/${made.id}/order`,
        teacher(made.teacherToken, { method: 'PUT', json: { order: order.slice(1) }, version: 4 }),
      ),
      422,
    )

    // undo the reorder: version 5 holds version 3's order
    const undo = await call(
      `/api/quizzes/${made.id}/undo`,
      teacher(made.teacherToken, { method: 'POST', version: 4 }),
    )
    expect(undo.status).toBe(200)
    const undone = (await undo.json()) as { version: number; quiz: Quiz }
    expect(undone.version).toBe(5)
    expect(undone.quiz.questions.map((q) => q.id)).toEqual(added.quiz.questions.map((q) => q.id))
  })

  it('keeps evidence a span of the article and validates an edited question inline (422 with paths)', async () => {
    const made = await makeQuiz()
    const q = firstChoice(made.quiz)
    const moved = { ...q, evidence: { ...q.evidence, text: 'Words the article never says.' } }
    const bad = await expectProblem(
      await call(
        `/api/quizzes/${made.id}/questions/${q.id}`,
        teacher(made.teacherToken, { method: 'PUT', json: moved, version: 1 }),
      ),
      422,
    )
    expect(bad.errors?.[0]?.path).toEqual(['evidence'])
    const outOfRange = await expectProblem(
      await call(
        `/api/quizzes/${made.id}/questions/${q.id}`,
        teacher(made.teacherToken, { method: 'PUT', json: { ...q, answer: 9 }, version: 1 }),
      ),
      422,
    )
    expect(outOfRange.errors?.[0]?.path).toEqual(['answer'])
    await expectProblem(
      await call(
        `/api/quizzes/${made.id}/questions/q-nope`,
        teacher(made.teacherToken, { method: 'PUT', json: q, version: 1 }),
      ),
      404,
    )
    expect((await editView(made.id, made.teacherToken)).version).toBe(1)
  })

  it('refuses to edit a built-in quiz (403) and copies it into a quiz of the teacher’s own', async () => {
    const builtin = sampleQuiz()
    await expectProblem(
      await call(
        `/api/quizzes/${builtin.id}/order`,
        teacher(ADMIN, { method: 'PUT', json: { order: builtin.questions.map((q) => q.id) }, version: 1 }),
      ),
      403,
    )
    const copy = await call(`/api/quizzes/${builtin.id}/copy`, {
      method: 'POST',
      headers: { 'cf-connecting-ip': '203.0.113.9' },
    })
    expect(copy.status).toBe(201)
    const made = createQuizResponseSchema.parse(await copy.json())
    expect(made.id).not.toBe(builtin.id)
    expect(made.quiz.questions).toEqual(builtin.questions)
    const view = await editView(made.id, made.teacherToken)
    expect(view.editable).toBe(true)
    // a run-time quiz's copy holds its answers: it needs that quiz's token
    await expectProblem(
      await call(`/api/quizzes/${made.id}/copy`, {
        method: 'POST',
        headers: { 'cf-connecting-ip': '203.0.113.9' },
      }),
      401,
    )
    const again = await call(`/api/quizzes/${made.id}/copy`, {
      method: 'POST',
      headers: { authorization: `Bearer ${made.teacherToken}`, 'cf-connecting-ip': '203.0.113.9' },
    })
    expect(again.status).toBe(201)
  })
})

describe('a copy of a built-in quiz', () => {
  it.each([...bankQuizzes().values()].map((q, i) => [q.id, q, i] as const))(
    '%s: the copy keeps its article and alternates, swaps a question and adds one from a sentence',
    async (_id, builtin, i) => {
      const copy = await call(`/api/quizzes/${builtin.id}/copy`, {
        method: 'POST',
        headers: { 'cf-connecting-ip': `203.0.113.${100 + i}` },
      })
      expect(copy.status).toBe(201)
      const made = createQuizResponseSchema.parse(await copy.json())
      const view = await editView(made.id, made.teacherToken)
      const article = view.article?.text
      if (article === undefined) throw new Error('the copy should keep the built-in article')
      // every question and alternate cites the article at its offsets
      for (const q of [...view.quiz.questions, ...view.alternates])
        expect(article.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text)
      // (at least 3: unfair candidates — quote completions, fragments, weekday dates — are no alternates)
      expect(view.alternates.length).toBeGreaterThanOrEqual(3)

      // swap the first question for the best alternate
      const out = view.quiz.questions[0]
      const alt = view.alternates[0]
      if (out === undefined || alt === undefined) throw new Error('expected questions and alternates')
      const swap = await addTo(made, { alternate: alt.id, replace: out.id }, 1)
      expect(swap.status).toBe(201)
      const swapped = (await swap.json()) as { version: number; quiz: Quiz }
      expect(swapped.version).toBe(2)
      expect(swapped.quiz.questions[0]?.id).toBe(alt.id)

      // a sentence's candidates leave out what the quiz already asks (the copy keeps the id salt)
      const asked = new Set(
        swapped.quiz.questions.map((q) => `${q.type}|${q.evidence.start}|${q.evidence.end}`),
      )
      let picked: { sentence: { start: number; end: number }; question: Question } | undefined
      for (const sentence of view.article?.sentences ?? []) {
        const cands = await call(
          `/api/quizzes/${made.id}/candidates?start=${sentence.start}&end=${sentence.end}`,
          teacher(made.teacherToken),
        )
        expect(cands.status).toBe(200)
        const offered = ((await cands.json()) as { questions: Question[] }).questions
        for (const q of offered)
          expect(asked.has(`${q.type}|${q.evidence.start}|${q.evidence.end}`)).toBe(false)
        const first = offered[0]
        if (first !== undefined && picked === undefined) picked = { sentence, question: first }
      }
      if (picked === undefined) throw new Error('expected a sentence with a question')
      const add = await addTo(made, { sentence: picked.sentence, type: picked.question.type }, 2)
      expect(add.status).toBe(201)
      const added = (await add.json()) as { version: number; quiz: Quiz; question: Question }
      expect(added.version).toBe(3)
      expect(added.question.id).toBe(picked.question.id)
      expect(added.quiz.questions.at(-1)?.id).toBe(added.question.id)
      expect(article.slice(added.question.evidence.start, added.question.evidence.end)).toBe(
        added.question.evidence.text,
      )
      // a student takes the edited copy and is scored on it
      const attempt = await postJson(`/api/quizzes/${made.id}/attempts`, {
        answers: rightAnswers(added.quiz),
      })
      expect(attempt.status).toBe(201)
      expect(((await attempt.json()) as AttemptResult).score).toBe(added.quiz.questions.length)
    },
  )
})

describe('settings', () => {
  async function setSettings(made: { id: string; teacherToken: string }, settings: unknown) {
    return call(
      `/api/quizzes/${made.id}/settings`,
      teacher(made.teacherToken, { method: 'PUT', json: settings }),
    )
  }

  it('score-only: the student gets the score, never the key, explanation or evidence', async () => {
    const made = await makeQuiz()
    const res = await setSettings(made, { feedback: 'score-only', attempts: 'unlimited', showArticle: false })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      settings: { feedback: 'score-only', attempts: 'unlimited', showArticle: false },
    })
    const pub = publicQuizSchema.parse(await (await call(`/api/quizzes/${made.id}`)).json())
    expect(pub.settings.feedback).toBe('score-only')
    const attempt = await postJson(`/api/quizzes/${made.id}/attempts`, { answers: rightAnswers(made.quiz) })
    const text = await attempt.text()
    const result = JSON.parse(text) as AttemptResult
    expect(result.score).toBe(made.quiz.questions.length)
    expect(result.results).toEqual([])
    expect(result.withheld).toBe('score-only')
    for (const q of made.quiz.questions) expect(text).not.toContain(q.evidence.text)
    const replay = await postJson(`/api/quizzes/${made.id}/attempts`, {
      attemptId: result.attemptId,
      answers: rightAnswers(made.quiz),
    })
    expect(((await replay.json()) as AttemptResult).results).toEqual([])
  })

  it('after-release: the key reaches the student’s kept link only once the teacher releases it', async () => {
    const made = await makeQuiz()
    await setSettings(made, { feedback: 'after-release', attempts: 'unlimited', showArticle: false })
    const attempt = (await (
      await postJson(`/api/quizzes/${made.id}/attempts`, { class: 'r', answers: rightAnswers(made.quiz) })
    ).json()) as AttemptResult
    expect(attempt.withheld).toBe('after-release')
    const link = `/api/quizzes/${made.id}/attempts/${attempt.attemptId}?class=r`
    expect(((await (await call(link)).json()) as AttemptResult).results).toEqual([])
    await expectProblem(await call(`/api/quizzes/${made.id}/release`, { method: 'POST' }), 401)
    const release = await call(
      `/api/quizzes/${made.id}/release`,
      teacher(made.teacherToken, { method: 'POST' }),
    )
    expect(release.status).toBe(200)
    const shown = (await (await call(link)).json()) as AttemptResult
    expect(shown.results).toHaveLength(made.quiz.questions.length)
    expect(shown.withheld).toBeUndefined()
    await expectProblem(await call(`/api/quizzes/${made.id}/attempts/${crypto.randomUUID()}?class=r`), 404)
  })

  it('after-release: a partly blank attempt gets, once released, the key of every question with its blanks marked unanswered', async () => {
    const made = await makeQuiz()
    await setSettings(made, { feedback: 'after-release', attempts: 'unlimited', showArticle: false })
    const [first, second, ...blank] = made.quiz.questions
    if (first === undefined || second === undefined || blank.length === 0)
      throw new Error('expected questions')
    const right = rightAnswers(made.quiz)
    const given = { [first.id]: right[first.id] ?? 0, [second.id]: right[second.id] ?? 0 }
    const sent = await postJson(`/api/quizzes/${made.id}/attempts`, {
      class: 'b',
      name: 'Ben',
      answers: given,
    })
    expect(sent.status).toBe(201)
    const attempt = (await sent.json()) as AttemptResult
    expect(attempt).toMatchObject({ score: 2, complete: false, results: [], withheld: 'after-release' })
    const link = `/api/quizzes/${made.id}/attempts/${attempt.attemptId}?class=b`
    const before = await (await call(link)).text()
    for (const q of made.quiz.questions) expect(before).not.toContain(q.evidence.text)

    await call(`/api/quizzes/${made.id}/release`, teacher(made.teacherToken, { method: 'POST' }))
    const shown = (await (await call(link)).json()) as AttemptResult
    expect(shown.withheld).toBeUndefined()
    expect(shown.complete).toBe(false)
    // the key of every question, in the quiz's order: the two answered right, the blanks unanswered
    expect(shown.results.map((r) => r.question)).toEqual(made.quiz.questions.map((q) => q.id))
    for (const r of shown.results) {
      const q = made.quiz.questions.find((x) => x.id === r.question)
      expect(r.answer).toEqual(q?.options === undefined ? q?.accept?.[0] : q.answer)
      expect(r.evidence).toEqual(q?.evidence)
    }
    expect(shown.results.filter((r) => r.given === null).map((r) => r.question)).toEqual(
      blank.map((q) => q.id),
    )
    expect(shown.results.filter((r) => r.correct).map((r) => r.question)).toEqual([first.id, second.id])

    // the kept link's page shows the same: every question's answer, each blank one "Not answered."
    const page = await call(`/quiz/${made.id}/result/${attempt.attemptId}?class=b`)
    expect(page.status).toBe(200)
    const html = await page.text()
    const n = made.quiz.questions.length
    expect(html).toContain(
      `You scored 2 out of ${n}. ${blank.length} of ${n} ${blank.length === 1 ? 'question was' : 'questions were'} not answered`,
    )
    expect(html.split('<p class="verdict">Not answered.</p>').length - 1).toBe(blank.length)
    expect(html.split('<p class="verdict">Right.</p>').length - 1).toBe(2)
    expect(html.split('<p class="muted">From the article:</p>').length - 1).toBe(n)
    // the attempt is over: its answers are shown, not open to be changed and sent again
    expect(html).toMatch(/<div class="actions" data-submit[^>]*\shidden/)
  })

  it('immediate: a partly blank attempt gets its score alone, the key held back until it is finished', async () => {
    const made = await makeQuiz()
    const first = made.quiz.questions[0]
    if (first === undefined) throw new Error('expected a question')
    const answers = { [first.id]: rightAnswers(made.quiz)[first.id] ?? 0 }
    const res = await postJson(`/api/quizzes/${made.id}/attempts`, { class: 'c', answers })
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({ score: 1, complete: false, results: [] })
    for (const q of made.quiz.questions) expect(text).not.toContain(q.evidence.text)
    const { attemptId } = JSON.parse(text) as AttemptResult
    const kept = await (await call(`/api/quizzes/${made.id}/attempts/${attemptId}?class=c`)).text()
    for (const q of made.quiz.questions) expect(kept).not.toContain(q.evidence.text)
    const replay = await (
      await postJson(`/api/quizzes/${made.id}/attempts`, { class: 'c', attemptId, answers })
    ).text()
    for (const q of made.quiz.questions) expect(replay).not.toContain(q.evidence.text)
  })

  it('one-per-name: a second attempt under the same name and class is refused with a clear 409', async () => {
    const made = await makeQuiz()
    await setSettings(made, { feedback: 'immediate', attempts: 'one-per-name', showArticle: false })
    const first = await postJson(`/api/quizzes/${made.id}/attempts`, {
      class: 'p1',
      name: 'Ana',
      answers: {},
    })
    expect(first.status).toBe(201)
    const { attemptId } = (await first.json()) as AttemptResult
    // the same attempt sent again is a replay, not a second attempt
    const replay = await postJson(`/api/quizzes/${made.id}/attempts`, {
      attemptId,
      class: 'p1',
      name: 'Ana',
      answers: {},
    })
    expect(replay.status).toBe(200)
    const second = await expectProblem(
      await postJson(`/api/quizzes/${made.id}/attempts`, {
        class: 'p1',
        name: ' ana ',
        answers: rightAnswers(made.quiz),
      }),
      409,
    )
    expect(second.detail).toMatch(/already taken this quiz in class p1/)
    // another class, or another name, is another student
    expect(
      (await postJson(`/api/quizzes/${made.id}/attempts`, { class: 'p2', name: 'Ana', answers: {} })).status,
    ).toBe(201)
    const nameless = await expectProblem(
      await postJson(`/api/quizzes/${made.id}/attempts`, { answers: {} }),
      422,
    )
    expect(nameless.errors?.[0]?.path).toEqual(['name'])
  })

  it('showArticle sends the article text with the public quiz; bad settings are 422', async () => {
    const made = await makeQuiz()
    expect(
      publicQuizSchema.parse(await (await call(`/api/quizzes/${made.id}`)).json()).article,
    ).toBeUndefined()
    await setSettings(made, { feedback: 'immediate', attempts: 'unlimited', showArticle: true })
    const pub = publicQuizSchema.parse(await (await call(`/api/quizzes/${made.id}`)).json())
    expect(pub.article).toBe(COUNCIL_ARTICLE)
    await expectProblem(
      await setSettings(made, { feedback: 'never', attempts: 'unlimited', showArticle: true }),
      422,
    )
    await expectProblem(
      await call(
        `/api/quizzes/${sampleQuiz().id}/settings`,
        teacher(ADMIN, {
          method: 'PUT',
          json: { feedback: 'immediate', attempts: 'unlimited', showArticle: true },
        }),
      ),
      403,
    )
  })
})
