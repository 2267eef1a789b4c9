/**
 * How long the timeline's filtering takes at 10,000 events (the budget: 100 ms), measured on the pure
 * selector the UI calls on every filter change, over a seeded synthetic events.json (scripts/synthetic).
 * Prints figures; it is a benchmark, not a test. Run: npx tsx scripts/bench-filter.ts [n=10000] [runs=50]
 * With --browser (needs `npm run build` first): the same events in the built site in headless Chromium, timing
 * navigation to first drawn marks, an actor checkbox click to the second frame after it, and wheel steps.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../tests/helpers/browser.ts';
import { openSite } from '../tests/e2e/support/site.ts';
import { generateEventsFile } from './synthetic/eventsFile.ts';
import { BUILTIN_VOCABULARY } from './synthetic/vocabulary.ts';
import { parseEventsFile } from '../src/model/index.ts';
import { buildDataIndex } from '../src/app/core/dataIndex.ts';
import { applyFilters, NO_FILTERS, type Filters } from '../src/app/core/filters.ts';
import { buildLanes } from '../src/app/core/timeline/lanes.ts';
import { layoutLane } from '../src/app/core/timeline/layout.ts';
import { buildLaneIndex } from '../src/app/core/timeline/laneIndex.ts';
import { laneMarks } from '../src/app/core/timeline/laneMarks.ts';
import { scaleUtc } from 'd3-scale';
import { fullWindow, type ViewWindow } from '../src/app/core/timeline/viewWindow.ts';

const args = process.argv.slice(2).filter((a) => a !== '--browser');
const browserToo = process.argv.includes('--browser');
const n = Number(args[0] ?? 10_000);
const runs = Number(args[1] ?? 50);

function time(label: string, fn: () => unknown): void {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  console.log(
    `${label.padEnd(58)} median ${q(0.5).toFixed(2).padStart(7)} ms   p95 ${q(0.95).toFixed(2).padStart(7)} ms`,
  );
}

const generated = generateEventsFile({ n, seed: 42, vocabulary: BUILTIN_VOCABULARY, texts: 'files' });
const file = parseEventsFile(generated.file);
const index = buildDataIndex(file);
console.log(
  `${n} events, ${index.actors.length} actors, ${index.places.length} places, ${file.articles.length} articles\n`,
);
time('buildDataIndex (once per load)', () => buildDataIndex(file));

const oneActor = index.actors[0]!;
const cases: [string, Filters][] = [
  ['no filter', NO_FILTERS],
  [`one actor unchecked (${oneActor})`, { ...NO_FILTERS, hiddenActors: new Set([oneActor]) }],
  ['only one actor checked', { ...NO_FILTERS, hiddenActors: new Set(index.actors.slice(1)) }],
  [
    'one place and one type unchecked',
    { ...NO_FILTERS, hiddenPlaces: new Set([index.places[0]!]), hiddenTypes: new Set(['airstrike']) },
  ],
  ['date range (one year)', { ...NO_FILTERS, from: '2017-01-01', to: '2017-12-31' }],
  ['search "palmyra"', { ...NO_FILTERS, query: 'palmyra' }],
  ['search, no match', { ...NO_FILTERS, query: 'zzzz no match' }],
];
console.log(`\napplyFilters (passing events + faceted counts), ${runs} runs each:`);
for (const [label, filters] of cases) time(label, () => applyFilters(index, filters));

console.log(
  '\nWhat a filter change costs the timeline in all (filter → lanes → layout of every lane at "fit all", 1000 px):',
);
const [w0, w1] = fullWindow(index.extent);
const scale = (ms: number) => ((ms - w0) / (w1 - w0)) * 1000;
const options = {
  width: 1000,
  maxRows: 4,
  maxBandRows: 4,
  pointSize: 12,
  minSpan: 8,
  tail: 28,
  gap: 4,
  labelWidth: () => 120,
  rowHeight: 24,
  bandHeight: 18,
  pad: 5,
};
time(`one actor unchecked → lanes by actor → layout`, () => {
  const r = applyFilters(index, { ...NO_FILTERS, hiddenActors: new Set([oneActor]) });
  for (const lane of buildLanes(index, r.passing, 'actor', 'count'))
    layoutLane(lane.events, index.extents, scale, options);
});
time(`one actor unchecked → lanes by location → layout`, () => {
  const r = applyFilters(index, { ...NO_FILTERS, hiddenActors: new Set([oneActor]) });
  for (const lane of buildLanes(index, r.passing, 'location', 'count'))
    layoutLane(lane.events, index.extents, scale, options);
});

console.log('\nWhat a frame costs the canvas layer in script (laneMarks over every lane, 1000 px, lanes by actor):');
const lanesByActor = buildLanes(index, applyFilters(index, NO_FILTERS).passing, 'actor', 'count');
const laneIndexes = lanesByActor.map((l) => buildLaneIndex(l.events, index.extents, index.typeOf));
const month: ViewWindow = [Date.UTC(2016, 5, 1), Date.UTC(2016, 6, 1)];
for (const [label, w] of [
  ['fit all', [w0, w1] as ViewWindow],
  ['one month (June 2016)', month],
] as const) {
  const frameScale = scaleUtc().domain(w).range([0, 1000]);
  time(`frame at ${label}`, () => {
    for (const li of laneIndexes) laneMarks(li, index.extents, frameScale, options);
  });
}
if (browserToo) await browserFigures();
console.log(
  `\nnode ${process.version}, ${process.platform}/${process.arch}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

/** The built site with these events in headless Chromium at 1280×800 (medians; one browser, one page). */
async function browserFigures(): Promise<void> {
  const site = await openSite({ rawEventsJson: JSON.stringify(generated.file) });
  for (const [path, text] of generated.textFiles) {
    await mkdir(dirname(join(site.root, path)), { recursive: true });
    await writeFile(join(site.root, path), text);
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t0 = performance.now();
    await page.goto(site.url);
    await page.waitForSelector('.mark, .cluster', { timeout: 120_000 });
    const firstDrawn = performance.now() - t0;
    const drawn = await page.locator('.mark, .cluster').count();
    const id = await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first().getAttribute('id');
    const filter = await page.evaluate(async (boxId) => {
      const out: number[] = [];
      for (let i = 0; i < 10; i++) {
        const box = document.getElementById(boxId ?? '') as HTMLInputElement;
        const t = performance.now();
        box.click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        out.push(performance.now() - t);
      }
      return out.sort((a, b) => a - b)[5]!;
    }, id);
    const wheel = await page.evaluate(async () => {
      const plot = document.querySelector('.plot')!;
      const r = plot.getBoundingClientRect();
      const out: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t = performance.now();
        const init = {
          deltaY: i < 20 ? -60 : 60,
          clientX: r.x + r.width / 2,
          clientY: r.y + 100,
          bubbles: true,
          cancelable: true,
        };
        plot.dispatchEvent(new WheelEvent('wheel', init));
        await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
        out.push(performance.now() - t);
      }
      out.sort((a, b) => a - b);
      return [out[20]!, out[38]!];
    });
    console.log(`\nIn Chromium (built site, 1280×800, ${n} events):`);
    console.log(
      `${'navigation → first marks drawn'.padEnd(58)} ${firstDrawn.toFixed(0).padStart(7)} ms   (${drawn} marks and badges)`,
    );
    console.log(
      `${'actor checkbox click → painted (2 frames), median of 10'.padEnd(58)} ${filter.toFixed(0).padStart(7)} ms`,
    );
    console.log(
      `${'wheel step → painted (2 frames), median / p95 of 40'.padEnd(58)} ${wheel[0]!.toFixed(0).padStart(7)} ms / ${wheel[1]!.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await site.close();
  }
}
