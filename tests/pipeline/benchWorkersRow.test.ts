import { describe, expect, it } from 'vitest';
import {
  cliRow,
  CLI_BEFORE,
  cpuRow,
  extractionRows,
  workersRow,
  type ExtractionResult,
} from '../../scripts/bench/extraction.ts';
import { runOnRows } from '../../scripts/bench/runOn.ts';
import type { ExtractionFigures } from '../../scripts/bench/extractionSample.ts';

const figures = (articlesPerSecond: number): ExtractionFigures => ({
  articlesPerSecond,
  mbPerSecond: articlesPerSecond / 500,
  seconds: 1000 / articlesPerSecond,
  peakRssMB: 200,
  outputs: 6000,
  lexiconSeconds: 0.1,
  cpuSeconds: 1000 / articlesPerSecond,
});

const result = (workers: ExtractionResult['workers']): ExtractionResult => ({
  n: 1000,
  ours: figures(900),
  chrono: figures(2500),
  workers,
  grown: null,
  rejected: 0,
  cli: null,
});

describe('bench: the worker-pool extraction row', () => {
  it('gives the pool’s articles/s beside chrono-node alone, against the 2,000 target', () => {
    expect(workersRow(result(figures(2100)))).toEqual([
      expect.objectContaining({
        measure: 'articles/s with --workers 2 (pool start included)',
        ours: '2,100',
        peer: 'chrono-node alone, 1 thread: 2,500',
        status: 'met',
      }),
    ]);
    expect(workersRow(result(figures(1500)))[0]?.status).toBe('NOT met');
  });

  it('says why when the pool could not run, and is left out when it was not measured', () => {
    expect(workersRow(result({ unavailable: 'no pool' }))[0]).toMatchObject({
      ours: 'not available: no pool',
      status: 'not available',
    });
    expect(workersRow(result(null))).toEqual([]);
  });

  it('sits right after the single-thread articles/s row; the other rows keep their meaning', () => {
    const measures = extractionRows(result(figures(2100))).map((r) => r.measure);
    expect(measures.slice(0, 3)).toEqual([
      'articles/s',
      'articles/s with --workers 2 (pool start included)',
      'time, s (ratio = our overhead)',
    ]);
  });
});

describe('bench: the CPU-time row', () => {
  it('gives our CPU time beside chrono-node’s, against the 4× target', () => {
    // 900 articles/s against 2,500: 1.11 s of CPU against 0.40 s, 2.78×.
    expect(cpuRow(result(null))).toEqual([
      expect.objectContaining({
        measure: 'CPU time, s, user + sys (ratio = our overhead)',
        ours: '1.11',
        peer: 'chrono-node alone: 0.40',
        ratio: '2.78×',
        status: 'met',
      }),
    ]);
    const slow = { ...result(null), ours: figures(500) };
    expect(cpuRow(slow)[0]?.status).toBe('NOT met');
  });

  it('is left out when a child did not report its CPU time, and follows the time row', () => {
    expect(cpuRow({ ...result(null), ours: { ...figures(900), cpuSeconds: null } })).toEqual([]);
    expect(cpuRow({ ...result(null), chrono: { unavailable: 'no chrono' } })).toEqual([]);
    const measures = extractionRows(result(null)).map((r) => r.measure);
    const time = measures.indexOf('time, s (ratio = our overhead)');
    expect(measures[time + 1]).toBe('CPU time, s, user + sys (ratio = our overhead)');
  });
});

describe('bench: the whole-CLI and run-on rows', () => {
  it('puts the bundled CLI beside the tsx run and against half the time before issue 14', () => {
    const r = {
      ...result(null),
      n: CLI_BEFORE.n,
      cli: { bundle: { seconds: 9, code: 0 }, tsx: { seconds: 12, code: 0 } },
    };
    expect(cliRow(r)).toEqual([
      expect.objectContaining({
        ours: '9.00',
        peer: 'same CLI from its sources via tsx: 12.00',
        ratio: '0.75×',
        status: 'met',
      }),
    ]);
    const slow = { ...r, cli: { bundle: { seconds: 11, code: 0 }, tsx: { seconds: 12, code: 0 } } };
    expect(cliRow(slow)[0]?.status).toBe('NOT met');
    expect(cliRow({ ...r, cli: { bundle: { seconds: 9, code: 3 }, tsx: { seconds: 12, code: 0 } } })[0]?.status).toBe(
      'not available',
    );
    expect(cliRow(result(null))).toEqual([]);
  });

  it('gives the run-on time and MB/s beside their targets, and says when the run did not finish', () => {
    const rows = runOnRows({ bytes: 1_800_000, ms: 4000, cpuMs: 3600, events: 30000 });
    expect(rows.map((row) => [row.ours, row.status])).toEqual([
      ['4.00 (CPU 3.60; 30,000 events)', 'met'],
      ['0.45 (CPU time: 0.50)', 'NOT met'],
    ]);
    expect(runOnRows({ unavailable: 'not finished within 120 s' }).map((row) => row.ours)).toEqual([
      'not available: not finished within 120 s',
      'not available: not finished within 120 s',
    ]);
  });
});
