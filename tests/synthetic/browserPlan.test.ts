import { describe, expect, it } from 'vitest';
import type { PeerResult } from '../../scripts/bench/browser.ts';
import {
  combineRuns,
  describeFailure,
  planBrowserCases,
  skipReason,
  variantsLeftOut,
  type BrowserPlanOptions,
  type PlannedCase,
} from '../../scripts/bench/browserPlan.ts';

const options: BrowserPlanOptions = {
  ns: [100_000, 1000, 10_000],
  visVariants: ['stack=1', 'stack=0'],
  visVariantsLarge: ['stack=0'],
  largeFrom: 100_000,
  timeoutS: 120,
  visTimeoutLargeS: 60,
  withOurs: true,
};

const run = (over: Partial<PeerResult>): PeerResult => ({
  peer: 'vis-timeline',
  variant: 'stack=0',
  n: 1000,
  reps: 1,
  ok: 1,
  firstRenderMs: 100,
  renderAfterDataMs: 50,
  frameMedianMs: 5,
  frameP95Ms: 9,
  stepsDone: 180,
  errors: [],
  hung: [],
  timeoutS: 120,
  notRun: null,
  ...over,
});

const timeout = (n: number, s = 120): PeerResult =>
  run({
    n,
    ok: 0,
    firstRenderMs: null,
    renderAfterDataMs: null,
    frameMedianMs: null,
    frameP95Ms: null,
    stepsDone: null,
    errors: [`first render not complete within ${s} s`],
  });

describe('planBrowserCases', () => {
  it('measures ours at every N and each vis-timeline variant smallest N first, with a shorter limit when large', () => {
    const cases = planBrowserCases(options).map((c) => `${c.peer} ${c.variant} ${c.n} ${c.timeoutS}`);
    expect(cases).toEqual([
      'ours  1000 120',
      'ours  10000 120',
      'ours  100000 120',
      'vis-timeline stack=1 1000 120',
      'vis-timeline stack=1 10000 120',
      'vis-timeline stack=0 1000 120',
      'vis-timeline stack=0 10000 120',
      'vis-timeline stack=0 100000 60',
    ]);
  });

  it('leaves ours out when its bench entry is not built', () => {
    expect(planBrowserCases({ ...options, withOurs: false }).some((c) => c.peer === 'ours')).toBe(false);
  });

  it('says which variants were left out at a large N, and none below it', () => {
    expect(variantsLeftOut(options, 100_000)).toEqual([
      { variant: 'stack=1', reason: 'not run from 100,000 events (--vis-variants-large stack=0)' },
    ]);
    expect(variantsLeftOut(options, 10_000)).toEqual([]);
  });
});

describe('skipReason', () => {
  const c: PlannedCase = { peer: 'vis-timeline', variant: 'stack=0', n: 100_000, timeoutS: 60 };

  it('skips a variant that did not render at a smaller N', () => {
    expect(skipReason(c, [timeout(10_000)])).toBe('not run: did not render within 120 s at 10,000 events');
  });

  it('runs it when the failure was another variant, another kind, or ours', () => {
    expect(skipReason(c, [{ ...timeout(10_000), variant: 'stack=1' }])).toBeNull();
    expect(skipReason(c, [run({ n: 10_000, ok: 0, errors: ['page crashed'] })])).toBeNull();
    expect(
      skipReason({ ...c, peer: 'ours', variant: '' }, [{ ...timeout(10_000), peer: 'ours', variant: '' }]),
    ).toBeNull();
  });
});

describe('combineRuns', () => {
  const c: PlannedCase = { peer: 'vis-timeline', variant: 'stack=0', n: 1000, timeoutS: 120 };

  it('takes the median of each figure over the successful runs, as run.mjs does', () => {
    const r = combineRuns(
      c,
      [
        run({ firstRenderMs: 300, frameMedianMs: 4 }),
        run({ firstRenderMs: 100, frameMedianMs: 8 }),
        run({ firstRenderMs: 200, frameMedianMs: 6 }),
      ],
      3,
    );
    expect(r).toMatchObject({ reps: 3, ok: 3, firstRenderMs: 200, frameMedianMs: 6, variant: 'stack=0', notRun: null });
  });

  it('keeps the figures of the runs that rendered and says a timed-out case was not repeated', () => {
    const r = combineRuns(c, [run({ firstRenderMs: 150 }), timeout(1000)], 3);
    expect(r.ok).toBe(1);
    expect(r.reps).toBe(2);
    expect(r.firstRenderMs).toBe(150);
    expect(r.errors).toEqual(['first render not complete within 120 s', 'not repeated after a timeout']);
  });

  it('has no figure when no run rendered', () => {
    const r = combineRuns(c, [timeout(1000)], 1);
    expect(r.firstRenderMs).toBeNull();
    expect(describeFailure(r.errors[0] ?? '')).toBe('did not render within 120 s');
  });
});
