/**
 * One extraction measurement, run in its own Node process so that its peak memory is its own:
 *   node --import tsx scripts/bench/extractionChild.ts --dir DIR --mode pipeline|chrono|workers [--lexicon DIR]
 *     [--workers N]
 * Reads the articles the way `npm run extract` does and compiles the lexicon (both outside the timed section;
 * the lexicon time is reported on its own), then times either runPipeline over all of them or chrono-node's
 * parse alone over each text with its published date as the reference. `workers` times what
 * `npm run extract -- --workers N` does instead (default 2): the pool's start, each thread compiling the lexicon,
 * the per-article work on N threads and the refiners on this one, all inside the timed section, since a run on
 * both cores pays them. Prints one JSON line (ExtractionSample) on stdout.
 */
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { noonUtcOf, parseCalendarDay, type Article } from '../../src/model/index.ts';
import { readArticleDir } from '../lib/readArticleDir.ts';
import type { ExtractionSample } from './extractionSample.ts';
import { loadPipeline, loadWorkerPool } from './pipelineEntry.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    mode: { type: 'string' },
    lexicon: { type: 'string' },
    workers: { type: 'string', default: '2' },
  },
});
const mode = values.mode;
const workers = Number(values.workers);
if (
  values.dir === undefined ||
  (mode !== 'pipeline' && mode !== 'chrono' && mode !== 'workers') ||
  !Number.isInteger(workers) ||
  workers < 1
) {
  console.error('usage: extractionChild.ts --dir DIR --mode pipeline|chrono|workers [--lexicon DIR] [--workers N]');
  process.exit(2);
}

const MB = 1024 * 1024;
const emit = (sample: ExtractionSample): void => {
  process.stdout.write(`${JSON.stringify(sample)}\n`);
};

// "Today" only flags publication dates in the future. Generated articles end on 2023-12-31, so that day is
// passed instead of reading the clock: the benchmark's input handling does not depend on when it runs.
const { articles, rejected } = await readArticleDir(values.dir, { today: '2023-12-31' });
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
const base = { mode, articles: articles.length, rejected: rejected.length, bytes } as const;

/** chrono's reference as the date stage builds it: noon UTC of the published day, zone 0. */
function chronoReference(a: Article): chrono.ParsingReference {
  const day = parseCalendarDay(a.published ?? '2000-01-01') ?? { year: 2000, month: 1, day: 1 };
  return { instant: noonUtcOf(day), timezone: 0 };
}

let run: () => number | Promise<number>;
let lexiconMs: number | undefined;
if (mode === 'workers') {
  const pool = await loadWorkerPool(values.lexicon ?? 'data/lexicon', workers);
  if ('unavailable' in pool) {
    emit({ ...base, unavailable: pool.unavailable });
    process.exit(0);
  }
  run = () => pool.run(articles);
} else if (mode === 'chrono') {
  const refs = articles.map(chronoReference);
  run = () => {
    let found = 0;
    for (const [i, a] of articles.entries()) found += chrono.parse(a.text, refs[i]).length;
    return found;
  };
} else {
  const pipeline = await loadPipeline(values.lexicon ?? 'data/lexicon');
  if ('unavailable' in pipeline) {
    emit({ ...base, unavailable: pipeline.unavailable });
    process.exit(0);
  }
  lexiconMs = pipeline.lexiconMs;
  run = () => pipeline.run(articles);
}

const rssBefore = process.memoryUsage().rss / MB;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const outputs = await run();
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
emit({
  ...base,
  ms,
  cpuMs,
  outputs,
  lexiconMs,
  rssBeforeMB: rssBefore,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
});
