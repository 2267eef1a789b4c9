/** Safe writes: a reader sees the old file or the new one, never a partial one, even when the writer is killed. */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFolderAtomic } from '../../scripts/lib/atomicWrite.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates the folder and the file, then replaces it whole', async () => {
    const target = join(dir, 'out/events.json');
    await writeFileAtomic(target, '{"v":1}');
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    await writeFileAtomic(target, '{"v":2,"longer":true}');
    expect(await readFile(target, 'utf8')).toBe('{"v":2,"longer":true}');
    expect(await readdir(join(dir, 'out'))).toEqual(['events.json']);
  });

  it('removes the temporary files a killed run left for the same target, and nothing else', async () => {
    const target = join(dir, 'events.json');
    await writeFile(join(dir, '.events.json.4242-deadbeef.tmp'), '{"trunc');
    await writeFile(join(dir, '.other.json.4242-deadbeef.tmp'), 'belongs to another target');
    await writeFile(join(dir, 'events.json.bak'), 'user file');
    await writeFileAtomic(target, '{}');
    expect((await readdir(dir)).sort()).toEqual(['.other.json.4242-deadbeef.tmp', 'events.json', 'events.json.bak']);
  });

  it('leaves the old file whole when the writer is killed at any moment', async () => {
    const target = join(dir, 'events.json');
    const size = 4_000_000;
    const complete = new Set(['A', 'B'].map((run) => JSON.stringify({ version: 1, run, pad: run.toLowerCase().repeat(size) })));
    // Kill after the first complete write, at a different point of a later write each round, until some kills
    // have landed mid-write (a temporary file left behind proves it), so the test exercises the window it guards.
    let killedMidWrite = 0;
    for (let round = 0; round < 20 && killedMidWrite < 3; round += 1) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures/rewriteForever.mts'), target, String(size)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        child.once('error', reject);
        child.stdout.once('data', () => resolve());
      });
      await new Promise((r) => setTimeout(r, (round * 7) % 45));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      const text = await readFile(target, 'utf8');
      expect(complete.has(text), `after kill ${round} the file is ${text.length} chars, not a complete version`).toBe(true);
      if ((await readdir(dir)).some((n) => n.endsWith('.tmp'))) killedMidWrite += 1;
    }
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 60_000);
});

describe('writeFolderAtomic', () => {
  it('writes nested files and replaces the folder with exactly the new set', async () => {
    const target = join(dir, 'articles');
    await writeFolderAtomic(target, [
      ['a.txt', 'first'],
      ['2016/b.txt', 'second'],
    ]);
    expect(await readFile(join(target, '2016/b.txt'), 'utf8')).toBe('second');
    await writeFolderAtomic(target, [['c.txt', 'third']]);
    expect(await readdir(target)).toEqual(['c.txt']);
    expect(await readdir(dir)).toEqual(['articles']);
  });

  it('refuses a path that leaves the folder and keeps the old folder untouched', async () => {
    const target = join(dir, 'articles');
    await writeFolderAtomic(target, [['keep.txt', 'old']]);
    for (const bad of ['../escape.txt', '/abs.txt', 'a/../../x.txt', 'a//b.txt', '']) {
      await expect(writeFolderAtomic(target, [['fine.txt', 'new'], [bad, 'x']])).rejects.toThrow(/not a safe relative path/);
    }
    expect(await readdir(target)).toEqual(['keep.txt']);
    expect(await readdir(dir)).toEqual(['articles']);
  });

  it('cleans up the folders a killed run left beside the target', async () => {
    const target = join(dir, 'articles');
    await mkdir(join(dir, '.articles.99-0000.tmp'));
    await mkdir(join(dir, '.articles.99-0001.old'));
    await writeFolderAtomic(target, [['a.txt', 'x']]);
    expect(await readdir(dir)).toEqual(['articles']);
  });
});
