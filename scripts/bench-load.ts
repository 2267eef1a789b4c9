/**
 * What loading events.json costs the page, in the built site in headless Chromium: from the body's arrival
 * (performance mark 'events.json arrived', set by src/app/main.tsx) to the validated, indexed file in the store
 * ('events.json loaded') and to the timeline's first paint with marks; and how long the page was blocked
 * meanwhile (long tasks, > 50 ms each, as the browser reports them). Events are synthetic (scripts/synthetic,
 * seeded), so every run loads the same bytes. Prints figures; it is a benchmark, not a test.
 *
 * Run (after `npm run build`): npm run bench:load [-- --n 10000,100000 --reps 3 --seed 1]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/browser.ts';
import { openSite } from '../tests/e2e/support/site.ts';
import { TIMELINE_DRAWN_EVENT } from '../src/app/views/timeline/useCanvasLayer.ts';
import { generateEventsFile } from './synthetic/eventsFile.ts';
import { BUILTIN_VOCABULARY } from './synthetic/vocabulary.ts';

const { values: opt } = parseArgs({
  options: {
    n: { type: 'string', default: '10000,100000' },
    reps: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
  strict: true,
});
const sizes = opt.n.split(',').map(Number);
const reps = Number(opt.reps);

interface LoadRun {
  /** From the body's arrival to the validated, indexed file in the store. */
  readonly loadedMs: number;
  /** From the body's arrival to the timeline's first paint with marks. */
  readonly drawnMs: number;
  /** Longest task on the page after the body arrived. */
  readonly longestTaskMs: number;
  /** Time in long tasks after the body arrived: what the page could not answer input during. */
  readonly blockedMs: number;
  readonly error: string | null;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};

console.log(
  `bench:load: ${sizes.join(', ')} events, ${reps} run(s) each, seed ${opt.seed}; load average at start ${loadavg()[0]?.toFixed(2)}`,
);
const browser = await launchChromium();
try {
  for (const n of sizes) {
    const { file } = generateEventsFile({ n, seed: Number(opt.seed), vocabulary: BUILTIN_VOCABULARY, texts: 'files' });
    const body = JSON.stringify(file);
    const runs: LoadRun[] = [];
    for (let rep = 0; rep < reps; rep++) {
      // Article texts are left out: the page fetches one only when its source is opened.
      const site = await openSite({ rawEventsJson: body });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.addInitScript((drawnEvent: string) => {
          const w = window as unknown as { __long: [number, number][]; __drawn: number | null };
          w.__long = [];
          w.__drawn = null;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__long.push([e.startTime, e.duration]);
          }).observe({ type: 'longtask', buffered: true });
          document.addEventListener(drawnEvent, () => (w.__drawn ??= performance.now()), true);
        }, TIMELINE_DRAWN_EVENT);
        await page.goto(site.url);
        await page.waitForFunction(
          () =>
            (window as unknown as { __drawn: number | null }).__drawn !== null ||
            document.querySelector('[role=alert]'),
          undefined,
          { timeout: 300_000 },
        );
        runs.push(
          await page.evaluate(() => {
            const w = window as unknown as { __long: [number, number][]; __drawn: number | null };
            const arrived = performance.getEntriesByName('events.json arrived')[0]?.startTime ?? NaN;
            const loaded = performance.getEntriesByName('events.json loaded')[0]?.startTime ?? NaN;
            const after = w.__long.filter(([start, duration]) => start + duration > arrived);
            return {
              loadedMs: loaded - arrived,
              drawnMs: (w.__drawn ?? NaN) - arrived,
              longestTaskMs: Math.max(0, ...after.map(([, d]) => d)),
              blockedMs: after.reduce((sum, [, d]) => sum + d, 0),
              error: document.querySelector('[role=alert]')?.textContent ?? null,
            };
          }),
        );
      } finally {
        await page.close();
        await site.close();
      }
    }
    const failed = runs.find((r) => r.error !== null);
    if (failed !== undefined) throw new Error(`the page refused ${n} events: ${failed.error}`);
    const f = (pick: (r: LoadRun) => number) => `${median(runs.map(pick)).toFixed(0).padStart(6)} ms`;
    console.log(
      `${n.toLocaleString('en-US').padStart(8)} events (${(body.length / 1e6).toFixed(1)} MB): ` +
        `loaded ${f((r) => r.loadedMs)}   first drawn ${f((r) => r.drawnMs)}   ` +
        `longest task ${f((r) => r.longestTaskMs)}   blocked ${f((r) => r.blockedMs)}   (medians of ${runs.length}, after the body arrived)`,
    );
  }
} finally {
  await browser.close();
}
