import { describe, expect, it } from 'vitest';
import { extractionRows, workersRow, type ExtractionResult } from '../../scripts/bench/extraction.ts';
import type { ExtractionFigures } from '../../scripts/bench/extractionSample.ts';

const figures = (articlesPerSecond: number): ExtractionFigures => ({
  articlesPerSecond,
  mbPerSecond: articlesPerSecond / 500,
  seconds: 1000 / articlesPerSecond,
  peakRssMB: 200,
  outputs: 6000,
  lexiconSeconds: 0.1,
});

const result = (workers: ExtractionResult['workers']): ExtractionResult => ({
  n: 1000,
  ours: figures(900),
  chrono: figures(2500),
  workers,
  grown: null,
  rejected: 0,
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
