import type { Source } from '../../schema'

/**
 * Where a quiz's article comes from, the same on every page: its title (a link when there is one), the
 * publisher, the publication date (not when none was given), and the credit a license asks for.
 * `showTitle: false` leaves the title out where the page's heading already says it.
 */
export function SourceLine(props: {
  source: Source
  newTab?: boolean
  showTitle?: boolean
  children?: unknown
}) {
  const { source } = props
  const parts: unknown[] = []
  if (source.publisher !== undefined) parts.push(source.publisher)
  if (source.dateAssumed !== true) parts.push(<time datetime={source.date}>{source.date}</time>)
  const credit = [source.author, source.license].filter((x) => x !== undefined).join(', ')
  const title =
    source.url !== undefined ? (
      <a href={source.url} rel="noopener noreferrer" target={props.newTab ? '_blank' : undefined}>
        {source.title}
      </a>
    ) : (
      <cite>{source.title}</cite>
    )
  return (
    <p class="source">
      {props.showTitle !== false && <>From {title}</>}
      {parts.map((part, i) => (
        <>
          {i === 0 && props.showTitle === false ? '' : ', '}
          {part}
        </>
      ))}
      {credit !== '' && <> · Text: {credit}</>}
      {props.children}
    </p>
  )
}
