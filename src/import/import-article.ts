import { decodePage } from './charset'
import { ImportError } from './errors'
import { type ExtractedArticle, extractArticle, extractPlainText } from './extract'
import { type FetchPageOptions, fetchPage, mediaType } from './fetch-page'
import { englishShare, isEnglish } from './language'

/** Fewest words of article text worth a quiz attempt; fewer means the page held no article. */
export const MIN_ARTICLE_WORDS = 80

/** An imported article: what extractArticle read, with `url` always set (canonical, else the final address). */
export type ImportedArticle = ExtractedArticle & { url: string }

/**
 * A teacher's link → the article on it: fetchPage (every safety limit), decodePage (declared charset),
 * extractArticle (or the plain text), then two refusals: no article text, and not English.
 */
export async function importArticle(link: string, options: FetchPageOptions = {}): Promise<ImportedArticle> {
  const page = await fetchPage(link, options)
  const { text } = decodePage(page.bytes, page.contentType)
  const article =
    mediaType(page.contentType) === 'text/plain'
      ? extractPlainText(text, page.url)
      : extractArticle(text, page.url)
  return checkArticle({ ...article, url: article.url ?? page.url })
}

/** Refuses an extracted article with too little text, or not in English; returns it otherwise. */
export function checkArticle(article: ImportedArticle): ImportedArticle {
  const words = article.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  if (words < MIN_ARTICLE_WORDS)
    throw new ImportError(
      'no-article',
      words === 0
        ? 'No article text was found on that page. Paste the article text instead.'
        : `Only ${words} words of article text were found on that page (a paywall or a page of links?). Paste the article text instead.`,
    )
  if (!isEnglish(article.text))
    throw new ImportError(
      'not-english',
      `Civic Quiz reads English articles for now; this page seems to be in ${languageName(article.lang)} (${Math.round(englishShare(article.text) * 100)}% common English words).`,
    )
  return article
}

function languageName(lang: string | null): string {
  if (lang === null || /^en\b/i.test(lang)) return 'another language'
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang
  } catch {
    return lang
  }
}
