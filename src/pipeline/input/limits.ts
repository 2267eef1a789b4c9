/**
 * Limits on one input file. News articles are 2–50 KB of text; the longest reports seen in scrapes are a few
 * hundred KB. Anything far beyond that is not an article (a dump, a log, a concatenated corpus) and would make
 * every later stage slow, so it is refused before it is read, with a message saying how big it was.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * A saved web page carries its styles, scripts and markup around the story, often several MB of it: the page
 * may be this large, and the article text taken from it is then held to MAX_ARTICLE_BYTES.
 */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

/**
 * A collection (CSV, JSON lines, JSON) holds many articles, each held to MAX_ARTICLE_BYTES; the file is read
 * whole, so it is bounded too: 256 MB is a news database export of some 50,000 articles.
 */
export const MAX_COLLECTION_BYTES = 256 * 1024 * 1024;

/** Formats a byte count for messages: "20.0 MB", "2 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The one-line reason for a file over the limit. */
export function tooLargeReason(bytes: number, limit: number = MAX_ARTICLE_BYTES): string {
  return `file is ${formatBytes(bytes)}, over the ${formatBytes(limit)} limit for one article; split it or keep only the article text`;
}
