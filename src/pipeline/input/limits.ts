/**
 * Limits on one input file. News articles are 2–50 KB of text; the longest reports seen in scrapes are a few
 * hundred KB. Anything far beyond that is not an article (a dump, a log, a concatenated corpus) and would make
 * every later stage slow, so it is refused before it is read, with a message saying how big it was.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

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
