/**
 * The browser rows of the table: ours beside vis-timeline for each event count, checked against the issue's
 * targets. Pure: figures in, rows out. A figure that was not taken says why ("not measured yet", "did not render
 * within 120 s", "not run: …"); nothing is filled in.
 *
 * vis-timeline is measured in several variants (stack=1, its default stacked layout; stack=0, unstacked;
 * cluster=1, clustered where items crowd).
 * Each row compares ours with vis-timeline's best figure for that measure among the variants that produced one,
 * names that variant, and lists the others with their figure or why they have none. Comparing with the best
 * variant is the fair reading of "at most a third of vis-timeline's": a vis-timeline user would pick it.
 */
import type { BrowserBench, PeerResult } from './browser.ts';
import { describeFailure, isRenderTimeout, OURS, VIS } from './browserPlan.ts';
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
  /** The harness's first-render timeout bounds this figure from below when a page did not render in time. */
  readonly boundedByTimeout?: boolean;
}

const MEASURES: readonly Measure[] = [
  {
    label: 'first drawn events, ms after navigation',
    of: (r) => r.firstRenderMs,
    thirdOfVisAt10k: true,
    boundedByTimeout: true,
  },
  { label: 'first drawn events, ms after the data arrived', of: (r) => r.renderAfterDataMs, limitAt100k: 1000 },
  { label: 'zoom/pan frame median, ms', of: (r) => r.frameMedianMs, limitAt100k: 16, thirdOfVisAt10k: true },
  { label: 'zoom/pan frame p95, ms', of: (r) => r.frameP95Ms, limitAt100k: 33 },
  { label: 'apply an actor filter, ms (to 2nd frame)', of: () => null, fromFilters: true },
];

interface Figure {
  /** The page variant measured ('' for ours or the page's defaults). */
  readonly variant: string;
  readonly value: number | null;
  readonly cell: string;
  /** For a first render that timed out: the figure is above this many ms (the time it was given). */
  readonly above?: number;
  /** The case was skipped or left out: it says nothing about vis-timeline's speed. */
  readonly notRun?: true;
}

function filterFigure(variant: string, f: FilterTiming | undefined, render: PeerResult): Figure {
  if (f) {
    if (f.ms === null)
      return { variant, value: null, cell: `none (${describeFailure(f.errors[0] ?? 'no successful run')})` };
    return { variant, value: f.ms, cell: `${formatNumber(f.ms, 1)} (${f.ok}/${f.runs} runs)` };
  }
  // The filter is only timed where the first render completed in the render runs.
  if (render.notRun !== null) return { variant, value: null, cell: render.notRun };
  if (render.ok === 0) return { variant, value: null, cell: `not timed: ${failureOf(render)}` };
  return { variant, value: null, cell: NOT_YET };
}

function failureOf(r: PeerResult): string {
  return describeFailure([...r.errors, ...r.hung][0] ?? 'no successful run');
}

/** The figure of one peer result (one variant) for one measure. */
function figureOf(r: PeerResult, m: Measure, filters: readonly FilterTiming[]): Figure {
  if (m.fromFilters) {
    const f = filters.find((x) => x.peer === r.peer && x.variant === r.variant && x.n === r.n);
    return filterFigure(r.variant, f, r);
  }
  if (r.notRun !== null) return { variant: r.variant, value: null, cell: r.notRun, notRun: true };
  const v = m.of(r);
  if (v === null) {
    const above = m.boundedByTimeout && isRenderTimeout(r) ? r.timeoutS * 1000 : undefined;
    return { variant: r.variant, value: null, cell: failureOf(r), ...(above !== undefined ? { above } : {}) };
  }
  const trouble = [...r.errors, ...r.hung].map(describeFailure);
  return {
    variant: r.variant,
    value: v,
    cell: `${formatNumber(v, 1)} (${r.ok}/${r.reps} runs${trouble.length ? `; ${trouble.join('; ')}` : ''})`,
  };
}

/**
 * When no variant that ran has a figure but each timed out on its first render, vis-timeline's best figure is
 * above the shortest time given: a lower bound that can still show a "at most a third" target met (never missed).
 */
