/**
 * An article's text: inline in events.json, or fetched on demand from its textFile (relative to events.json).
 * A textFile that would resolve to another origin is refused rather than fetched.
 */
import type { ArticleEntry } from '../../model/index.ts';

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

export async function fetchArticleText(article: ArticleEntry, eventsUrl: string, fetchFn: Fetch): Promise<string> {
  if (article.text !== undefined) return article.text;
  if (article.textFile === undefined) throw new Error(`article ${article.id} has no text`);
  const base = new URL(eventsUrl);
  // textFile is a file path, not a URL: '#', '?' and '%' in a file name are characters of the name.
  const url = new URL(article.textFile.split('/').map(encodeURIComponent).join('/'), base);
  if (url.origin !== base.origin) throw new Error(`text of ${article.id} points outside this site`);
  const res = await fetchFn(url.href);
  if (!res.ok) throw new Error(`could not load the text of ${article.id} (HTTP ${res.status})`);
  return res.text();
}
