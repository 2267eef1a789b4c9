/**
 * Reads every article under a folder: the fs edge around parseArticleFile. One bad file never stops the run or
 * costs another file: each is stat'ed, size-checked before it is read, parsed, and either used or reported as
 * one line. Output order is fixed (paths sorted by UTF-16 code units, not by locale), so the same folder always
 * gives the same result.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, InputProblem } from '../../src/model/index.ts';
import {
  fileKindOf,
  MAX_ARTICLE_BYTES,
  MAX_COLLECTION_BYTES,
  MAX_PAGE_BYTES,
  parseArticleFile,
  parseCollectionFile,
  tooLargeReason,
} from '../../src/pipeline/input/index.ts';

export interface ReadProgress {
  /** Files handled so far, including this one. */
  readonly done: number;
  readonly total: number;
  /** Path relative to the folder. */
  readonly file: string;
}

export interface ReadArticleDirOptions {
  /** YYYY-MM-DD, the day of the run (flags publication dates in the future). */
  readonly today: string;
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Per-file size limit; defaults to MAX_ARTICLE_BYTES. */
  readonly maxBytes?: number;
}

export interface ArticleDirContents {
  /** Sorted by id. */
  readonly articles: readonly Article[];
  /** Files that were not used, one line each (formatInputProblem), sorted by file. */
  readonly rejected: readonly InputProblem[];
  /** Problems in files that were used anyway, in file order. */
  readonly warnings: readonly InputProblem[];
  /** The warnings about each article kept, by article id (a collection's rows share one file). */
  readonly articleWarnings: ReadonlyMap<string, readonly InputProblem[]>;
  /** Candidate files read (articles, pages, collections), whatever became of them. */
  readonly files: number;
  /** Articles kept whose published date was given but could not be read. */
  readonly datesNotRead: number;
  /** Articles kept without one of their given fields (published, url): input not used as given. */
  readonly fieldsDropped: number;
}

/** Thrown for a usage error (the folder itself is missing or not a folder): the CLI exits 2 on it. */
export class ArticleDirError extends Error {
  override name = 'ArticleDirError';
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeFsError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const messages: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'not found (a broken symbolic link, or removed while reading)',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
  };
  return messages[code] ?? (e instanceof Error ? (e.message.split('\n')[0] ?? 'read error') : String(e));
}

/**
 * Lists candidate files (articles, saved pages, collections) relative to `root`, skipping dotfiles and
 * dot-folders. Symbolic links to files are followed; links to folders are not (they can form cycles), and are
 * reported as warnings.
 */
async function listCandidates(root: string, warnings: InputProblem[]): Promise<string[]> {
  const found: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch (e) {
      warnings.push({ file: rel === '' ? '.' : rel, reason: `folder not read: ${describeFsError(e)}` });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        pending.push(child);
      } else if (entry.isFile()) {
        if (fileKindOf(child) !== 'other') found.push(child);
      } else if (entry.isSymbolicLink() && fileKindOf(child) !== 'other') {
        found.push(child);
      } else if (entry.isSymbolicLink()) {
        const target = await stat(join(root, child)).catch(() => null);
        if (target?.isDirectory()) warnings.push({ file: child, reason: 'symbolic link to a folder; not followed' });
      }
    }
  }
  return found.sort(byCodeUnits);
}

/**
 * Reads a whole file of at most `limit` bytes with sized synchronous reads: one fstat, then reads into one
 * buffer of the file's size (plus one byte, to see a file that grew since). Null when it holds more than
 * `limit`. Synchronous on purpose: article files are small and the parse that follows is synchronous anyway;
 * a FileHandle per file and a zeroed 64 KiB buffer per read cost more than the reads (issue 14).
 */
