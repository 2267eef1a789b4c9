/**
 * How long the timeline's filtering takes at 10,000 events (the budget: 100 ms), measured on the pure
 * selector the UI calls on every filter change, over a seeded synthetic events.json (scripts/synthetic).
 * Prints figures; it is a benchmark, not a test. Run: npx tsx scripts/bench-filter.ts [n=10000] [runs=50]
 */
import { performance } from 'node:perf_hooks';
import { generateEventsFile } from './synthetic/eventsFile.ts';
import { BUILTIN_VOCABULARY } from './synthetic/vocabulary.ts';
import { parseEventsFile } from '../src/model/index.ts';
import { buildDataIndex } from '../src/app/store/dataIndex.ts';
import { applyFilters, NO_FILTERS, type Filters } from '../src/app/store/filters.ts';
import { buildLanes } from '../src/app/timeline/lanes.ts';
import { layoutLane } from '../src/app/timeline/layout.ts';
import { fullWindow } from '../src/app/timeline/viewWindow.ts';

const n = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 50);

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

const file = parseEventsFile(generateEventsFile({ n, seed: 42, vocabulary: BUILTIN_VOCABULARY }).file);
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
const options = { width: 1000, maxRows: 4, pointSize: 12, minSpan: 8, tail: 28, gap: 4, labelWidth: () => 120 };
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
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
