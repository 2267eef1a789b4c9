/**
 * Reads every article under a folder: the fs edge around parseArticleFile. One bad file never stops the run or
 * costs another file: each is stat'ed, size-checked before it is read, parsed, and either used or reported as
 * one line. Output order is fixed (paths sorted by UTF-16 code units, not by locale), so the same folder always
 * gives the same result.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { Article, InputProblem } from '../../src/model/index.ts';
import {
  fileKindOf,
  formatBytes,
  MAX_ARTICLE_BYTES,
  parseArticleFile,
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
 * Lists candidate files (articles and HTML pages, which are reported) relative to `root`, skipping dotfiles and
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

/** Reads at most `limit` bytes; returns null when the file holds more (it grew after the stat). */
async function readAtMost(path: string, limit: number): Promise<Uint8Array | null> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return null;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** Files read at once: enough to keep the disk busy while other files parse, far below the descriptor limit. */
const FILES_IN_FLIGHT = 32;

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

  // Files are read FILES_IN_FLIGHT at a time (the disk waits overlap the parsing of other files), then taken in
  // sorted order, so which duplicate wins and every list's order do not depend on which read finished first.
  const limit = pLimit(FILES_IN_FLIGHT);
  let done = 0;
  const outcomes = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const outcome = await readOne(dir, file, options.today, maxBytes);
        done += 1;
        options.onProgress?.({ done, total: files.length, file });
        return outcome;
      }),
    ),
  );

  for (const [index, file] of files.entries()) {
    const outcome = outcomes[index];
    if (outcome === undefined) throw new Error(`bug: no outcome for ${file}`);
    if (!outcome.ok) {
      rejected.push(outcome.problem);
    } else {
      const earlier = kept.get(outcome.article.id);
      if (earlier !== undefined) {
        rejected.push({
          file,
          reason: `same article id "${outcome.article.id}" as ${earlier.file}, which is used; this file is skipped (rename one of them)`,
        });
      } else {
        kept.set(outcome.article.id, { article: outcome.article, file });
        warnings.push(...outcome.warnings);
      }
    }
  }

  const articles = [...kept.values()].map((k) => k.article).sort((a, b) => byCodeUnits(a.id, b.id));
  rejected.sort((a, b) => byCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { articles, rejected, warnings };
}

async function readOne(
  dir: string,
  file: string,
  today: string,
  maxBytes: number,
): Promise<ReturnType<typeof parseArticleFile>> {
  const path = join(dir, file);
  try {
    // Stat first: an oversized file is refused without being read into memory.
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: { file, reason: 'not a regular file' } };
    if (fileKindOf(file) === 'article' && info.size > maxBytes) {
      return { ok: false, problem: { file, reason: tooLargeReason(info.size, maxBytes) } };
    }
    if (fileKindOf(file) !== 'article') return parseArticleFile(file, new Uint8Array(0), { today, maxBytes });
    const bytes = await readAtMost(path, maxBytes);
    if (bytes === null) {
      return {
        ok: false,
        problem: { file, reason: `file grew past the ${formatBytes(maxBytes)} limit for one article while being read` },
      };
    }
    return parseArticleFile(file, bytes, { today, maxBytes });
  } catch (e) {
    // A bug or an fs error in one file must not lose the others: report it on one line, no stack trace.
    return { ok: false, problem: { file, reason: `cannot read: ${describeFsError(e)}` } };
  }
}
