/**
 * A school's class page on another site: a tiny HTTP server on http://localhost:PORT. The worker runs
 * on 127.0.0.1, so the quiz is a third party there and Chromium blocks its storage, as schools' browsers do.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface HostSite {
  /** http://localhost:PORT */
  url: string
  close: () => Promise<void>
}

export async function startHostSite(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<HostSite> {
  const server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    // localhost and 127.0.0.1 are different sites: the quiz is a third party on the host page.
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
