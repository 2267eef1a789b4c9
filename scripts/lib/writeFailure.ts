/**
 * A failed write of the output, said as a reader can act on it: the path and what stood in the way ("a file, not
 * a folder", "no space left"), instead of a stack trace. The output folder is chosen by the user, so these are
 * the user's to fix, unlike a failed validation (a bug).
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'a folder has that name',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files open',
  ENFILE: 'too many files open',
  ENOENT: 'a folder on its path was removed while writing',
  EEXIST: 'a file has the name of a folder it needs',
};

interface FsError {
  readonly code: string;
  readonly path?: string;
  /** The target of a rename (where the file was to go: the name the user gave). */
  readonly dest?: string;
  readonly message: string;
}

function isFsError(e: unknown): e is FsError {
  return e instanceof Error && typeof (e as Partial<FsError>).code === 'string' && 'syscall' in e;
}

/** The nearest ancestor of `path` (or itself) that exists and is a file, not a folder. */
function fileInTheWay(path: string): string | null {
  for (let p = path, up = dirname(p); ; p = up, up = dirname(p)) {
    const info = statSync(p, { throwIfNoEntry: false });
    if (info !== undefined) return info.isDirectory() ? null : p;
    if (up === p) return null;
  }
}

/** Where a write failed and why, for a file-system error; null for anything else (a bug: the caller rethrows). */
export function describeWriteFailure(e: unknown): { readonly path: string; readonly reason: string } | null {
  if (!isFsError(e)) return null;
  const path = e.dest ?? e.path ?? '';
  if (e.code === 'ENOTDIR') {
    const file = path === '' ? null : fileInTheWay(dirname(path));
    return { path, reason: file === null ? 'a part of its path is a file' : `${file} is a file, not a folder` };
  }
  return { path, reason: REASONS[e.code] ?? e.message.split('\n')[0] ?? e.code };
}
