/** Which files in the input folder are articles, and the id each one gets. */

/** Extensions read as articles (compared case-insensitively). */
export const ARTICLE_EXTENSIONS = ['.md', '.txt'] as const;

/** Saved web pages: the article is taken out of the page by Readability (readHtmlPage.ts). */
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'] as const;

/** Article collections, one article per row or object (parseCollectionFile.ts). */
export const COLLECTION_EXTENSIONS = ['.csv', '.jsonl', '.json'] as const;

/**
 * Files at the top of the input folder that configure the run rather than hold articles: a lexicon overlay and
 * the analyst's corrections. They are never read as collections.
 */
export const RESERVED_FILES = ['lexicon.json', 'corrections.json'] as const;

export type FileKind = 'article' | 'html' | 'collection' | 'other';

/** The extension of the last path segment, lower-cased, with its dot; '' when there is none. */
export function extensionOf(relPath: string): string {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

export function fileKindOf(relPath: string): FileKind {
  const ext = extensionOf(relPath);
  if ((ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) return 'article';
  if ((HTML_EXTENSIONS as readonly string[]).includes(ext)) return 'html';
  if ((COLLECTION_EXTENSIONS as readonly string[]).includes(ext)) {
    return (RESERVED_FILES as readonly string[]).includes(relPath.toLowerCase()) ? 'other' : 'collection';
  }
  return 'other';
}

/** Article id: the path relative to the input folder, `/`-separated, without its extension. */
export function articleIdOf(relPath: string): string {
  const normalized = relPath.replace(/\\/g, '/');
  const ext = extensionOf(normalized);
  return ext === '' ? normalized : normalized.slice(0, normalized.length - ext.length);
}
