/**
 * A small news site on 127.0.0.1 for the import tests: real HTTP, serving a page and every kind of
 * answer the importer must refuse (redirect chains, a redirect to file:, credentials, a 3 MB body
 * without Content-Length, a body that trickles, wrong types, a 404).
 */
import { createServer, type Server } from 'node:http'
import { NEWS_PAGE, toWindows1252, windows1252Page } from '../../fixtures/pages'

export interface PageSite {
  url: string
  /** Paths requested, in order, with their user agent. */
  hits: Array<{ path: string; userAgent: string }>
  stop: () => Promise<void>
}

export async function startPageSite(): Promise<PageSite> {
  const hits: PageSite['hits'] = []
  let base = ''
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    hits.push({ path, userAgent: req.headers['user-agent'] ?? '' })
    const hop = /^\/hop\/(\d+)$/.exec(path)
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(NEWS_PAGE)
    } else if (path === '/cp1252') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
      res.end(Buffer.from(toWindows1252(windows1252Page('none'))))
    } else if (hop !== null) {
      const n = Number(hop[1])
      res.writeHead(302, { location: n >= 6 ? '/article' : `/hop/${n + 1}` })
      res.end()
    } else if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' })
      res.end()
    } else if (path === '/to-credentials') {
      res.writeHead(301, { location: `${base.replace('http://', 'http://admin:secret@')}/article` })
      res.end()
    } else if (path === '/to-private') {
      res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' })
      res.end()
    } else if (path === '/big') {
      // 3 MB, chunked: no Content-Length to refuse it by; the stream must be cut.
      res.writeHead(200, { 'content-type': 'text/html' })
      const chunk = `<p>${'word '.repeat(2000)}</p>\n`
      let sent = 0
      const pump = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end()
      }
      pump()
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.write('<html><body><p>The first words arrive')
      const timer = setInterval(() => res.write(' and more'), 500)
      const stop = setTimeout(() => {
        clearInterval(timer)
        res.end('</p></body></html>')
      }, 30_000)
      res.on('close', () => {
        clearInterval(timer)
        clearTimeout(stop)
      })
    } else if (path === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' })
      res.end('%PDF-1.7')
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' })
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    } else if (path === '/no-type') {
      res.writeHead(200)
      res.end('<p>no type</p>')
    } else {
      res.writeHead(404, { 'content-type': 'text/html' })
      res.end('<h1>Not found</h1>')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
  return {
    url: base,
    hits,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
