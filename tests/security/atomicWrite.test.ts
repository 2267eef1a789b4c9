/** Safe writes: a reader sees the old file or the new one, never a partial one, even when the writer is killed. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesThenCommit, writeFolderAtomic } from '../../scripts/lib/atomicWrite.ts';

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
    const complete = new Set(
      ['A', 'B'].map((run) => JSON.stringify({ version: 1, run, pad: run.toLowerCase().repeat(size) })),
    );
    // Kill after the first complete write, at a different point of a later write each round, until some kills
    // have landed mid-write (a temporary file left behind proves it), so the test exercises the window it guards.
    let killedMidWrite = 0;
    for (let round = 0; round < 20 && killedMidWrite < 3; round += 1) {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'fixtures/rewriteForever.mts'), target, String(size)],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      await new Promise<void>((resolve, reject) => {
        child.once('error', reject);
        child.stdout.once('data', () => resolve());
      });
      await new Promise((r) => setTimeout(r, (round * 7) % 45));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      const text = await readFile(target, 'utf8');
      expect(complete.has(text), `after kill ${round} the file is ${text.length} chars, not a complete version`).toBe(
        true,
      );
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
      await expect(
        writeFolderAtomic(target, [
          ['fine.txt', 'new'],
          [bad, 'x'],
        ]),
      ).rejects.toThrow(/not a safe relative path/);
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

describe('writeFilesThenCommit', () => {
  it('writes new files before the commit and removes files no longer listed after it', async () => {
    const texts = join(dir, 'texts');
    await writeFilesThenCommit(
      texts,
      [
        ['a.1111.txt', 'A'],
        ['sub/b.2222.txt', 'B'],
      ],
      async () => {
        await writeFileAtomic(join(dir, 'events.json'), '["a.1111","sub/b.2222"]');
      },
    );
    const seenAtCommit: string[][] = [];
    await writeFilesThenCommit(texts, [['a.3333.txt', 'A2']], async () => {
      seenAtCommit.push((await readdir(texts, { recursive: true })).sort());
      await writeFileAtomic(join(dir, 'events.json'), '["a.3333"]');
    });
    // At commit time both the old pointer's files and the new ones exist: a crash then leaves either pair whole.
    expect(seenAtCommit).toEqual([['a.1111.txt', 'a.3333.txt', 'sub', 'sub/b.2222.txt']]);
    expect(await readdir(texts, { recursive: true })).toEqual(['a.3333.txt']);
  });

  it('leaves every old file in place when the commit fails', async () => {
    const texts = join(dir, 'texts');
    await writeFilesThenCommit(texts, [['a.1111.txt', 'A']], async () => undefined);
    await expect(
      writeFilesThenCommit(texts, [['a.2222.txt', 'A2']], async () => {
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(await readFile(join(texts, 'a.1111.txt'), 'utf8')).toBe('A');
  });

  it('does not rewrite a file whose content is unchanged, and clears leftovers of killed runs', async () => {
    const texts = join(dir, 'texts');
    await writeFilesThenCommit(
      texts,
      [
        ['a.txt', 'same'],
        ['b.txt', 'old'],
      ],
      async () => undefined,
    );
    const before = await Promise.all(['a.txt', 'b.txt'].map((n) => stat(join(texts, n))));
    await writeFile(join(texts, '.a.txt.1-ffffffff.tmp'), 'leftover of a killed run');
    await writeFilesThenCommit(
      texts,
      [
        ['a.txt', 'same'],
        ['b.txt', 'new'],
      ],
      async () => undefined,
    );
    const after = await Promise.all(['a.txt', 'b.txt'].map((n) => stat(join(texts, n))));
    // An atomic rewrite renames a new inode into place; an untouched file keeps its inode.
    expect(after[0]?.ino).toBe(before[0]?.ino);
    expect(after[1]?.ino).not.toBe(before[1]?.ino);
    expect((await readdir(texts)).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('writes many files concurrently, each whole, and commits only after all of them exist', async () => {
    const texts = join(dir, 'texts');
    const files = Array.from(
      { length: 300 },
      (_, i) => [`${i % 3}/f${i}.txt`, `content ${i} ${'y'.repeat(i * 7)}`] as const,
    );
    let presentAtCommit = 0;
    await writeFilesThenCommit(texts, files, async () => {
      presentAtCommit = (await readdir(texts, { recursive: true })).filter((n) => n.endsWith('.txt')).length;
    });
    expect(presentAtCommit).toBe(300);
    for (const [name, content] of files) expect(await readFile(join(texts, name), 'utf8')).toBe(content);
  });

  it('does not commit when one file cannot be written, and returns only once the other writes are done', async () => {
    const texts = join(dir, 'texts');
    // A folder where a file is to go: that one write fails, the others succeed.
    await mkdir(join(texts, 'f7.txt'), { recursive: true });
    const files = Array.from({ length: 100 }, (_, i) => [`f${i}.txt`, `content ${i}`] as const);
    let committed = false;
    await expect(
      writeFilesThenCommit(texts, files, async () => {
        committed = true;
      }),
    ).rejects.toThrow();
    expect(committed).toBe(false);
    const names = await readdir(texts);
    // Every other file is in place (nothing left in flight), and no temporary remains.
    expect(names.filter((n) => /^f\d+\.txt$/.test(n)).length).toBe(100);
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('leaves an events.json whose texts all exist with their content when the writer is killed at any moment', async () => {
    const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);
    let checked = 0;
    let killedMidPublish = 0;
    for (let round = 0; round < 12; round += 1) {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'fixtures/publishForever.mts'), dir, '400'],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise<void>((resolve, reject) => {
        child.once('error', reject);
        child.stdout.once('data', () => resolve());
      });
      await new Promise((r) => setTimeout(r, (round * 13) % 90));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      const names = JSON.parse(await readFile(join(dir, 'events.json'), 'utf8')) as string[];
      expect(names.length).toBe(400);
      for (const name of names) {
        const text = await readFile(join(dir, 'texts', name), 'utf8');
        expect(name.split('.')[1], `after kill ${round}, ${name} holds other content`).toBe(hash(text));
        checked += 1;
      }
      // Both rounds' texts side by side, or a temporary: the kill landed between the first write and the sweep.
      if ((await readdir(join(dir, 'texts'))).length !== 400) killedMidPublish += 1;
    }
    expect(checked).toBe(12 * 400);
    expect(killedMidPublish).toBeGreaterThan(0);
  }, 120_000);
});
