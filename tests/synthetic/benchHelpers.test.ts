import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeSamples, type ExtractionSample } from '../../scripts/bench/extractionSample.ts';
import { measurePayload } from '../../scripts/bench/payload.ts';
import { formatNumber, renderTable } from '../../scripts/bench/table.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const sample = (ms: number, peakRssMB: number): ExtractionSample => ({
  mode: 'pipeline',
  articles: 1000,
  rejected: 0,
  bytes: 2_000_000,
  ms,
  outputs: 5000,
  lexiconMs: 40,
  peakRssMB,
});

describe('summarizeSamples', () => {
  it('takes the median time and the highest peak memory over repetitions', () => {
    const f = summarizeSamples([sample(900, 150), sample(500, 170), sample(400, 160)]);
    expect(f).toMatchObject({
      seconds: 0.5,
      articlesPerSecond: 2000,
      mbPerSecond: 4,
      peakRssMB: 170,
      lexiconSeconds: 0.04,
    });
  });

  it('passes on why nothing was measured', () => {
    const f = summarizeSamples([{ mode: 'pipeline', articles: 10, rejected: 0, bytes: 1, unavailable: 'no entry' }]);
    expect(f).toEqual({ unavailable: 'no entry' });
  });
});

describe('measurePayload', () => {
  it('sums gzipped JS and CSS only, leaving events, texts and other files out', () => {
    const d = mkdtempSync(join(tmpdir(), 'payload-'));
    dirs.push(d);
    mkdirSync(join(d, 'assets'));
    mkdirSync(join(d, 'texts'));
    const js = 'export const x = 1;\n'.repeat(200);
    const css = 'body { margin: 0 }\n'.repeat(100);
    writeFileSync(join(d, 'assets', 'index.js'), js);
    writeFileSync(join(d, 'assets', 'index.css'), css);
    writeFileSync(join(d, 'events.json'), '{"version":1}'.repeat(1000));
    writeFileSync(join(d, 'texts', 'a.txt'), 'text '.repeat(1000));
    writeFileSync(join(d, 'index.html'), '<!doctype html>');
    const p = measurePayload(d);
    expect(p.files).toBe(2);
    expect(p.rawBytes).toBe(js.length + css.length);
    expect(p.gzipBytes).toBe(gzipSync(js, { level: 9 }).length + gzipSync(css, { level: 9 }).length);
    expect(p.perFile.map(([f]) => f)).toEqual([join('assets', 'index.css'), join('assets', 'index.js')]);
  });
});

describe('renderTable', () => {
  it('prints one Markdown table with a row per figure and escapes pipes in cells', () => {
    const out = renderTable([
      {
        area: 'extraction',
        measure: 'articles/s',
        n: '1,000',
        ours: '2,100',
        peer: 'a | b',
        ratio: '',
        target: '≥ 2,000',
        status: 'met',
      },
    ]);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('| area | measure | N | ours | peer / baseline (same run) | ratio | target | status |');
    expect(lines[2]).toBe('| extraction | articles/s | 1,000 | 2,100 | a \\| b |  | ≥ 2,000 | met |');
  });

  it('formats numbers the same on every machine', () => {
    expect(formatNumber(12345.678)).toBe('12,346');
    expect(formatNumber(0.5, 2)).toBe('0.50');
  });
});
