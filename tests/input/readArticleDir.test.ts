/** The folder edge: a folder mixing every bad input with good ones, duplicate ids, huge files, order and errors. */
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatInputProblem } from '../../src/model/index.ts';
import { articleIdOf } from '../../src/pipeline/input/index.ts';
import { ArticleDirError, readArticleDir, type ReadProgress } from '../../scripts/lib/readArticleDir.ts';
import { BAD_INPUTS, HUGE_ARTICLE_BYTES, TODAY, utf8 } from './badInputs.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'read-article-dir-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(dir: string, file: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(join(dir, file)), { recursive: true });
  await writeFile(join(dir, file), bytes);
}

async function writeCorpus(dir: string, order: 'forward' | 'reverse' = 'forward'): Promise<void> {
  const inputs = order === 'forward' ? BAD_INPUTS : [...BAD_INPUTS].reverse();
  for (const input of inputs) await put(dir, input.file, input.bytes);
  // 20 MB without writing 20 MB: a sparse file. Its size alone must refuse it (it is never read).
  await put(dir, 'huge.md', '');
  await truncate(join(dir, 'huge.md'), HUGE_ARTICLE_BYTES);
  await put(dir, '.hidden.md', 'A dotfile: ignored.');
  await put(dir, '.git/config.md', 'Inside a dot-folder: ignored.');
  await put(dir, 'notes.yaml', 'not: an article');
  // Reserved at the top of the folder: they configure the run (lexicon overlay, corrections).
  await put(dir, 'lexicon.json', '{"not": "a collection"}');
  await put(dir, 'corrections.json', '{"version": 1, "corrections": []}');
}

function lines(problems: readonly Parameters<typeof formatInputProblem>[0][]): string[] {
  return problems.map(formatInputProblem);
}

