/** The extract CLI, spawned on temporary folders: exit codes, outputs beside the events file, usage errors. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSourceOffsets, parseEventsFile } from '../../src/model/index.ts';

const root = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each test spawns tsx; on a loaded two-core machine one spawn can take several seconds. */
const SPAWN_TIMEOUT = 60_000;

const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/extract.ts');

function extract(args: readonly string[]): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: resolve('.'), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

const WITH_DATE =
  '---\ntitle: "Militants Seize Town"\npublished: "2019-03-12"\n---\nISIS fighters seized Raqqa on Monday, officials said.\n';
const NO_DATE = 'Syrian government forces retook Palmyra on March 27, 2016, the army said.\n';

describe('npm run extract', () => {
  it(
    'writes events.json and the article texts beside it, reading folders recursively (exit 0)',
    () => {
      const input = join(root, 'ok');
      write(join(input, 'wire', 'one.md'), WITH_DATE);
      write(join(input, 'two.txt'), NO_DATE);
      write(join(input, 'notes.csv'), 'ignored');
      const out = join(root, 'ok-out', 'events.json');
      const r = extract(['--in', input, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/2 files read, 2 articles used, 0 rejected, \d+ events, [\d.]+ s/);
      expect(r.stderr).toMatch(/two: no published date/);
      const file = parseEventsFile(JSON.parse(readFileSync(out, 'utf8')));
      expect(file.articles.map((a) => [a.id, a.referenceInferred ?? false])).toEqual([
        ['two', true],
        ['wire/one', false],
      ]);
      expect(file.articles.map((a) => a.textFile)).toEqual([
        expect.stringMatching(/^texts\/two\.[0-9a-f]{12}\.txt$/),
        expect.stringMatching(/^texts\/wire\/one\.[0-9a-f]{12}\.txt$/),
      ]);
      const textOf = (id: string): string | undefined => {
        const entry = file.articles.find((a) => a.id === id);
        return entry?.textFile === undefined ? undefined : readFileSync(join(root, 'ok-out', entry.textFile), 'utf8');
      };
      expect(textOf('two')).toBe(NO_DATE);
      expect(checkSourceOffsets(file, textOf)).toEqual([]);
      expect(file.events.map((e) => e.date.start).sort()).toEqual(['2016-03-27', '2019-03-11']);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'writes the other articles and exits 1 when some files are rejected',
    () => {
      const input = join(root, 'partial');
      write(join(input, 'good.md'), WITH_DATE);
      write(join(input, 'page.html'), '<html><body>Saved page</body></html>');
      const out = join(root, 'partial-out', 'events.json');
      const r = extract(['--in', input, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/rejected page\.html/);
      expect(r.stderr).toMatch(/1 rejected/);
      expect(parseEventsFile(JSON.parse(readFileSync(out, 'utf8'))).articles.map((a) => a.id)).toEqual(['good']);
    },
    SPAWN_TIMEOUT,
  );

  const usageErrors: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['an unknown flag', ['--bogus']],
    ['a missing input folder', ['--in', join(root, 'does-not-exist'), '--out', join(root, 'x', 'e.json')]],
    ['an --out that is not a .json file', ['--out', join(root, 'e.txt')]],
  ];
  for (const [what, args] of usageErrors) {
    it(
      `exits 2 with a usage line on ${what}, writing nothing`,
      () => {
        const r = extract(args);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/usage: npm run extract --/);
        expect(existsSync(join(root, 'x'))).toBe(false);
      },
      SPAWN_TIMEOUT,
    );
  }

  it(
    'prints help and exits 0',
    () => {
      const r = extract(['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/--in DIR/);
      expect(r.stdout).toMatch(/Exit: 0/);
    },
    SPAWN_TIMEOUT,
  );
});
