/**
 * `npm run extract -- --workers N`: extraction in worker threads gives the bytes of the single-threaded run. The
 * corpus comes from the synthetic generator (varied dates, aliases, footers, comments), large enough that every
 * worker gets several batches and the merge refiner joins reports extracted by different threads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLexiconVocabulary } from '../../scripts/synthetic/lexiconVocabulary.ts';
import { writeCorpus } from '../../scripts/synthetic/writeOutputs.ts';

const root = mkdtempSync(join(tmpdir(), 'extract-workers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Two spawns of tsx extracting 300 articles on a shared two-core machine; nothing here is timed. */
const TIMEOUT = 180_000;

const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/extract.ts');

function extract(args: readonly string[]): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: resolve('.'), encoding: 'utf8', timeout: TIMEOUT });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('npm run extract -- --workers', () => {
  it(
    'writes byte-identical events.json and texts/ with 1 and 2 workers, with progress on both',
    () => {
      const input = join(root, 'corpus');
      const summary = writeCorpus(input, 300, 7, readLexiconVocabulary('data/lexicon'));
      expect(summary.files).toBe(300);

      const outputs = [1, 2].map((workers) => {
        const out = join(root, `out-${workers}`, 'events.json');
        const r = extract(['--in', input, '--out', out, '--workers', String(workers)]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toMatch(/extract: extracted 300\/300\n/);
        expect(r.stderr).toMatch(/300 articles used, 0 rejected, \d+ events/);
        return join(root, `out-${workers}`);
      });
      const [single, parallel] = outputs as [string, string];

      const events = readFileSync(join(single, 'events.json'));
      expect(JSON.parse(events.toString('utf8')).events.length).toBeGreaterThan(300);
      expect(readFileSync(join(parallel, 'events.json')).equals(events)).toBe(true);

      const texts = readdirSync(join(single, 'texts')).sort();
      expect(texts).toHaveLength(300);
      expect(readdirSync(join(parallel, 'texts')).sort()).toEqual(texts);
      for (const name of texts) {
        const a = readFileSync(join(single, 'texts', name));
        expect(readFileSync(join(parallel, 'texts', name)).equals(a), name).toBe(true);
      }
    },
    TIMEOUT * 2,
  );

  it(
    'documents --workers in --help and refuses a count that is not a positive integer (exit 2)',
    () => {
      const help = extract(['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/--workers N/);
      for (const bad of ['0', '-1', '1.5', 'two']) {
        const r = extract([`--workers=${bad}`, '--out', join(root, 'bad', 'events.json')]);
        expect(r.code, bad).toBe(2);
        expect(r.stderr).toContain(`--workers must be a positive integer: ${bad}`);
      }
    },
    TIMEOUT,
  );
});
