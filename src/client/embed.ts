/**
 * The embed page (/embed/:id) tells the page that frames it how tall it is, so the iframe fits its
 * content with no inner scrollbar. It speaks three protocols, all posted to the parent:
 *   - { type: 'civic-quiz:resize', height }            read by widget.js on any host page
 *   - { subject: 'lti.frameResize', height }           Canvas
 *   - { secret, message: 'height', value: height }     WordPress, secret from the URL's `#?secret=`
 * Heights are not sensitive, so the target origin is '*'. It touches no storage (cross-site frames
 * have none when the browser blocks third-party storage).
 */
import { pageQuizForm } from './_paged'

const secret = /[?&]secret=([A-Za-z0-9]{1,64})/.exec(location.hash)?.[1]
let last = -1
const form = document.querySelector<HTMLFormElement>('form[data-civic-quiz]')

// One question at a time when asked for (`?layout=paged`, which oEmbed sets when the consumer's maxheight
// is under the quiz's height), or when a WordPress frame stays shorter than the quiz after we told it
// our height (WordPress caps an embed at 1,000 px).
if (form && document.body.dataset.layout === 'paged') pageQuizForm(form)
else if (form && secret)
  setTimeout(() => {
    if (document.documentElement.scrollHeight > window.innerHeight + 4) pageQuizForm(form)
  }, 1500)

function report(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
  if ((height === last && !force) || window.parent === window) return
  last = height
  const post = (message: unknown) => window.parent.postMessage(message, '*')
  post({ type: 'civic-quiz:resize', height })
  post({ subject: 'lti.frameResize', height })
  if (secret) post({ secret, message: 'height', value: height })
}

// In a WordPress frame (sandboxed: no popups, no top navigation) a link to this site is followed by
// asking WordPress to open it, as its own embeds do ({ message: 'link' }; it opens only links of the
// frame's own host, and only when the frame has focus).
if (secret)
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href]')
    if (!link || new URL(link.href).host !== location.host) return
    event.preventDefault()
    window.parent.postMessage({ secret, message: 'link', value: link.href }, '*')
  })

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
