/**
 * What the product build (`npm run build`, dist/) holds: the app's page and no benchmark entry (issue 12 item 10).
 * `npm run bench` builds bench.html into dist-bench/ instead (vite.config.ts). Needs a fresh `npx vite build`, like
 * the other end-to-end tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from './support/site.ts';

/** What only the benchmark entry (src/app/bench/benchMain.tsx) carries: the harness hooks it reads from window. */
const BENCH_MARK = '__BENCH__';

let files: string[];
beforeAll(() => {
  requireDist();
  files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('texts'));
});

describe('the product build', () => {
  it('has index.html as its only page', () => {
    expect(files.filter((f) => f.endsWith('.html'))).toEqual(['index.html']);
  });

  it('carries no benchmark code in any script', () => {
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(BENCH_MARK))).toEqual([]);
  });
});
