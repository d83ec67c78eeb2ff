/**
 * The embed page (/embed/:id) tells the page that frames it how tall it is, so the iframe fits its
 * content with no inner scrollbar. It speaks three protocols, all posted to the parent:
 *   - { type: 'civic-quiz:resize', height }            read by widget.js on any host page
 *   - { subject: 'lti.frameResize', height }           Canvas
 *   - { secret, message: 'height', value: height }     WordPress, secret from the URL's `#?secret=`
 * Heights are not sensitive, so the target origin is '*'. It touches no storage (cross-site frames
 * have none when the browser blocks third-party storage).
 */
const secret = /[?&]secret=([A-Za-z0-9]{1,64})/.exec(location.hash)?.[1]
let last = -1

function report(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
  if ((height === last && !force) || window.parent === window) return
  last = height
  const post = (message: unknown) => window.parent.postMessage(message, '*')
  post({ type: 'civic-quiz:resize', height })
  post({ subject: 'lti.frameResize', height })
  if (secret) post({ secret, message: 'height', value: height })
}

// Content changes (feedback opening, fonts loading) and window resizes both change the height.
new ResizeObserver(() => report()).observe(document.documentElement)
addEventListener('resize', () => report())
addEventListener('load', () => report(true))
// A host whose listener started after our first report asks again: widget.js sends
// { type: 'civic-quiz:measure' }, WordPress sends { message: 'ready', secret }.
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; message?: unknown; secret?: unknown } | null
  if (data?.type === 'civic-quiz:measure' || (secret && data?.message === 'ready' && data.secret === secret))
    report(true)
})
report(true)

// A frame sandboxed without allow-forms (WordPress sandboxes the embeds it discovers) never fires
// "submit", so quiz.js would never see the answers: hand the click of "Check answers" (also what
// Enter in a text box does) to quiz.js as a submit event. Without JavaScript the form posts as usual.
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[type=submit]')
  const form = button?.closest('form[data-civic-quiz]')
  if (!button || !form) return
  event.preventDefault()
  const unhandled = form.dispatchEvent(
    new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: button }),
  )
  // quiz.js did not take it (it failed to load): post the form the plain way.
  if (unhandled && form instanceof HTMLFormElement) form.submit()
})