function lowerBoundOf(figures: readonly Figure[]): number | null {
  const ran = figures.filter((f) => f.notRun !== true);
  if (ran.length === 0 || ran.some((f) => f.above === undefined)) return null;
  return Math.min(...ran.map((f) => f.above ?? Infinity));
}

/** The lowest figure among the variants that have one, or null. */
function bestOf(figures: readonly Figure[]): Figure | null {
  let best: Figure | null = null;
  for (const f of figures)
    if (f.value !== null && (best === null || best.value === null || f.value < best.value)) best = f;
  return best;
}

const variantName = (v: string): string => v || 'defaults';

/** "stack=0: 2,950.0 (3/3 runs) — best; others: stack=1: did not render within 120 s". */
function visCell(figures: readonly Figure[], best: Figure | null): string {
  if (figures.length === 0) return NOT_YET;
  if (best === null) return figures.map((f) => `${variantName(f.variant)}: ${f.cell}`).join('; ');
  const others = figures.filter((f) => f !== best).map((f) => `${variantName(f.variant)}: ${f.cell}`);
  const head = `${variantName(best.variant)}: ${best.cell}${figures.length > 1 ? ' — best' : ''}`;
  return others.length ? `${head}; others: ${others.join('; ')}` : head;
}

export function browserRows(ns: readonly number[], bench: BrowserBench | null, skipped = '--no-browser'): BenchRow[] {
  const results = bench && 'results' in bench ? bench.results : [];
  const filters = bench && 'results' in bench ? bench.filters : [];
  const version = results.find((r) => r.peer === VIS && r.version)?.version ?? '';
  const visName = `vis-timeline${version ? ` ${version}` : ''}`;
  return ns.flatMap((n) =>
    MEASURES.map((m): BenchRow => {
      let ours: Figure;
      let visFigures: Figure[] = [];
      if (bench === null) ours = { variant: '', value: null, cell: `${NOT_YET} (${skipped})` };
      else if ('unavailable' in bench) ours = { variant: '', value: null, cell: `not available: ${bench.unavailable}` };
      else {
        const oursResult = results.find((r) => r.peer === OURS && r.n === n);
        if (bench.oursUnavailable !== null)
          ours = { variant: '', value: null, cell: `${NOT_YET} (${bench.oursUnavailable})` };
        else ours = oursResult ? figureOf(oursResult, m, filters) : { variant: '', value: null, cell: NOT_YET };
        visFigures = [
          ...results.filter((r) => r.peer === VIS && r.n === n).map((r) => figureOf(r, m, filters)),
          ...bench.leftOut
            .filter((x) => x.n === n)
            .map((x): Figure => ({ variant: x.variant, value: null, cell: x.reason, notRun: true })),
        ];
      }
      const vis = bestOf(visFigures);
      const visAbove = vis === null ? lowerBoundOf(visFigures) : null;
      const peerCell =
        bench === null || 'unavailable' in bench ? ours.cell : visFigures.length ? visCell(visFigures, vis) : NOT_YET;

      let target = '—';
      let status = ours.value === null ? NOT_YET : '—';
      if (n >= 100_000 && m.limitAt100k !== undefined) {
        target = `< ${formatNumber(m.limitAt100k)} ms`;
        if (ours.value !== null) status = statusOf(ours.value < m.limitAt100k);
      } else if (n === 10_000 && m.thirdOfVisAt10k) {
        target = '≤ ⅓ of vis-timeline (best variant)';
        if (ours.value !== null && vis?.value != null) status = statusOf(ours.value <= vis.value / 3);
        else if (ours.value !== null && visAbove !== null && ours.value <= visAbove / 3)
          status = `met (vis-timeline did not render within ${formatNumber(visAbove / 1000)} s in any variant)`;
        else if (ours.value !== null) status = 'no vis-timeline figure to compare';
      }
      return {
        area: 'browser',
        measure: m.label,
        n: formatNumber(n),
        ours: ours.cell,
        peer: `${visName}: ${peerCell}`,
        ratio:
          ours.value !== null && vis?.value != null && vis.value > 0
            ? `${formatNumber(ours.value / vis.value, 2)}× (vs ${variantName(vis.variant)})`
            : ours.value !== null && visAbove !== null
              ? `< ${formatNumber(ours.value / visAbove, 3)}×`
              : '',
        target,
        status,
      };
    }),
  );
}
