import type { Child } from 'hono/jsx'
import { CSS_VERSION, SCRIPT_VERSIONS } from '../generated/asset-versions'

export interface LayoutProps {
  title: string
  description: string
  /** Page scripts under /static/ (bundled from src/client/), loaded deferred, linked with their hash. */
  scripts?: string[]
  /** Extra <head> elements (e.g. the oEmbed discovery link). */
  head?: Child
  children?: Child
}

/** The <head> every page shares (the embed page too): viewport, description, icon, one stylesheet, deferred scripts, no inline script. */
export function DocumentHead(props: Pick<LayoutProps, 'title' | 'description' | 'scripts' | 'head'>) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{props.title}</title>
      <meta name="description" content={props.description} />
      <meta name="color-scheme" content="light dark" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="stylesheet" href={`/static/app.css?v=${CSS_VERSION}`} />
      {props.head}
      {(props.scripts ?? []).map((s) => (
        <script src={`/static/${s}?v=${SCRIPT_VERSIONS[s] ?? ''}`} defer />
      ))}
    </head>
  )
}

/** The document every page shares: language, head, skip link, site header. */
export function Layout(props: LayoutProps) {
  return (
    <html lang="en">
      <DocumentHead
        title={props.title}
        description={props.description}
        scripts={props.scripts ?? []}
        head={props.head}
      />
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a href="/" class="brand">
            Civic Quiz
          </a>
        </header>
        <main id="main">{props.children}</main>
        <footer class="site">
          <p>Every answer cites the sentence of the article it comes from.</p>
        </footer>
      </body>
    </html>
  )
}
