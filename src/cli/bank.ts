/**
 * `npm run bank`: regenerates every quiz listed in questions/manifest.json from its article, with the
 * options recorded there, so the committed bank always equals what the generator makes now.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { generateQuiz } from '../quiz/index'

export const bankManifestSchema = z.object({
  quizzes: z.array(
    z.object({
      /** The quiz file under questions/. */
      file: z.string().regex(/^[a-z0-9-]+\.json$/),
      /** The article, relative to the repository root. */
      article: z.string().min(1),
      options: z
        .object({
          title: z.string().optional(),
          date: z.string().optional(),
          publisher: z.string().optional(),
          url: z.string().optional(),
          license: z.string().optional(),
          seed: z.string().optional(),
          count: z.number().optional(),
        })
        .strict(),
    }),
  ),
})
export type BankManifest = z.infer<typeof bankManifestSchema>

/** The JSON text of a bank entry's quiz, exactly as it is written to questions/. */
export function bankEntryJson(root: URL, entry: BankManifest['quizzes'][number]): string {
  const article = readFileSync(new URL(entry.article, root), 'utf8')
  const options = Object.fromEntries(Object.entries(entry.options).filter(([, v]) => v !== undefined))
  return `${JSON.stringify(generateQuiz(article, options), null, 2)}\n`
}

export function readManifest(root: URL): BankManifest {
  return bankManifestSchema.parse(JSON.parse(readFileSync(new URL('questions/manifest.json', root), 'utf8')))
}

if (process.argv[1]?.endsWith('bank.ts')) {
  const root = new URL(`file://${process.cwd()}/`)
  for (const entry of readManifest(root).quizzes) {
    const json = bankEntryJson(root, entry)
    const id = JSON.parse(json).id
    if (`${id}.json` !== entry.file)
      throw new Error(`questions/${entry.file}: the quiz id is ${id}; rename the entry`)
    writeFileSync(new URL(`questions/${entry.file}`, root), json)
    process.stderr.write(`wrote questions/${entry.file} (${JSON.parse(json).questions.length} questions)\n`)
  }
}
