/**
 * One input file → an Article, or the one-line reason it cannot be used. Pure: the caller reads the bytes (after
 * checking the size) and passes today's date, which is only used to flag publication dates in the future.
 *
 * Outcomes: accepted; accepted with warnings (after decoding, cleaning or dropping a bad field); rejected with
 * `file[:line]: reason`. It never throws for a bad input.
 */
import type { Article, InputProblem } from '../../model/index.ts';
import { articleIdOf, fileKindOf } from './articleFileName.ts';
import { decodeArticleBytes } from './decodeArticleBytes.ts';
import type { Finding } from './finding.ts';
import { MAX_ARTICLE_BYTES, MAX_PAGE_BYTES, tooLargeReason } from './limits.ts';
import { countMarkupTags, looksLikeHtmlPage } from './looksLikeHtmlPage.ts';
import { readHtmlPage } from './readHtmlPage.ts';
import { readMetadata, readPublished, readText, readUrl } from './readMetadata.ts';
import { splitFrontMatter } from './splitFrontMatter.ts';

export interface ParseArticleOptions {
  /** YYYY-MM-DD: the day of the run, passed in by the CLI (src/ never reads the clock). */
  readonly today: string;
  /** Size limit in bytes; defaults to MAX_ARTICLE_BYTES. */
  readonly maxBytes?: number;
}

export type ParseArticleResult =
  | { readonly ok: true; readonly article: Article; readonly warnings: readonly InputProblem[] }
  | { readonly ok: false; readonly problem: InputProblem };

/** Above this many tags the text is probably HTML source pasted as text: worth a warning, still shown as text. */
const MARKUP_WARNING_TAGS = 20;

export function withFile(file: string, f: Finding): InputProblem {
  return {
    file,
    ...(f.line === undefined ? {} : { line: f.line }),
    reason: f.reason,
    ...(f.dropped === undefined ? {} : { dropped: f.dropped }),
  };
}

export function parseArticleFile(relPath: string, bytes: Uint8Array, options: ParseArticleOptions): ParseArticleResult {
  const file = relPath.replace(/\\/g, '/');
  const reject = (f: Finding): ParseArticleResult => ({ ok: false, problem: withFile(file, f) });

  const kind = fileKindOf(file);
  if (kind !== 'article' && kind !== 'html') {
    return reject({ reason: 'not an article file; articles are .md, .txt or saved .html pages' });
  }

  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const fileLimit = kind === 'html' ? Math.max(maxBytes, MAX_PAGE_BYTES) : maxBytes;
  if (bytes.length > fileLimit) return reject({ reason: tooLargeReason(bytes.length, fileLimit) });

  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return reject(decoded.problem);
  const { text } = decoded;
  if (text.trim() === '') return reject({ reason: 'no text (only whitespace)' });
  if (kind === 'html') return parsePage(file, text, decoded.warnings, options.today, maxBytes);

  const split = splitFrontMatter(text);
  if (!split.ok) return reject(split.problem);
  const { body } = split;
  if (body.trim() === '') return reject({ line: split.bodyLine, reason: 'no article text after the front matter' });
  if (looksLikeHtmlPage(body)) {
    return reject({
      line: split.bodyLine,
      reason: 'looks like a saved HTML page; name it .html to have it read as one',
    });
  }

  const { metadata, warnings: metadataWarnings } = readMetadata(split.data, split.keyLines, options.today);
  const warnings: Finding[] = [...decoded.warnings, ...metadataWarnings];
  const tags = countMarkupTags(body);
  if (tags >= MARKUP_WARNING_TAGS) {
    warnings.push({ line: split.bodyLine, reason: `text holds ${tags} HTML tags; they are shown as plain text` });
  }

  return {
    ok: true,
    article: { id: articleIdOf(file), ...metadata, text: body },
    // In file order, so a user can walk down the file; Array.prototype.sort is stable.
    warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((w) => withFile(file, w)),
  };
}

/** A saved page: Readability's article text, and the metadata the page declares (see readHtmlPage). */
function parsePage(
  file: string,
  html: string,
  decodeWarnings: readonly Finding[],
  today: string,
  maxBytes: number,
): ParseArticleResult {
  const page = readHtmlPage(html);
  if (!page.ok) return { ok: false, problem: { file, reason: page.reason } };
  const textBytes = new TextEncoder().encode(page.text).length;
  if (textBytes > maxBytes) return { ok: false, problem: { file, reason: tooLargeReason(textBytes, maxBytes) } };
  const warnings: Finding[] = [...decodeWarnings];
  const { fields } = page;
  // Each published source in turn: the first one that reads is the date; one that does not is named.
  let published: string | null = null;
  const unread: Finding[] = [];
  for (const { value, source } of fields.published) {
    const found: Finding[] = [];
    published = readPublished(value, today, undefined, found);
    const dropped = found.find((f) => f.dropped === 'published');
    if (dropped !== undefined) unread.push({ ...dropped, reason: `${source} ${dropped.reason}` });
    else warnings.push(...found);
    if (published !== null) break;
  }
  // A source that could not be read costs nothing when a later one could; it is still worth a word.
  warnings.push(...(published === null ? unread : unread.map(({ reason }) => ({ reason }))));
  return {
    ok: true,
    article: {
      id: articleIdOf(file),
      title: readText('title', fields.title, undefined, warnings),
      publisher: readText('publisher', fields.publisher, undefined, warnings),
      url: readUrl(fields.url, undefined, warnings),
      published,
      text: page.text,
    },
    warnings: warnings.map((w) => withFile(file, w)),
  };
}
