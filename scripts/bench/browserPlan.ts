/**
 * Which browser runs the benchmark makes, and how their figures are put back together. Pure: no browser here.
 *
 * The harness's run.mjs runs every peer × variant × N × repetition it is given with one first-render timeout.
 * That cannot bound the run: vis-timeline in its stacked mode did not render 10,000 events within 120 s, and
 * three repetitions of that wait six minutes for nothing. So browser.ts calls run.mjs once per repetition (the
 * plan below) and stops early:
 *   - a repetition whose first render timed out is not repeated (a second wait would time out too);
 *   - a variant that did not render at some N is not tried at a larger N (more events only draw slower);
 *   - at `largeFrom` events and up, vis-timeline gets its own (shorter) timeout and its own variant list
 *     (by default only cluster=1: its unclustered layouts, stacked or not, did not draw 10,000 events within
 *     120 s on the 2-core machine, while clustering drew them in about 1.4 s).
 * Ours is always measured at every N, with the ordinary timeout.
 */
import type { PeerResult } from './browser.ts';

export const OURS = 'ours';
export const VIS = 'vis-timeline';

export interface BrowserPlanOptions {
  readonly ns: readonly number[];
  /** vis-timeline page query strings, e.g. ['stack=1', 'stack=0']. */
  readonly visVariants: readonly string[];
  /** The variants tried at `largeFrom` events and up. */
  readonly visVariantsLarge: readonly string[];
  readonly largeFrom: number;
  /** Seconds for a first render: ours at every N, vis-timeline below `largeFrom`. */
  readonly timeoutS: number;
  /** Seconds for vis-timeline's first render at `largeFrom` events and up. */
  readonly visTimeoutLargeS: number;
  /** False when the app's bench entry is not built. */
  readonly withOurs: boolean;
}

/** One peer, variant and event count: run up to `reps` times, each its own run.mjs call. */
export interface PlannedCase {
  readonly peer: string;
  /** Query string appended to the page URL; '' for none. */
  readonly variant: string;
  readonly n: number;
  readonly timeoutS: number;
}

export function planBrowserCases(o: BrowserPlanOptions): PlannedCase[] {
  const ns = [...o.ns].sort((a, b) => a - b);
  const cases: PlannedCase[] = [];
  if (o.withOurs) for (const n of ns) cases.push({ peer: OURS, variant: '', n, timeoutS: o.timeoutS });
  const variants = [...new Set([...o.visVariants, ...o.visVariantsLarge])];
  // Variant by variant, smallest N first, so that a failure at one N can spare the larger ones.
  for (const variant of variants)
    for (const n of ns) {
      const large = n >= o.largeFrom;
      if (!(large ? o.visVariantsLarge : o.visVariants).includes(variant)) continue;
      cases.push({ peer: VIS, variant, n, timeoutS: large ? o.visTimeoutLargeS : o.timeoutS });
    }
  return cases;
}

/** The variants not even planned at N (why they are missing from the table), for the rows to state. */
export function variantsLeftOut(o: BrowserPlanOptions, n: number): { variant: string; reason: string }[] {
  const large = n >= o.largeFrom;
  const planned = large ? o.visVariantsLarge : o.visVariants;
  return o.visVariants
    .filter((v) => !planned.includes(v))
    .map((variant) => ({
      variant,
      reason: `not run from ${o.largeFrom.toLocaleString('en-US')} events (--vis-variants-large ${o.visVariantsLarge.join(';')})`,
    }));
}

const FIRST_RENDER_TIMEOUT = /first render not complete within ([\d.]+) s/;

/** "did not render within 120 s" for a first-render timeout, else the message as it came. */
export function describeFailure(message: string): string {
  const m = FIRST_RENDER_TIMEOUT.exec(message);
  return m ? `did not render within ${m[1]} s` : message;
}

/** True when a repetition's failure means repeating it (or trying more events) would only wait again. */
export function isRenderTimeout(run: PeerResult): boolean {
  return run.ok === 0 && run.errors.some((e) => FIRST_RENDER_TIMEOUT.test(e));
}

/**
 * A case that was planned but skipped because the same variant did not render at a smaller N. Returns the
 * reason, or null when the case should run.
 */
export function skipReason(c: PlannedCase, done: readonly PeerResult[]): string | null {
  if (c.peer === OURS) return null;
  const failed = done.find((r) => r.peer === c.peer && r.variant === c.variant && r.n < c.n && isRenderTimeout(r));
  return failed
    ? `not run: ${describeFailure(failed.errors[0] ?? '')} at ${failed.n.toLocaleString('en-US')} events`
    : null;
}

/** run.mjs' quantile: the sorted value at round(p × (n − 1)). */
function quantile(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] ?? null;
}

const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/**
 * One row from the repetitions of a case (each a one-repetition run.mjs row), by run.mjs' own rule: the median
 * over the successful repetitions of each figure. `planned` is how many repetitions were asked for; fewer ran
 * when one timed out, and the row says so through its errors.
 */
export function combineRuns(c: PlannedCase, runs: readonly PeerResult[], planned: number): PeerResult {
  const ok = runs.filter((r) => r.ok > 0);
  const med = (of: (r: PeerResult) => number | null) =>
    round1(
      quantile(
        ok.map(of).filter((v): v is number => v !== null),
        0.5,
      ),
    );
  const errors = runs.flatMap((r) => r.errors);
  if (runs.length < planned && runs.some(isRenderTimeout)) errors.push(`not repeated after a timeout`);
  return {
    peer: c.peer,
    variant: c.variant,
    version: ok[0]?.version ?? runs[0]?.version,
    n: c.n,
    reps: runs.length,
    ok: ok.length,
    firstRenderMs: med((r) => r.firstRenderMs),
    renderAfterDataMs: med((r) => r.renderAfterDataMs),
    frameMedianMs: med((r) => r.frameMedianMs),
    frameP95Ms: med((r) => r.frameP95Ms),
    stepsDone: med((r) => r.stepsDone),
    errors,
    hung: runs.flatMap((r) => r.hung),
    timeoutS: c.timeoutS,
    notRun: null,
  };
}

/** The row of a case that was skipped, carrying why. */
export function notRunResult(c: PlannedCase, reason: string): PeerResult {
  return {
    peer: c.peer,
    variant: c.variant,
    n: c.n,
    reps: 0,
    ok: 0,
    firstRenderMs: null,
    renderAfterDataMs: null,
    frameMedianMs: null,
    frameP95Ms: null,
    stepsDone: null,
    errors: [],
    hung: [],
    timeoutS: c.timeoutS,
    notRun: reason,
  };
}