describe('readArticleDir on a folder mixing every bad input with good ones', () => {
  it('uses every acceptable article and reports every other file on one line', async () => {
    await writeCorpus(root);
    const result = await readArticleDir(root, { today: TODAY });

    const usable = BAD_INPUTS.filter((b) => b.outcome !== 'rejected');
    expect(result.articles.map((a) => a.id)).toEqual(usable.map((b) => articleIdOf(b.file)).sort());

    const expectedRejections = [
      ...BAD_INPUTS.filter((b) => b.outcome === 'rejected').map((b) => ({ file: b.file, lines: b.lines ?? [] })),
      {
        file: 'huge.md',
        lines: ['huge.md: file is 20 MB, over the 2 MB limit for one article; split it or keep only the article text'],
      },
    ].sort((a, b) => (a.file < b.file ? -1 : 1));
    const rejected = lines(result.rejected);
    expect(rejected).toHaveLength(expectedRejections.length);
    expectedRejections.forEach((e, i) => {
      const [line] = e.lines;
      if (typeof line === 'string') expect(rejected[i]).toBe(line);
      else expect(rejected[i]).toMatch(line as RegExp);
    });

    const expectedWarnings = BAD_INPUTS.filter((b) => b.outcome === 'warned').flatMap((b) => b.lines ?? []);
    expect(lines(result.warnings)).toHaveLength(expectedWarnings.length);
    for (const w of expectedWarnings) expect(lines(result.warnings)).toContain(w);
  });

  it('keeps the good article intact next to the bad ones', async () => {
    await writeCorpus(root);
    const { articles } = await readArticleDir(root, { today: TODAY });
    expect(articles.find((a) => a.id === 'good/plain')).toEqual({
      id: 'good/plain',
      title: 'A good article',
      publisher: 'Example Wire',
      url: 'https://example.org/good',
      published: '2017-02-27',
      text: 'Government forces recaptured the town of Tadef on 26 February 2017, the ministry said.\n',
    });
  });

  it('gives byte-identical results whatever order the files were created in', async () => {
    const other = await mkdtemp(join(tmpdir(), 'read-article-dir-rev-'));
    try {
      await writeCorpus(root, 'forward');
      await writeCorpus(other, 'reverse');
      const a = JSON.stringify(await readArticleDir(root, { today: TODAY }));
      const b = JSON.stringify(await readArticleDir(root, { today: TODAY }));
      const c = JSON.stringify(await readArticleDir(other, { today: TODAY }));
      expect(b).toBe(a);
      expect(c).toBe(a);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('reports progress once per candidate file, ending at the total', async () => {
    await writeCorpus(root);
    const seen: ReadProgress[] = [];
    await readArticleDir(root, { today: TODAY, onProgress: (p) => seen.push(p) });
    // Every corpus file plus huge.md; the dotfiles, notes.yaml and the reserved .json files are not candidates.
    expect(seen).toHaveLength(BAD_INPUTS.length + 1);
    expect(seen.map((p) => p.done)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.every((p) => p.total === BAD_INPUTS.length + 1)).toBe(true);
  });
});

describe('readArticleDir: duplicate ids', () => {
  it('keeps the file whose path sorts first and names both files', async () => {
    await put(root, 'a.txt', 'Text version.');
    await put(root, 'a.md', 'Markdown version.');
    const result = await readArticleDir(root, { today: TODAY });
    expect(result.articles.map((a) => a.text)).toEqual(['Markdown version.']);
    expect(lines(result.rejected)).toEqual([
      'a.txt: same article id "a" as a.md, which is used; this one is skipped (rename one of them)',
    ]);
  });

  it('uses the good file when its twin is broken', async () => {
    await put(root, 'b.md', new Uint8Array(0));
    await put(root, 'b.txt', 'The only readable version.');
    const result = await readArticleDir(root, { today: TODAY });
    expect(result.articles.map((a) => `${a.id}:${a.text}`)).toEqual(['b:The only readable version.']);
    expect(lines(result.rejected)).toEqual(['b.md: empty file']);
  });

  it('treats nested folders as part of the id, so equal names in different folders do not clash', async () => {
    await put(root, '2016/report.md', 'First.');
    await put(root, '2017/report.md', 'Second.');
    const result = await readArticleDir(root, { today: TODAY });
    expect(result.articles.map((a) => a.id)).toEqual(['2016/report', '2017/report']);
  });
});

describe('readArticleDir: the file system edge', () => {
  it('reads upper-case extensions and keeps the id as written', async () => {
    await put(root, 'Upper.MD', 'Shouted extension.');
    expect((await readArticleDir(root, { today: TODAY })).articles.map((a) => a.id)).toEqual(['Upper']);
  });

  it('follows a link to a file, not a link to a folder, and reports a broken link', async () => {
    await put(root, 'real/one.md', 'Linked text.');
    await symlink(join(root, 'real/one.md'), join(root, 'alias.md'));
    await symlink(join(root, 'real'), join(root, 'loop'));
    await symlink(join(root, 'nowhere.md'), join(root, 'broken.md'));
    const result = await readArticleDir(root, { today: TODAY });
    expect(result.articles.map((a) => a.id)).toEqual(['alias', 'real/one']);
    expect(lines(result.rejected)).toEqual([
      'broken.md: cannot read: not found (a broken symbolic link, or removed while reading)',
    ]);
    expect(lines(result.warnings)).toEqual(['loop: symbolic link to a folder; not followed']);
  });

  it('refuses a missing folder or a file as a usage error', async () => {
    await expect(readArticleDir(join(root, 'absent'), { today: TODAY })).rejects.toThrow(ArticleDirError);
    await put(root, 'file.md', 'x');
    await expect(readArticleDir(join(root, 'file.md'), { today: TODAY })).rejects.toThrow(/input is not a folder/);
  });

  it('honours a smaller size limit, checked before reading', async () => {
    await put(root, 'big.txt', utf8('x'.repeat(5000)));
    await put(root, 'small.txt', utf8('small'));
    const result = await readArticleDir(root, { today: TODAY, maxBytes: 4096 });
    expect(result.articles.map((a) => a.id)).toEqual(['small']);
    expect(lines(result.rejected)).toEqual([
      'big.txt: file is 5 KB, over the 4 KB limit for one article; split it or keep only the article text',
    ]);
  });
});
