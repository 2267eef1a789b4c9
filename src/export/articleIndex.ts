import type { ArticleEntry, EventsFile } from '../model/index.ts';

/** The articles of an events file by id, for the exports that name a source's title, publisher and link. */
export function articleIndex(file: EventsFile): ReadonlyMap<string, ArticleEntry> {
  return new Map(file.articles.map((a) => [a.id, a]));
}

/** The link of an article when it is http(s) (the contract allows nothing else; checked again for the HTML export). */
export function httpLink(article: ArticleEntry | undefined): string | null {
  const url = article?.url ?? null;
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}
