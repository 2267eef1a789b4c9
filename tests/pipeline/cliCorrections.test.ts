/** The extract CLI with a corrections.json in the input folder: applied, reported, counted, and the exit code. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEventsFile } from '../../src/model/index.ts';

const root = mkdtempSync(join(tmpdir(), 'extract-corrections-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each test spawns Node; on a loaded two-core machine one spawn can take several seconds. */
const SPAWN_TIMEOUT = 60_000;

/** What `npm run extract` runs: the prebuilt bundle of scripts/extract.ts (see tests/pipeline/cliBundle.test.ts). */
const LAUNCHER = resolve('scripts/run-extract.mjs');

function extract(input: string, out: string): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [LAUNCHER, '--in', input, '--out', out], {
    cwd: resolve('.'),
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT,
  });
  return { code: r.status, stderr: r.stderr };
}

const ARTICLE =
  '---\ntitle: "Town retaken"\npublished: "2016-03-28"\n---\n' +
  'Syrian government forces retook Palmyra on March 27, 2016, the army said. ' +
  'Coalition aircraft struck Raqqa on March 20, 2016.\n';

function folder(name: string, corrections: string): { input: string; out: string } {
  const input = join(root, name);
  mkdirSync(input, { recursive: true });
  writeFileSync(join(input, 'wire.md'), ARTICLE);
  writeFileSync(join(input, 'corrections.json'), corrections);
  return { input, out: join(root, `${name}-out`, 'events.json') };
}

describe('npm run extract with corrections.json', () => {
  it(
    'applies the corrections, records them, and exits 0 when all applied',
    () => {
      const first = folder('first', '{"version": 1, "corrections": []}');
      expect(extract(first.input, first.out).code).toBe(0);
      const events = parseEventsFile(JSON.parse(readFileSync(first.out, 'utf8'))).events;
      expect(events.length).toBeGreaterThanOrEqual(2);
      const [a, b] = events as [(typeof events)[0], (typeof events)[0]];
      const ok = folder(
        'ok',
        JSON.stringify({
          version: 1,
          corrections: [
            { event: a.id, set: { title: 'Corrected title', type: 'airstrike' }, note: 'checked' },
            { event: b.id, drop: true },
          ],
        }),
      );
      const r = extract(ok.input, ok.out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/corrections .*corrections\.json \(2 entries\)/);
      expect(r.stderr).toMatch(/, 2 corrections applied, /);
      const file = parseEventsFile(JSON.parse(readFileSync(ok.out, 'utf8')));
      expect(file.events.map((e) => e.id)).not.toContain(b.id);
      const edited = file.events.find((e) => e.id === a.id);
      expect(edited).toMatchObject({ title: 'Corrected title', type: 'airstrike' });
      expect(edited?.acled?.eventType).toBeTruthy();
      expect(edited?.corrected).toEqual([
        { what: 'title', note: 'checked' },
        { what: 'type', note: 'checked' },
      ]);
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'names an unknown id and an invalid entry, counts them and exits 1, writing the rest',
    () => {
      const bad = folder(
        'bad',
        JSON.stringify({
          version: 1,
          corrections: [
            { event: 'ev-feedfeedfeedfeed', drop: true },
            { event: 'x', set: { type: 'riot' } },
          ],
        }),
      );
      const r = extract(bad.input, bad.out);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/warning .*corrections\.json: corrections\[0\]: no event ev-feedfeedfeedfeed/);
      expect(r.stderr).toMatch(/warning .*corrections\.json: corrections\[1\]: set\.type: /);
      expect(r.stderr).toMatch(/, 0 corrections applied \(2 not applied\), /);
      expect(parseEventsFile(JSON.parse(readFileSync(bad.out, 'utf8'))).events.length).toBeGreaterThan(0);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'refuses a corrections.json that is not JSON or not version 1 (exit 2, nothing written)',
    () => {
      const broken = folder('broken', '{"version": 1, "corrections": [');
      const r = extract(broken.input, broken.out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/broken\/corrections\.json: cannot read: /);
      const v2 = folder('v2', '{"version": 2, "corrections": []}');
      const r2 = extract(v2.input, v2.out);
      expect(r2.code).toBe(2);
      expect(r2.stderr).toMatch(/corrections\.json has version 2/);
    },
    SPAWN_TIMEOUT * 2,
  );
});
