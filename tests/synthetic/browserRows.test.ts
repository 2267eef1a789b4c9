import { describe, expect, it } from 'vitest';
import type { BrowserBench, PeerResult } from '../../scripts/bench/browser.ts';
import { browserRows, NOT_YET } from '../../scripts/bench/browserRows.ts';

const result = (peer: string, n: number, firstRenderMs: number, frameMedianMs: number): PeerResult => ({
  peer,
  version: peer === 'vis-timeline' ? '8.5.4' : '0.1.0',
  n,
  reps: 3,
  ok: 3,
  firstRenderMs,
  renderAfterDataMs: firstRenderMs - 100,
  frameMedianMs,
  frameP95Ms: frameMedianMs * 2,
  stepsDone: 180,
  errors: [],
  hung: [],
});

const bench = (results: PeerResult[], oursUnavailable: string | null = null): BrowserBench => ({
  results,
  filters: [],
  visPayload: null,
  chromiumVersion: 'Chromium test',
  oursUnavailable,
});

const row = (rows: ReturnType<typeof browserRows>, n: string, measure: string) => {
  const r = rows.find((x) => x.n === n && x.measure.startsWith(measure));
  if (!r) throw new Error(`no row ${n} ${measure}`);
  return r;
};

describe('browserRows', () => {
  it('checks 10,000 events against a third of vis-timeline measured in the same run', () => {
    const rows = browserRows(
      [10_000],
      bench([result('vis-timeline', 10_000, 3000, 30), result('ours', 10_000, 900, 12)]),
    );
    const first = row(rows, '10,000', 'first drawn events, ms after navigation');
    expect(first.status).toBe('met');
    expect(first.ratio).toBe('0.30×');
    const median = row(rows, '10,000', 'zoom/pan frame median');
    expect(median.status).toBe('NOT met');
    expect(median.target).toBe('≤ ⅓ of vis-timeline');
  });

  it('does not call a relative target met or missed when the peer gave no figure', () => {
    const stuck: PeerResult = {
      ...result('vis-timeline', 10_000, 0, 0),
      ok: 0,
      firstRenderMs: null,
      frameMedianMs: null,
      errors: ['first render not complete within 120 s'],
    };
    const rows = browserRows([10_000], bench([stuck, result('ours', 10_000, 1600, 95)]));
    const first = row(rows, '10,000', 'first drawn events, ms after navigation');
    expect(first.status).toBe('no vis-timeline figure to compare');
    expect(first.peer).toBe('vis-timeline 8.5.4: none (first render not complete within 120 s)');
    expect(first.ratio).toBe('');
  });

  it('checks 100,000 events against the absolute limits', () => {
    const rows = browserRows([100_000], bench([result('ours', 100_000, 1500, 15)]));
    expect(row(rows, '100,000', 'first drawn events, ms after the data').status).toBe('NOT met');
    expect(row(rows, '100,000', 'zoom/pan frame median').status).toBe('met');
    expect(row(rows, '100,000', 'zoom/pan frame p95').status).toBe('met');
    expect(row(rows, '100,000', 'zoom/pan frame p95').peer).toContain(NOT_YET);
  });

  it('says "not measured yet", with the reason, where the app was not run, and never invents a figure', () => {
    const rows = browserRows([1000], bench([result('vis-timeline', 1000, 2800, 16)], 'no dist/bench.html'));
    for (const r of rows) {
      expect(r.ours).toBe(`${NOT_YET} (no dist/bench.html)`);
      expect(r.status).toBe(NOT_YET);
      expect(r.ratio).toBe('');
    }
    expect(row(rows, '1,000', 'zoom/pan frame median').peer).toBe('vis-timeline 8.5.4: 16.0 (3/3 runs)');
    expect(browserRows([1000], null).every((r) => r.ours === `${NOT_YET} (--no-browser)`)).toBe(true);
  });
});
