/** Which files in the input folder are articles, and the id each one gets. */

/** Extensions read as articles (compared case-insensitively). */
export const ARTICLE_EXTENSIONS = ['.md', '.txt'] as const;

/**
 * Saved web pages are refused rather than converted: a whole page is navigation, menus, related links and
 * footers around the article, and a tag stripper would feed all of it to the extractor as if it were the story.
 * Reporting them (instead of silently skipping them) tells the user why the article is missing.
 */
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'] as const;

/**
 * File names in the input folder that are never articles nor collections of articles, whatever reader handles
 * their extension: `lexicon.json` is the analyst's lexicon overlay (read by the extract and eval commands),
 * `corrections.json` is reserved for corrections to the extraction.
 */
export const RESERVED_FILE_NAMES: readonly string[] = ['lexicon.json', 'corrections.json'];

export type FileKind = 'article' | 'html' | 'other';

/** The extension of the last path segment, lower-cased, with its dot; '' when there is none. */
export function extensionOf(relPath: string): string {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

export function fileKindOf(relPath: string): FileKind {
  if (RESERVED_FILE_NAMES.includes(relPath.slice(relPath.lastIndexOf('/') + 1).toLowerCase())) return 'other';
  const ext = extensionOf(relPath);
  if ((ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) return 'article';
  if ((HTML_EXTENSIONS as readonly string[]).includes(ext)) return 'html';
  return 'other';
}

/** Article id: the path relative to the input folder, `/`-separated, without its extension. */
export function articleIdOf(relPath: string): string {
  const normalized = relPath.replace(/\\/g, '/');
  const ext = extensionOf(normalized);
  return ext === '' ? normalized : normalized.slice(0, normalized.length - ext.length);
}
