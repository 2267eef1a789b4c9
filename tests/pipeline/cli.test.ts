/** The extract CLI, spawned on temporary folders: exit codes, outputs beside the events file, usage errors. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSourceOffsets, parseEventsFile } from '../../src/model/index.ts';

const root = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each test spawns Node; on a loaded two-core machine one spawn can take several seconds. */
const SPAWN_TIMEOUT = 60_000;

/**
 * What `npm run extract` runs: the prebuilt bundle of scripts/extract.ts (tests/pipeline/cliBundle.test.ts checks it
 * writes the bytes the sources write). Half the CPU of a tsx start, which transforms every pipeline module.
 */
const LAUNCHER = resolve('scripts/run-extract.mjs');

function extract(args: readonly string[]): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: resolve('.'),
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT,
  });
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
      write(join(input, 'notes.yaml'), 'ignored: true');
      const out = join(root, 'ok-out', 'events.json');
      const r = extract(['--in', input, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/2 files read, 2 articles used, 0 rejected, \d+ events, [\d.]+ s/);
      // Issue 11's start-up figure: when the lexicon was loaded, counted from the process's start.
      expect(r.stderr).toMatch(/\(lexicon [\d.]+ \(loaded at [\d.]+\), read [\d.]+,/);
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
      write(join(input, 'page.html'), '<html><head><title>Saved page</title></head><body></body></html>');
      const out = join(root, 'partial-out', 'events.json');
      const r = extract(['--in', input, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/rejected page\.html/);
      expect(r.stderr).toMatch(/1 rejected/);
      expect(parseEventsFile(JSON.parse(readFileSync(out, 'utf8'))).articles.map((a) => a.id)).toEqual(['good']);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'reads saved pages and collections, with offsets into each row text; exits 1 when a published date is not read',
    () => {
      const input = join(root, 'forms');
      const paragraph =
        'Rebel fighters took control of the town of Raqqa on Monday after three days of fighting, residents said.';
      write(
        join(input, 'page.html'),
        `<html><head><meta property="og:title" content="Raqqa falls"><meta property="article:published_time" content="2019-03-12T09:00:00+03:00"></head>` +
          `<body><nav><a href="/">Home</a></nav><article><p>${paragraph}</p><p>${paragraph.replace('Raqqa', 'Tabqa')}</p></article></body></html>`,
      );
      write(
        join(input, 'export.csv'),
        'id,headline,pubDate,content\nr1,Strike,"March 12, 2019","ISIS fighters seized Raqqa on Monday, officials said."\n' +
          'r2,Undated,someday,"Syrian government forces retook Palmyra on March 27, 2016, the army said."\n',
      );
      // Reserved names: the analyst's lexicon overlay (valid, adds nothing) and corrections are no collections.
      write(join(input, 'lexicon.json'), '{"about": "an analyst overlay", "actors": []}');
      const out = join(root, 'forms-out', 'events.json');
      const r = extract(['--in', input, '--out', out]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/warning export\.csv:3: row 2: published "someday" is not a real date/);
      expect(r.stderr).toMatch(/2 files read, 3 articles used, 1 with a published date not read, 0 rejected/);
      const file = parseEventsFile(JSON.parse(readFileSync(out, 'utf8')));
      expect(file.articles.map((a) => [a.id, a.title, a.published])).toEqual([
        ['export/r1', 'Strike', '2019-03-12'],
        ['export/r2', 'Undated', null],
        ['page', 'Raqqa falls', '2019-03-12'],
      ]);
      const textOf = (id: string): string | undefined => {
        const entry = file.articles.find((a) => a.id === id);
        return entry?.textFile === undefined
          ? undefined
          : readFileSync(join(root, 'forms-out', entry.textFile), 'utf8');
      };
      expect(textOf('export/r1')).toBe('ISIS fighters seized Raqqa on Monday, officials said.');
      expect(textOf('page')).toBe(`${paragraph}\n\n${paragraph.replace('Raqqa', 'Tabqa')}`);
      expect(file.articles.find((a) => a.id === 'export/r2')?.warnings?.[0]).toMatch(
        /^export\.csv:3: row 2: published "someday"/,
      );
      expect(new Set(file.events.flatMap((e) => e.sources.map((s) => s.article)))).toEqual(
        new Set(['export/r1', 'export/r2', 'page']),
      );
      expect(checkSourceOffsets(file, textOf)).toEqual([]);
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
    'exits 3, writing nothing, when the output cannot be written',
    () => {
      const input = join(root, 'exit3-in');
      write(join(input, 'a.md'), WITH_DATE);
      // A file where the output's folder should be: neither events.json nor texts/ can be made under it.
      const blocker = join(root, 'exit3-blocker');
      writeFileSync(blocker, '');
      const r = extract(['--in', input, '--out', join(blocker, 'events.json')]);
      expect(r.code).toBe(3);
      // One line naming the output and the file in the way, not a stack trace.
      expect(r.stderr).toContain(
        `extract: ${join(blocker, 'events.json')} not written: ${join(blocker, 'texts')}: ${blocker} is a file, not a folder`,
      );
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(readFileSync(blocker, 'utf8')).toBe('');
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 3 with one line naming the output when a folder has its name',
    () => {
      const input = join(root, 'exit3-in');
      write(join(input, 'a.md'), WITH_DATE);
      const out = join(root, 'exit3-folder', 'events.json');
      mkdirSync(out, { recursive: true });
      const r = extract(['--in', input, '--out', out]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`extract: ${out} not written: a folder has that name`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    },
    SPAWN_TIMEOUT,
  );

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
