/**
 * Writes that a killed run cannot leave half-done. A file is written to a temporary name in the same folder
 * (same file system, so rename is atomic), flushed to disk, then renamed over the target: readers see the old
 * file or the new one, never a truncated one. Temporary names start with a dot and carry the target's name, so
 * leftovers of a killed run are recognisable and removed by the next write of the same target.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

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

async function writeAndSync(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
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
  if (relPath === '' || relPath.startsWith('/') || relPath.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
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
export async function writeFolderAtomic(dir: string, files: Iterable<readonly [string, string | Uint8Array]>): Promise<void> {
  const target = resolve(dir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(target);
  const existing = await stat(target).catch(() => null);
  if (existing !== null && !existing.isDirectory()) throw new Error(`cannot replace ${target}: it is a file, not a folder`);
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
 * Publishes a set of files and the file that refers to them (events.json and its texts) so that a crash at any
 * moment leaves a consistent pair: every file the current pointer file names exists with the content it had
 * when that pointer was written.
 *
 * 1. Each of `files` (path relative to `dir` → content) is written with writeFileAtomic unless a file of that
 *    name already holds exactly that content.
 * 2. `commit()` runs: it writes the pointer file (with writeFileAtomic).
 * 3. Files under `dir` that are not in `files` are removed.
 *
 * This only holds when names change whenever content does (content-addressed names such as
 * `texts/<id>.<sha256-prefix>.txt`): then step 1 never rewrites a file the old pointer names, and step 3 only
 * removes files no pointer names any more. With fixed names (`texts/<id>.txt`) an old events.json can meet a new
 * text after a crash between the text folder and events.json, and its offsets then highlight the wrong words.
 */
export async function writeFilesThenCommit(
  dir: string,
  files: Iterable<readonly [string, string | Uint8Array]>,
  commit: () => Promise<void>,
): Promise<void> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const keep = new Set<string>();
  for (const [relPath, content] of files) {
    checkRelativePath(relPath);
    const path = join(root, ...relPath.split('/'));
    if (!path.startsWith(root + sep)) throw new Error(`output path escapes the folder: ${relPath}`);
    keep.add(path);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const existing = await readFile(path).catch(() => null);
    if (existing === null || !existing.equals(bytes)) await writeFileAtomic(path, bytes);
  }
  await commit();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !keep.has(path)) await rm(path, { force: true });
  }
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
