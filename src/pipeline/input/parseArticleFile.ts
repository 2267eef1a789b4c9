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
import { MAX_ARTICLE_BYTES, tooLargeReason } from './limits.ts';
import { countMarkupTags, looksLikeHtmlPage } from './looksLikeHtmlPage.ts';
import { readMetadata } from './readMetadata.ts';
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

function withFile(file: string, f: Finding): InputProblem {
  return f.line === undefined ? { file, reason: f.reason } : { file, line: f.line, reason: f.reason };
}

export function parseArticleFile(relPath: string, bytes: Uint8Array, options: ParseArticleOptions): ParseArticleResult {
  const file = relPath.replace(/\\/g, '/');
  const reject = (f: Finding): ParseArticleResult => ({ ok: false, problem: withFile(file, f) });

  const kind = fileKindOf(file);
  if (kind === 'html') return reject({ reason: 'HTML files are not read; save the article text as .md or .txt' });
  if (kind === 'other') return reject({ reason: 'not an article file; articles are .md or .txt' });

  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  if (bytes.length > maxBytes) return reject({ reason: tooLargeReason(bytes.length, maxBytes) });

  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return reject(decoded.problem);
  const { text } = decoded;
  if (text.trim() === '') return reject({ reason: 'no text (only whitespace)' });

  const split = splitFrontMatter(text);
  if (!split.ok) return reject(split.problem);
  const { body } = split;
  if (body.trim() === '') return reject({ line: split.bodyLine, reason: 'no article text after the front matter' });
  if (looksLikeHtmlPage(body)) {
    return reject({
      line: split.bodyLine,
      reason: 'looks like a saved HTML page; save the article text as .md or .txt',
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
