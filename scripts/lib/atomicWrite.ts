/**
 * Writes that a killed run cannot leave half-done. A file is written to a temporary name in the same folder
 * (same file system, so rename is atomic), flushed to disk, then renamed over the target: readers see the old
 * file or the new one, never a truncated one. Temporary names start with a dot and carry the target's name, so
 * leftovers of a killed run are recognisable and removed by the next write of the same target.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import pLimit from 'p-limit';

function tempSuffix(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** `.events.json.<pid>-<hex>.tmp` for events.json. */
function tempFileName(target: string): string {
  return `.${basename(target)}.${tempSuffix()}.tmp`;
}

/** Removes `.NAME.*.tmp` / `.NAME.*.old` entries a killed run left beside `target`. */
async function removeLeftovers(target: string): Promise<void> {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && (n.endsWith('.tmp') || n.endsWith('.old')))
      .map((n) => rm(join(dir, n), { recursive: true, force: true })),
  );
}

/** Best effort: makes the rename itself durable. Some file systems refuse to open a folder for fsync. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Durability of the rename is a bonus; atomicity does not depend on it.
  }
}

async function writeAndSync(path: string, data: string | Uint8Array, sync = true): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    if (sync) await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync of a file already written and closed. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes every file of the file system that holds `dir` to disk in one call (syncfs(2), through coreutils'
 * `sync --file-system`: Node has no binding for it). True when that worked; false where the command is missing
 * or lacks the option (not GNU coreutils), and the caller then fsyncs file by file.
 */
export function syncFileSystem(dir: string): boolean {
  try {
    return spawnSync('sync', ['--file-system', dir], { stdio: 'ignore', timeout: 60_000 }).status === 0;
  } catch {
    return false;
  }
}

/** Replaces `target` with `data` atomically; creates the folder if needed. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  await removeLeftovers(target);
  const temp = join(dir, tempFileName(target));
  try {
    await writeAndSync(temp, data);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await syncFolder(dir);
}

/** Refuses paths that would land outside the folder (`../x`, absolute paths, empty segments). */
function checkRelativePath(relPath: string): void {
  const parts = relPath.split('/');
  if (
    relPath === '' ||
    relPath.startsWith('/') ||
    relPath.includes('\\') ||
    parts.some((p) => p === '' || p === '.' || p === '..')
  ) {
    throw new Error(`not a safe relative path for an output file: ${JSON.stringify(relPath)}`);
  }
}

/**
 * Replaces the folder `dir` with exactly `files` (relative path → content). The new folder is written complete
 * under a temporary name beside `dir`, then swapped in with two renames (old aside, new in) and the old one
 * removed. A kill during writing leaves the old folder untouched; between the two renames (microseconds) it
 * leaves the old folder under `.NAME.<id>.old`, which the next run removes. Linux has no portable atomic swap of
 * two folders, hence two renames. For readers that must never see a missing folder, name folders by content
 * (e.g. articles-<hash>/) and write the file that points to them last with writeFileAtomic.
 */
