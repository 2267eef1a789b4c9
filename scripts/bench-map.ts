/**
 * The map's figures (issue 13), in the built site in headless Chromium on synthetic events (scripts/synthetic,
 * seeded, every event located):
 *   - first drawn: from the map starting to load (performance mark 'map shown', once the timeline is up and the
 *     page idle at 1,440×900; the reader's tap on the Map tab at 390×844) to its first paint with basemap and
 *     markers ('map drawn'): the chunk, the basemap, projecting every event and the first frame;
 *   - zoom and pan frames: 60 wheel steps in, 60 drag steps across, 60 wheel steps out over the map, one per
 *     animation frame, with Chromium's frame-rate limit off (as the bench-peers harness runs), so a frame's time
 *     is what it costs, not the display's 16.7 ms.
 * Prints figures beside their targets; a benchmark, not a test.
 *
 * Run (after `npm run build`): npm run bench:map [-- --n 10000,100000 --reps 3 --seed 1]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { openSite } from '../tests/e2e/support/site.ts';
import { MAP_DRAWN_MARK, MAP_SHOWN_MARK } from '../src/app/views/map/mapTiming.ts';
import { CHROMIUM_BASE_ARGS } from './lib/chromiumArgs.ts';
import { generateEventsFile } from './synthetic/eventsFile.ts';
import { BUILTIN_VOCABULARY } from './synthetic/vocabulary.ts';

const { values: opt } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    reps: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
  strict: true,
});
const sizes = opt.n.split(',').map(Number);
const reps = Number(opt.reps);

const median = (xs: readonly number[]): number => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? NaN : ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.min(s.length - 1, Math.floor(q * s.length))] as number);
};

/** Waits for the map's first paint and returns 'map drawn' − 'map shown', in ms. */
async function openedMs(page: Page): Promise<number> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0 || document.querySelector('[role=alert]') !== null,
    MAP_DRAWN_MARK,
    { timeout: 120_000 },
  );
  return page.evaluate(
    ([shown, drawn]) =>
      (performance.getEntriesByName(drawn)[0]?.startTime ?? NaN) -
      (performance.getEntriesByName(shown)[0]?.startTime ?? NaN),
    [MAP_SHOWN_MARK, MAP_DRAWN_MARK] as const,
  );
}

/** Zoom in, pan, zoom out over the map, one step a frame; the time of each frame in ms. */
async function driveFrames(page: Page): Promise<number[]> {
  // tsx keeps function names with a helper the page does not have: give it one.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async () => {
    const stage = document.querySelector<HTMLElement>('.map-stage')!;
    const r = stage.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const frame = () => new Promise<number>((res) => requestAnimationFrame(res));
    const frames: number[] = [];
    let last = await frame();
    const step = async (act: () => void) => {
      act();
      const t = await frame();
      frames.push(t - last);
      last = t;
    };
    const wheel = (deltaY: number) =>
      stage.dispatchEvent(
        new WheelEvent('wheel', { deltaY, clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window }),
      );
    for (let i = 0; i < 60; i++) await step(() => wheel(-25));
    stage.dispatchEvent(
      new MouseEvent('mousedown', {
        clientX: cx,
        clientY: cy,
        button: 0,
        bubbles: true,
        cancelable: true,
        view: window,
      }),
    );
    for (let i = 1; i <= 60; i++) {
      await step(() =>
        window.dispatchEvent(
          new MouseEvent('mousemove', { clientX: cx - i * 6, clientY: cy - i * 2, bubbles: true, view: window }),
        ),
      );
    }
    window.dispatchEvent(
      new MouseEvent('mouseup', { clientX: cx - 360, clientY: cy - 120, bubbles: true, view: window }),
    );
    for (let i = 0; i < 60; i++) await step(() => wheel(25));
    return frames;
  });
}

console.log(
  `bench:map: ${sizes.join(', ')} events, ${reps} run(s) each, seed ${opt.seed}; load average at start ${loadavg()[0]?.toFixed(2)}`,
);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_BASE_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
try {
  for (const n of sizes) {
    const { file } = generateEventsFile({ n, seed: Number(opt.seed), vocabulary: BUILTIN_VOCABULARY, texts: 'files' });
    const body = JSON.stringify(file);
    const desktop: number[] = [];
    const phone: number[] = [];
    const frames: number[] = [];
    for (let rep = 0; rep < reps; rep++) {
      const site = await openSite({ rawEventsJson: body });
      try {
        // Wide screen: the map opens by itself once the timeline is drawn and the page idle.
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(site.url);
        desktop.push(await openedMs(page));
        await page.waitForFunction(() => document.querySelector('.map-marker') !== null, undefined, {
          timeout: 60_000,
        });
        frames.push(...(await driveFrames(page)));
        await page.close();
        // Phone: the reader taps the Map tab.
        const phonePage = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await phonePage.goto(site.url);
        await phonePage.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 120_000 });
        await phonePage.locator('.lane').first().waitFor({ timeout: 120_000 });
        await phonePage.getByRole('tab', { name: 'Map' }).click();
        phone.push(await openedMs(phonePage));
        await phonePage.close();
      } finally {
        await site.close();
      }
    }
    const f = (x: number) => `${x.toFixed(1)} ms`;
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    const first = median(desktop);
    const tap = median(phone);
    const med = median(frames);
    console.log(
      `${n.toLocaleString('en-US')} events (${(body.length / 1e6).toFixed(1)} MB), medians of ${reps} run(s):`,
    );
    console.log(`  map first drawn after it opens, 1,440×900: ${f(first)}   target < 1,000 ms: ${met(first < 1000)}`);
    console.log(`  map first drawn after the Map tab, 390×844: ${f(tap)}   target < 1,000 ms: ${met(tap < 1000)}`);
    console.log(
      `  zoom/pan frame median ${f(med)}, p95 ${f(quantile(frames, 0.95))}, max ${f(Math.max(...frames))} ` +
        `(${frames.length} frames)   target median ≤ 16 ms: ${met(med <= 16)}`,
    );
  }
} finally {
  await browser.close();
}
