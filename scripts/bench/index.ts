/**
 * npm run bench [-- options]: prints one Markdown table of every performance figure of issue 5, ours beside a
 * peer measured in the same run (absolute times drift on shared machines; ratios taken in one run do not).
 *
 *   extraction   runPipeline over 1,000 and 10,000 generated articles vs chrono-node's parse alone on the
 *                same texts: articles/s, MB/s, time ratio, peak RSS (each measurement in its own process);
 *                at the first size also with a lexicon grown by thousands of entries (matching must not slow);
 *                a 1.8 MB run-on article (no sentence punctuation, dense dates) against the time bound
 *   payload      JS + CSS of dist/'s first screen, gzipped, vs vis-timeline's bundle; the map's chunk
 *   browser      first drawn events, zoom/pan frame median and p95, actor filter time, for 1k/10k/100k events:
 *                ours (dist/bench.html, once the app has its bench entry) beside vis-timeline's variants, both
 *                through a copy of the bench-peers harness (scripts/bench/peers), in the same Chromium
 *
 * Options: --sizes 1000,10000   --reps N (default 3 up to 2,000 articles, else 1)   --seed 1
 *          --no-extraction   --no-lexicon-growth   --no-run-on   --run-on-limit 120 (s)   --no-browser
 *          --browser-n 1000,10000,100000   --browser-reps 3   --filter-reps 1
 *          --timeout 120 (s for a first render: ours at every N, vis-timeline below --vis-large-from)
 *          --vis-variants "stack=1;stack=0;cluster=1"   --vis-large-from 100000   --vis-variants-large "cluster=1"
 *          --vis-timeout-large 60 (s for vis-timeline's first render from --vis-large-from events)
 *          --peers-dir scripts/bench/peers (the vendored harness; another copy of bench-peers works too)
 *          --chromium /usr/bin/chromium   --dist dist (payload)   --bench-dist DIR (default: --dist)
 *          --bench-entry bench.html (the app's bench page inside --bench-dist)   --json FILE (raw figures)
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBrowserBench, type BrowserBench } from './browser.ts';
import { browserRows } from './browserRows.ts';
import { extractionRows, growthRow, measureExtraction, type ExtractionResult } from './extraction.ts';
import { payloadRows } from './payloadRow.ts';
import { measureRunOn, runOnRows } from './runOn.ts';
import { renderTable, type BenchRow } from './table.ts';

// The machine is shared: the load when the run started says how much the absolute figures can be trusted.
const loadAtStart = loadavg()[0] ?? 0;

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    reps: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-extraction': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-lexicon-growth': { type: 'boolean', default: false },
    'no-run-on': { type: 'boolean', default: false },
    'run-on-limit': { type: 'string', default: '120' },
    'browser-n': { type: 'string', default: '1000,10000,100000' },
    'browser-reps': { type: 'string', default: '3' },
    'filter-reps': { type: 'string', default: '1' },
    timeout: { type: 'string', default: '120' },
    // cluster=1 is vis-timeline's own answer to dense data (items merged into counts, as our lanes do), and the
    // only variant that draws 10,000 events within the timeout: without it the comparison would be with nothing.
    'vis-variants': { type: 'string', default: 'stack=1;stack=0;cluster=1' },
    'vis-large-from': { type: 'string', default: '100000' },
    'vis-variants-large': { type: 'string', default: 'cluster=1' },
    'vis-timeout-large': { type: 'string', default: '60' },
    'peers-dir': { type: 'string', default: join('scripts', 'bench', 'peers') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    dist: { type: 'string', default: 'dist' },
    'bench-dist': { type: 'string' },
    'bench-entry': { type: 'string', default: 'bench.html' },
    json: { type: 'string' },
  },
  strict: true,
});
const list = (s: string): number[] =>
  s
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/** "stack=1;stack=0" → ['stack=1', 'stack=0'] (page query strings, as run.mjs --variants takes them). */
const variants = (s: string): string[] =>
  s
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');

const seed = Number(opt.seed);
const sizes = list(opt.sizes);
const rows: BenchRow[] = [];
const raw: Record<string, unknown> = { argv: process.argv.slice(2) };

if (!opt['no-extraction']) {
  const extraction: ExtractionResult[] = [];
  for (const [i, n] of sizes.entries()) {
    const reps = opt.reps !== undefined ? Number(opt.reps) : n <= 2000 ? 3 : 1;
    extraction.push(await measureExtraction(n, seed, reps, i === 0 && !opt['no-lexicon-growth']));
  }
  raw.extraction = extraction;
  for (const r of extraction) rows.push(...extractionRows(r), ...growthRow(r));
}
if (!opt['no-extraction'] && !opt['no-run-on']) {
  console.error('bench: the 1.8 MB run-on article…');
  const runOn = await measureRunOn(seed, Number(opt['run-on-limit']));
  raw.runOn = runOn;
  rows.push(...runOnRows(runOn));
}

let browser: BrowserBench | null = null;
if (!opt['no-browser']) {
  browser = await runBrowserBench({
    peersDir: opt['peers-dir'],
    ns: list(opt['browser-n']),
    reps: Number(opt['browser-reps']),
    filterReps: Number(opt['filter-reps']),
    timeoutS: Number(opt.timeout),
    visVariants: variants(opt['vis-variants']),
    visLargeFrom: Number(opt['vis-large-from']),
    visVariantsLarge: variants(opt['vis-variants-large']),
    visTimeoutLargeS: Number(opt['vis-timeout-large']),
    chromium: opt.chromium,
    oursDist: opt['bench-dist'] ?? opt.dist,
    oursEntry: opt['bench-entry'],
  });
  raw.browser = browser;
}
rows.push(...payloadRows(opt.dist, browser));
rows.push(...browserRows(list(opt['browser-n']), browser));

const cpu = cpus();
// The wall-clock stamp of the run, from the same clock as performance.now().
const stamp = new Date(performance.timeOrigin + performance.now()).toISOString().slice(0, 16);
const chromiumVersion = browser && 'results' in browser ? ` · ${browser.chromiumVersion}` : '';
console.log(
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadAtStart.toFixed(1)} at start · Node ${process.version}${chromiumVersion} · ${stamp}Z · npm run bench -- ${process.argv.slice(2).join(' ')}`.trimEnd(),
);
console.log('');
console.log(renderTable(rows));
if (opt.json) writeFileSync(opt.json, JSON.stringify({ rows, raw }, null, 2));
console.error(`bench: whole run ${(performance.now() / 60_000).toFixed(1)} min`);
