/**
 * Time to apply an actor filter, which bench-peers' harness does not measure: load a peer page, wait for its
 * first render (`__bench_ready`), hide the events of one actor, and time from the call to the second animation
 * frame after it (the same "committed and painted" rule as the harness's first render).
 *
 * How each peer hides an actor:
 *   ours          `__BENCH__.applyActorFilter(name)` (the app's bench entry: store.setActorChecked(name, false))
 *   vis-timeline  its own group visibility, `groups.update({ id, visible: false })` on the groups DataSet, the
 *                 way a vis-timeline app hides a lane
 * Fresh browser per run, as in run.mjs; the browser is always closed, even when the page hangs.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_BASE_ARGS } from '../lib/chromiumArgs.ts';

export interface FilterTarget {
  readonly peer: string;
  /** Page query string ('stack=0'), '' for none. */
  readonly variant: string;
  readonly n: number;
  /** Page path on the bench server, e.g. /peers/vis-timeline.html or /ours/bench.html. */
  readonly path: string;
  /** Time allowed for the first render before the filter is applied. */
  readonly timeoutMs: number;
}

export interface FilterTiming {
  readonly peer: string;
  readonly variant: string;
  readonly n: number;
  /** Median over the successful runs; null when none succeeded. */
  readonly ms: number | null;
  readonly runs: number;
  readonly ok: number;
  readonly errors: readonly string[];
}

/** The actor hidden in every run: group 0 of bench-peers' data, about an eighth of the events. */
export const FILTERED_ACTOR = 'Actor A';

export const CHROMIUM_ARGS = [
  ...CHROMIUM_BASE_ARGS,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
];

/** Runs in the page: applies the filter and resolves with the ms until two frames later, or an error string. */
const IN_PAGE = `async (actor) => {
  const B = window.__BENCH__;
  let apply = null;
  if (typeof B.applyActorFilter === 'function') apply = () => B.applyActorFilter(actor);
  else if (window.timeline && window.timeline.groupsData) {
    const data = window.timeline.groupsData;
    // The timeline wraps the DataSet it was given; updates go to the DataSet itself.
    const groups = typeof data.getDataSet === 'function' ? data.getDataSet() : data;
    const group = groups.get().find((g) => g.content === actor);
    if (group) apply = () => groups.update({ id: group.id, visible: false });
  }
  if (!apply) return 'page has no actor filter hook (__BENCH__.applyActorFilter)';
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  await frame();
  const t0 = performance.now();
  apply();
  await frame();
  await frame();
  return performance.now() - t0;
}`;

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] as number;
}

async function once(browser: Browser, url: string, timeoutMs: number): Promise<{ ms: number } | { error: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const ready = new Promise<string>((resolve) =>
    page.on('console', (m) => {
      const t = m.text();
      if (t === '__bench_ready' || t.startsWith('__bench_error')) resolve(t);
    }),
  );
  const timer = (label: string) =>
    new Promise<string>((resolve) => setTimeout(() => resolve(label), timeoutMs).unref());
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  const state = await Promise.race([ready, timer('timeout')]);
  if (state !== '__bench_ready')
    return { error: state === 'timeout' ? `first render not complete within ${timeoutMs / 1000} s` : state };
  const result = await Promise.race([
    page.evaluate(`(${IN_PAGE})(${JSON.stringify(FILTERED_ACTOR)})`) as Promise<number | string>,
    timer(`filter not applied within ${timeoutMs / 1000} s`),
  ]);
  return typeof result === 'number' ? { ms: result } : { error: result };
}

export async function measureFilterTimes(options: {
  readonly baseUrl: string;
  readonly targets: readonly FilterTarget[];
  readonly reps: number;
  readonly chromium: string;
}): Promise<FilterTiming[]> {
  const out: FilterTiming[] = [];
  for (const target of options.targets) {
    const times: number[] = [];
    const errors: string[] = [];
    const query = `?n=${target.n}${target.variant ? `&${target.variant}` : ''}`;
    for (let r = 0; r < options.reps; r++) {
      const browser = await chromium.launch({
        executablePath: options.chromium,
        headless: true,
        args: CHROMIUM_ARGS,
      });
      try {
        const res = await once(browser, `${options.baseUrl}${target.path}${query}`, target.timeoutMs);
        if ('ms' in res) times.push(res.ms);
        else errors.push(res.error);
      } catch (e) {
        errors.push(String(e).split('\n')[0] ?? 'error');
      } finally {
        await browser.close();
      }
    }
    out.push({
      peer: target.peer,
      variant: target.variant,
      n: target.n,
      ms: median(times),
      runs: options.reps,
      ok: times.length,
      errors: [...new Set(errors)],
    });
  }
  return out;
}