export async function writeFolderAtomic(
  dir: string,
  files: Iterable<readonly [string, string | Uint8Array]>,
): Promise<void> {
  const target = resolve(dir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(target);
  const existing = await stat(target).catch(() => null);
  if (existing !== null && !existing.isDirectory())
    throw new Error(`cannot replace ${target}: it is a file, not a folder`);
  const temp = join(parent, `.${basename(target)}.${tempSuffix()}.tmp`);
  try {
    await mkdir(temp);
    for (const [relPath, content] of files) {
      checkRelativePath(relPath);
      const path = join(temp, ...relPath.split('/'));
      if (!path.startsWith(temp + sep)) throw new Error(`output path escapes the folder: ${relPath}`);
      await mkdir(dirname(path), { recursive: true });
      await writeAndSync(path, content);
    }
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
  if (existing === null) {
    await rename(temp, target);
  } else {
    const aside = join(parent, `.${basename(target)}.${tempSuffix()}.old`);
    try {
      await rename(target, aside);
    } catch (e) {
      await rm(temp, { recursive: true, force: true });
      throw e;
    }
    try {
      await rename(temp, target);
    } catch (e) {
      // Put the old folder back so a failed run leaves things as they were.
      await rename(aside, target).catch(() => undefined);
      await rm(temp, { recursive: true, force: true });
      throw e;
    }
    await rm(aside, { recursive: true, force: true });
  }
  await syncFolder(parent);
}

/**
 * How many files writeFilesThenCommit has in flight. Enough for concurrent fsyncs to share the file system's
 * journal commits (3,000 files of 2 KB here: one at a time 3.0 s, 32 at a time 0.75 s, 64 at a time 0.74 s,
 * 32 at a time without fsync 0.39 s), few enough to stay far below the open-descriptor limit.
 */
const FILES_IN_FLIGHT = 32;

/** Lists the files under `root` (absolute paths), recursively. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Runs `task` over every item, at most `limit` at a time, and returns only when all have settled: a failure
 * must not let the caller go on (to a commit, or to report the error) while other writes are still running.
 */
async function settleAll<T>(items: Iterable<T>, limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const run = pLimit(limit);
  const outcomes = await Promise.allSettled([...items].map((item) => run(() => task(item))));
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Writes `path` through a temporary file renamed into place, unless it already holds `bytes`; true when it wrote.
 * Not fsynced here: writeFilesThenCommit makes all of them durable at once before its commit.
 */
async function writeIfChanged(path: string, bytes: Buffer, exists: boolean): Promise<boolean> {
  if (exists) {
    const current = await readFile(path).catch(() => null);
    if (current !== null && current.equals(bytes)) return false;
  }
  const temp = join(dirname(path), tempFileName(path));
  try {
    await writeAndSync(temp, bytes, false);
    await rename(temp, path);
    return true;
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/**
 * Publishes a set of files and the file that refers to them (events.json and its texts) so that a crash at any
 * moment leaves a consistent pair: every file the current pointer file names exists with the content it had
 * when that pointer was written.
 *
 * 1. Each of `files` (path relative to `dir` → content) is written (temporary file, fsync, rename) unless a file
 *    of that name already holds exactly that content. Up to FILES_IN_FLIGHT at a time.
 * 2. Each folder written into is fsynced, then `commit()` runs: it writes the pointer file (with
 *    writeFileAtomic).
 * 3. Files under `dir` that are not in `files` are removed (leftover temporaries of killed runs too).
 *
 * This only holds when names change whenever content does (content-addressed names such as
 * `texts/<id>.<sha256-prefix>.txt`): then step 1 never rewrites a file the old pointer names, and step 3 only
 * removes files no pointer names any more. With fixed names (`texts/<id>.txt`) an old events.json can meet a new
 * text after a crash between the text folder and events.json, and its offsets then highlight the wrong words.
 *
 * Why the writes may run concurrently, and why all of them are made durable before the commit:
 * - A killed process: only the order matters. Every text is renamed into place complete before commit() starts
 *   (all writes have settled, failed or not, before this function goes on), and the page cache outlives the
 *   process, so a killed run leaves either the old pointer (whose texts step 3 has not touched yet) or the new
 *   one with all its texts. The order of the text writes among themselves is irrelevant: no pointer names a
 *   text before all of them exist.
 * - A power cut or kernel crash: the pointer's rename must not reach the disk before the texts' data. fsync of a
 *   folder makes the names in it durable, not the data of the files behind them, so one folder fsync cannot
 *   replace a per-file fsync. One syncfs of the file system (syncFileSystem) flushes the data and the names of
 *   every file written, in one call instead of one fsync per text (10,000 texts: 10,000 fsyncs); where it is not
 *   available, each file is fsynced (concurrently, so that the file system groups them into shared journal
 *   commits), then each folder. Only then is the pointer written (itself fsynced and renamed by
 *   writeFileAtomic). Between a text's rename and the flush, a power cut can leave that text empty under its
 *   name; with content-addressed names no pointer names it yet, and the next run rewrites it (it compares).
 */
export async function writeFilesThenCommit(
  dir: string,
  files: Iterable<readonly [string, string | Uint8Array]>,
  commit: () => Promise<void>,
): Promise<void> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const wanted = new Map<string, Buffer>();
  for (const [relPath, content] of files) {
    checkRelativePath(relPath);
    const path = join(root, ...relPath.split('/'));
    if (!path.startsWith(root + sep)) throw new Error(`output path escapes the folder: ${relPath}`);
    wanted.set(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));
  }
  const existing = new Set(await listFiles(root));
  const folders = new Set([...wanted.keys()].map((p) => dirname(p)));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const written: string[] = [];
  await settleAll(wanted, FILES_IN_FLIGHT, async ([path, bytes]) => {
    if (await writeIfChanged(path, bytes, existing.has(path))) written.push(path);
  });
  // One syncfs makes every new file's data and name durable; without it, each file and folder is fsynced.
  if (written.length > 0 && !syncFileSystem(root)) {
    await settleAll(written, FILES_IN_FLIGHT, syncFile);
    await Promise.all([...folders].map((folder) => syncFolder(folder)));
  }
  await commit();
  const stale = (await listFiles(root)).filter((path) => !wanted.has(path));
  await settleAll(stale, FILES_IN_FLIGHT, (path) => rm(path, { force: true }));
  await removeEmptyFolders(root);
}

/** Removes folders left empty under `root` (deepest first), keeping `root` itself. */
async function removeEmptyFolders(root: string): Promise<void> {
  const folders = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    if ((await readdir(folder)).length === 0) await rm(folder, { recursive: true, force: true });
  }
}
