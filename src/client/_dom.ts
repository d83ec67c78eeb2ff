// Small DOM helpers shared by the page scripts. Everything drawn from quiz or student data is set
// with textContent, never parsed as HTML.

import { readProblemDetail } from '../shared/problem-detail'

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className !== undefined) node.className = className
  return node
}

export function $(selector: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(selector)
}

export function button(text: string, className?: string): HTMLButtonElement {
  const b = el('button', text, className)
  b.type = 'button'
  return b
}

/** Copies a text field's value; falls back to selecting it. Returns whether it was copied. */
export async function copyField(field: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value)
    return true
  } catch {
    field.focus()
    field.select()
    try {
      return document.execCommand('copy')
    } catch {
      return false
    }
  }
}

/** The `detail` of a problem+json response, or a fallback with the status. */
export function problemDetail(res: Response): Promise<string> {
  return readProblemDetail(res, `The request failed (${res.status}).`)
}
