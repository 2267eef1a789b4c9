/**
 * A crash between writing the temporary file and renaming it into place, simulated by a failing rename (this
 * file mocks node:fs/promises for itself only): the target keeps its old content and no temporary is left.
 */
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFolderAtomic } from '../../scripts/lib/atomicWrite.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-crash-'));
});
afterEach(async () => {
  vi.mocked(rename).mockClear();
  await rm(dir, { recursive: true, force: true });
});

it('keeps the old events.json when the rename fails after the write', async () => {
  const target = join(dir, 'events.json');
  await writeFile(target, '{"version":1,"old":true}');
  vi.mocked(rename).mockRejectedValueOnce(Object.assign(new Error('simulated crash'), { code: 'EIO' }));
  await expect(writeFileAtomic(target, '{"version":1,"new":true}')).rejects.toThrow('simulated crash');
  expect(await readFile(target, 'utf8')).toBe('{"version":1,"old":true}');
  expect(await readdir(dir)).toEqual(['events.json']);
});

it('keeps the old folder when moving it aside fails', async () => {
  const target = join(dir, 'articles');
  await writeFolderAtomic(target, [['a.txt', 'old']]);
  vi.mocked(rename).mockRejectedValueOnce(new Error('simulated crash'));
  await expect(writeFolderAtomic(target, [['a.txt', 'new']])).rejects.toThrow('simulated crash');
  expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('old');
  expect(await readdir(dir)).toEqual(['articles']);
});

it('puts the old folder back when moving the new one in fails', async () => {
  const target = join(dir, 'articles');
  await writeFolderAtomic(target, [['a.txt', 'old']]);
  const actual = await vi.importActual<typeof FsPromises>('node:fs/promises');
  vi.mocked(rename).mockImplementationOnce(actual.rename).mockRejectedValueOnce(new Error('simulated crash'));
  await expect(writeFolderAtomic(target, [['a.txt', 'new']])).rejects.toThrow('simulated crash');
  expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('old');
  expect(await readdir(dir)).toEqual(['articles']);
});
