/**
 * Class codes, the one definition the schema, the pages and the browser scripts share. A code is
 * case-insensitive: "Period-3" and "period-3" are one class, kept and shown in lowercase. Pure: no DOM,
 * no Workers types, no zod.
 */

/** 1–32 letters, digits, "-" or "_" (checked after trimming and lowercasing). */
export const CLASS_CODE_PATTERN = /^[a-z0-9_-]{1,32}$/

/** What a teacher or student is told when a class code does not fit. */
export const CLASS_CODE_RULE = 'A class code is 1 to 32 letters, digits, “-” or “_”, with no spaces.'

/** The one form a class code is kept in: trimmed and lowercase. */
export function canonicalClassCode(raw: string): string {
  return raw.trim().toLowerCase()
}

/** The canonical class code, or null when `raw` (after canonicalising) is not one. '' stays ''. */
export function readClassCode(raw: string | null | undefined): string | null {
  const code = canonicalClassCode(raw ?? '')
  if (code === '') return ''
  return CLASS_CODE_PATTERN.test(code) ? code : null
}
