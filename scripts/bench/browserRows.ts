/**
 * The browser rows of the table: ours beside vis-timeline for each event count, checked against the issue's
 * targets. Pure: figures in, rows out. A figure that was not taken says so ("not measured yet"); nothing is
 * filled in.
 */
import type { BrowserBench, PeerResult } from './browser.ts';
import type { FilterTiming } from './filterTiming.ts';
import { formatNumber, statusOf, type BenchRow } from './table.ts';

export const NOT_YET = 'not measured yet';

interface Measure {
  readonly label: string;
  readonly of: (r: PeerResult) => number | null;
  /** Absolute limit at 100,000 events, ms. */
  readonly limitAt100k?: number;
  /** At 10,000 events: at most a third of vis-timeline's figure. */
  readonly thirdOfVisAt10k?: boolean;
  readonly fromFilters?: boolean;
}

const MEASURES: readonly Measure[] = [
  { label: 'first drawn events, ms after navigation', of: (r) => r.firstRenderMs, thirdOfVisAt10k: true },
  { label: 'first drawn events, ms after the data arrived', of: (r) => r.renderAfterDataMs, limitAt100k: 1000 },
  { label: 'zoom/pan frame median, ms', of: (r) => r.frameMedianMs, limitAt100k: 16, thirdOfVisAt10k: true },
  { label: 'zoom/pan frame p95, ms', of: (r) => r.frameP95Ms, limitAt100k: 33 },
  { label: 'apply an actor filter, ms (to 2nd frame)', of: () => null, fromFilters: true },
];

interface Figure {
  readonly value: number | null;
  readonly cell: string;
}

function figureOf(peer: string, n: number, m: Measure, bench: BrowserBench | null, skipped: string): Figure {
  if (bench === null) return { value: null, cell: `${NOT_YET} (${skipped})` };
  if ('unavailable' in bench) return { value: null, cell: `not available: ${bench.unavailable}` };
  if (peer === 'ours' && bench.oursUnavailable !== null)
    return { value: null, cell: `${NOT_YET} (${bench.oursUnavailable})` };
  if (m.fromFilters) {
    const f: FilterTiming | undefined = bench.filters.find((x) => x.peer === peer && x.n === n);
    if (!f) return { value: null, cell: NOT_YET };
    if (f.ms === null) return { value: null, cell: `none (${f.errors[0] ?? 'no successful run'})` };
    return { value: f.ms, cell: `${formatNumber(f.ms, 1)} (${f.ok}/${f.runs} runs)` };
  }
  const r = bench.results.find((x) => x.peer === peer && x.n === n);
  if (!r) return { value: null, cell: NOT_YET };
  const v = m.of(r);
  const trouble = [...r.errors, ...r.hung];
  if (v === null) return { value: null, cell: `none (${trouble[0] ?? 'no successful run'})` };
  return { value: v, cell: `${formatNumber(v, 1)} (${r.ok}/${r.reps} runs${trouble.length ? `; ${trouble[0]}` : ''})` };
}

export function browserRows(ns: readonly number[], bench: BrowserBench | null, skipped = '--no-browser'): BenchRow[] {
  const version =
    bench && 'results' in bench ? (bench.results.find((r) => r.peer === 'vis-timeline')?.version ?? '') : '';
  return ns.flatMap((n) =>
    MEASURES.map((m): BenchRow => {
      const ours = figureOf('ours', n, m, bench, skipped);
      const vis = figureOf('vis-timeline', n, m, bench, skipped);
      let target = '—';
      let status = ours.value === null ? NOT_YET : '—';
      if (n >= 100_000 && m.limitAt100k !== undefined) {
        target = `< ${formatNumber(m.limitAt100k)} ms`;
        if (ours.value !== null) status = statusOf(ours.value < m.limitAt100k);
      } else if (n === 10_000 && m.thirdOfVisAt10k) {
        target = '≤ ⅓ of vis-timeline';
        if (ours.value !== null && vis.value !== null) status = statusOf(ours.value <= vis.value / 3);
        else if (ours.value !== null) status = 'no vis-timeline figure to compare';
      }
      return {
        area: 'browser',
        measure: m.label,
        n: formatNumber(n),
        ours: ours.cell,
        peer: `vis-timeline${version ? ` ${version}` : ''}: ${vis.cell}`,
        ratio:
          ours.value !== null && vis.value !== null && vis.value > 0
            ? `${formatNumber(ours.value / vis.value, 2)}×`
            : '',
        target,
        status,
      };
    }),
  );
}