function readAtMost(path: string, limit: number): Uint8Array | null | 'not a file' {
  // O_NONBLOCK: opening a FIFO (or a symbolic link to one) must not wait for a writer; regular files ignore it.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return 'not a file';
    const size = info.size;
    if (size > limit) return null;
    const buffer = Buffer.allocUnsafe(size + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > size) return null;
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** What one file gives: its articles (a collection gives many), the rows or the file refused, its warnings. */
interface FileOutcome {
  readonly articles: readonly { readonly article: Article; readonly warnings: readonly InputProblem[] }[];
  readonly rejected: readonly InputProblem[];
  /** About the file as a whole, not one of its articles. */
  readonly warnings: readonly InputProblem[];
}

export async function readArticleDir(dir: string, options: ReadArticleDirOptions): Promise<ArticleDirContents> {
  const info = await stat(dir).catch(() => null);
  if (info === null) throw new ArticleDirError(`input folder not found: ${dir}`);
  if (!info.isDirectory()) throw new ArticleDirError(`input is not a folder: ${dir}`);

  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const warnings: InputProblem[] = [];
  const rejected: InputProblem[] = [];
  const files = await listCandidates(dir, warnings);
  /** Kept article per id, with the file it came from; files are visited in sorted order, so the first one wins. */
  const kept = new Map<string, { readonly article: Article; readonly file: string }>();
  const articleWarnings = new Map<string, readonly InputProblem[]>();

  for (const [index, file] of files.entries()) {
    const outcome = readOne(dir, file, options.today, maxBytes);
    options.onProgress?.({ done: index + 1, total: files.length, file });
    rejected.push(...outcome.rejected);
    warnings.push(...outcome.warnings);
    for (const { article, warnings: own } of outcome.articles) {
      const earlier = kept.get(article.id);
      if (earlier !== undefined) {
        const what = earlier.file === file ? 'an earlier row of this file' : earlier.file;
        rejected.push({
          file: own[0]?.file ?? file,
          reason: `same article id "${article.id}" as ${what}, which is used; this one is skipped (rename one of them)`,
        });
        continue;
      }
      kept.set(article.id, { article, file });
      if (own.length > 0) articleWarnings.set(article.id, own);
      warnings.push(...own);
    }
  }

  const articles = [...kept.values()].map((k) => k.article).sort((a, b) => byCodeUnits(a.id, b.id));
  rejected.sort((a, b) => byCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  const datesNotRead = [...articleWarnings.values()].filter((ws) => ws.some((w) => w.dropped === 'published')).length;
  const fieldsDropped = [...articleWarnings.values()].filter((ws) => ws.some((w) => w.dropped !== undefined)).length;
  return { files: files.length, articles, rejected, warnings, articleWarnings, datesNotRead, fieldsDropped };
}

function single(result: ReturnType<typeof parseArticleFile>): FileOutcome {
  return result.ok
    ? { articles: [{ article: result.article, warnings: result.warnings }], rejected: [], warnings: [] }
    : { articles: [], rejected: [result.problem], warnings: [] };
}

function readOne(dir: string, file: string, today: string, maxBytes: number): FileOutcome {
  const path = join(dir, file);
  const kind = fileKindOf(file);
  const fileLimit =
    kind === 'html' ? Math.max(maxBytes, MAX_PAGE_BYTES) : kind === 'collection' ? MAX_COLLECTION_BYTES : maxBytes;
  const refuse = (reason: string): FileOutcome => ({ articles: [], rejected: [{ file, reason }], warnings: [] });
  try {
    // Sized before it is read: an oversized file is refused without being read into memory.
    const bytes = readAtMost(path, fileLimit);
    if (bytes === 'not a file') return refuse('not a regular file');
    if (bytes === null) return refuse(tooLargeReason(statSync(path).size, fileLimit));
    if (kind === 'collection') return parseCollectionFile(file, bytes, { today, maxBytes });
    return single(parseArticleFile(file, bytes, { today, maxBytes }));
  } catch (e) {
    // A bug or an fs error in one file must not lose the others: report it on one line, no stack trace.
    return refuse(`cannot read: ${describeFsError(e)}`);
  }
}
