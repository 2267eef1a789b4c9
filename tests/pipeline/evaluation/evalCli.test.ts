/** The eval CLI, spawned: one set or a folder and gold file of its own, the summary table, usage errors. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'eval-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each test spawns tsx; on a loaded two-core machine one spawn can take several seconds. */
const SPAWN_TIMEOUT = 60_000;

const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/eval.ts');

function evaluate(args: readonly string[]): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: resolve('.'), encoding: 'utf8', timeout: SPAWN_TIMEOUT });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** Two sets of one article each, written for this test, and their gold. */
function writeSet(name: string, gold: object): { dir: string; gold: string } {
  const dir = join(root, name, 'articles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, '01_goma.md'),
    '---\ntitle: "Rebels take Goma"\npublished: 2025-01-28\n---\n' +
      'M23 rebels said on Monday they had captured Goma. Congolese soldiers surrendered at the airport on Tuesday.\n',
  );
  const goldFile = join(root, name, 'gold.json');
  writeFileSync(goldFile, JSON.stringify(gold));
  return { dir, gold: goldFile };
}

describe('npm run eval', () => {
  it(
    'scores a folder against its gold file, names compared through the lexicon (exit 0)',
    () => {
      const set = writeSet('one', {
        events: [
          {
            article: '01',
            quote: 'said on Monday they had captured Goma',
            date: '2025-01-27',
            actors: ['March 23 Movement'],
            location: 'Goma',
            type: 'capture',
          },
        ],
      });
      const r = evaluate(['--in', set.dir, '--gold', set.gold, '--summary']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Matching: /);
      expect(r.stdout).toMatch(/recall {4}100\.0% \(1 of 1 gold events; date right\)/);
      expect(r.stdout).toMatch(/type right \(the gold event type\): 100\.0% of found \(1 of 1\)/);
      // The gold writes M23's full name, which the lexicon lists as its alias.
      expect(r.stdout).toMatch(/actors right \(every gold actor present\): 100\.0% of found \(1 of 1\)/);
      // --summary leaves out the itemised lists, and one set needs no table.
      expect(r.stdout).not.toMatch(/Misses \(/);
      expect(r.stdout).not.toMatch(/== Summary/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'prints the itemised lists without --summary',
    () => {
      const set = writeSet('two', {
        events: [
          {
            article: '01',
            quote: 'Congolese soldiers surrendered',
            date: '2025-01-29',
            actors: [],
            location: null,
            type: 'withdrawal',
          },
        ],
      });
      const r = evaluate(['--in', set.dir, '--gold', set.gold]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Misses \(1\):\n {2}01 2025-01-29 withdrawal “Congolese soldiers surrendered”/);
      expect(r.stdout).toMatch(/sentence found, but its date is 2025-01-28/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'refuses an unknown set, --in without --gold, and a gold file that does not parse (exit 2)',
    () => {
      const unknown = evaluate(['--set', 'nope']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(
        /unknown set "nope" \(known: seeds, dev, dev-isis, dev-fresh, dev-fresh2, dev-fresh3, dev-fresh4, dev-fresh5\)/,
      );
      const half = evaluate(['--in', root]);
      expect(half.code).toBe(2);
      expect(half.stderr).toMatch(/--in and --gold go together/);
      const bad = join(root, 'bad.json');
      writeFileSync(bad, '{"events": [{"article": "01"}]}');
      const unparsed = evaluate(['--in', root, '--gold', bad]);
      expect(unparsed.code).toBe(2);
      expect(unparsed.stderr).toMatch(/bad\.json: gold file does not match its format/);
    },
    SPAWN_TIMEOUT,
  );
});
