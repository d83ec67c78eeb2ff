import { checkHost, isLoopback } from './address'
import { ImportError } from './errors'

/** Options of the link rule. */
export interface UrlRuleOptions {
  /** Local tests only: let 127.0.0.0/8, ::1 and localhost through (IMPORT_ALLOW_LOOPBACK). */
  allowLoopback?: boolean
}

/**
 * Checks a link before anything is fetched, and again for every redirect: http or https only, no user
 * name or password, and a host that is a public name or a public IP address in any notation.
 * Returns the parsed URL; throws ImportError('bad-url' | 'forbidden-address') saying what was wrong.
 */
export function checkImportUrl(link: string, options: UrlRuleOptions = {}): URL {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    throw new ImportError('bad-url', `"${link.slice(0, 200)}" is not a web address.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ImportError(
      'bad-url',
      `Only http and https links can be read; this one is ${url.protocol.replace(/:$/, '')}.`,
    )
  if (url.username !== '' || url.password !== '')
    throw new ImportError('bad-url', 'Links with a user name or password in them are not read.')
  const host = url.hostname
  const verdict = checkHost(host)
  if (verdict !== null && !(options.allowLoopback === true && isLoopback(host)))
    throw new ImportError(
      'forbidden-address',
      `The link points at ${host.slice(0, 100)}, which is not a public web site (${verdict.kind}: ${verdict.range}).`,
    )
  url.hash = ''
  return url
}
