/** `npm run export`, spawned: each format written from the app fixture, usage and input errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_FIXTURE } from './fixtureEvents.ts';

const root = mkdtempSync(join(tmpdir(), 'export-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each test spawns tsx; on a loaded two-core machine one spawn can take several seconds. */
const SPAWN_TIMEOUT = 60_000;
const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/export.ts');

function runExport(args: readonly string[]): { code: number | null; stderr: string } {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: resolve('.'), encoding: 'utf8', timeout: SPAWN_TIMEOUT });
  return { code: r.status, stderr: r.stderr };
}

describe('npm run export', () => {
  it(
    'writes each format from the fixture, leaving no temporary file',
    () => {
      const dir = join(root, 'ok');
      const fixture = JSON.parse(readFileSync(APP_FIXTURE, 'utf8')) as { events: unknown[] };
      for (const format of ['acled', 'csv', 'geojson', 'timelinejs']) {
        const out = join(dir, `events.${format}`);
        const r = runExport(['--in', APP_FIXTURE, '--format', format, '--out', out]);
        expect(r.code).toBe(0);
        expect(r.stderr).toContain(`wrote ${out}`);
        const text = readFileSync(out, 'utf8');
        if (format === 'acled') expect(parse(text, { columns: true })).toHaveLength(fixture.events.length);
        // The spreadsheet CSV carries the page's byte order mark (flatCsv.ts); the ACLED table does not.
        if (format === 'csv' || format === 'acled') expect(text.startsWith('\uFEFF')).toBe(format === 'csv');
        if (format === 'geojson') expect(JSON.parse(text)).toMatchObject({ type: 'FeatureCollection' });
        if (format === 'timelinejs') expect(JSON.parse(text).events).toHaveLength(fixture.events.length);
      }
      expect(readdirSync(dir).sort()).toEqual(['events.acled', 'events.csv', 'events.geojson', 'events.timelinejs']);
    },
    SPAWN_TIMEOUT * 4,
  );

  it(
    'refuses an unknown format or a missing option with exit 2 and the usage',
    () => {
      const out = join(root, 'bad.txt');
      const r = runExport(['--in', APP_FIXTURE, '--format', 'kml', '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('unknown format "kml" (one of acled|timelinejs|geojson|csv)');
      expect(r.stderr).toContain('usage: npm run export');
      const missing = runExport(['--in', APP_FIXTURE, '--format', 'csv']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--out FILE is required');
      expect(() => readFileSync(out)).toThrow();
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'names the file when the input is missing or breaks the contract (exit 1)',
    () => {
      const missing = join(root, 'nope.json');
      const r = runExport(['--in', missing, '--format', 'csv', '--out', join(root, 'x.csv')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`cannot read ${missing}`);
      const broken = join(root, 'broken.json');
      writeFileSync(broken, JSON.stringify({ version: 1, events: [{ id: 'e' }], articles: [] }));
      const b = runExport(['--in', broken, '--format', 'csv', '--out', join(root, 'x.csv')]);
      expect(b.code).toBe(1);
      expect(b.stderr).toContain(`${broken}: events.json does not match the contract`);
    },
    SPAWN_TIMEOUT * 2,
  );
});
