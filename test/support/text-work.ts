/**
 * Counts the text work a piece of code does, as characters read by the string and regex built-ins:
 * every regex operation (test, match, replace, split, search) goes through RegExp.prototype.exec,
 * which is counted from where the scan starts to the end of the match (or of the text when nothing
 * matches, or one character when an anchored or sticky regex fails at its position); indexOf, includes
 * and lastIndexOf count what they pass over, and toLowerCase, toUpperCase, trim and normalize the whole
 * string. An operation count for complexity tests: unlike a wall-clock ratio it is the same on every
 * run and on a busy machine, and it grows with the input as the code's time does (a step that rescans
 * a whole text for each of its parts makes it grow quadratically).
 * For Node tests: it patches the built-ins while `fn` runs, and restores them.
 */
type Method = (this: string, ...args: unknown[]) => unknown

export function countTextWork(fn: () => void): number {
  let work = 0
  const exec = RegExp.prototype.exec
  const original = {
    indexOf: String.prototype.indexOf,
    lastIndexOf: String.prototype.lastIndexOf,
    includes: String.prototype.includes,
    toLowerCase: String.prototype.toLowerCase,
    toUpperCase: String.prototype.toUpperCase,
    trim: String.prototype.trim,
    normalize: String.prototype.normalize,
  }
  const indexOf = original.indexOf
  const start = (text: string, from: unknown) =>
    Math.min(Math.max(0, Math.trunc(Number(from) || 0)), text.length)
  const counted: Record<keyof typeof original, Method> = {
    indexOf(needle, from) {
      const at = indexOf.call(this, String(needle), start(this, from))
      work += (at >= 0 ? at + String(needle).length : this.length) - start(this, from)
      return at
    },
    includes(needle, from) {
      const at = indexOf.call(this, String(needle), start(this, from))
      work += (at >= 0 ? at + String(needle).length : this.length) - start(this, from)
      return at >= 0
    },
    lastIndexOf(needle, from) {
      const at = original.lastIndexOf.call(this, String(needle), from === undefined ? Infinity : Number(from))
      work += (from === undefined ? this.length : start(this, from)) - Math.max(0, at)
      return at
    },
    toLowerCase() {
      work += this.length
      return original.toLowerCase.call(this)
    },
    toUpperCase() {
      work += this.length
      return original.toUpperCase.call(this)
    },
    trim() {
      work += this.length
      return original.trim.call(this)
    },
    normalize(form) {
      work += this.length
      return original.normalize.call(this, form as string | undefined)
    },
  }
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0
    const match = exec.call(this, input)
    if (match !== null) work += match.index + match[0].length - from
    else if (this.sticky || (this.source.startsWith('^') && !this.multiline)) work += 1
    else work += Math.max(1, String(input).length - from)
    return match
  }
  const install = (methods: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(methods))
      Object.defineProperty(String.prototype, name, { configurable: true, writable: true, value })
  }
  install(counted)
  try {
    fn()
  } finally {
    RegExp.prototype.exec = exec
    install(original)
  }
  return work
}
