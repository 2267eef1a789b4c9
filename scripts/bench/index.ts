/**
 * npm run bench [-- options]: prints one Markdown table of every performance figure of issue 5, ours beside a
 * peer measured in the same run (absolute times drift on shared machines; ratios taken in one run do not).
 *
 *   extraction   runPipeline over 1,000 and 10,000 generated articles vs chrono-node's parse alone on the
 *                same texts: articles/s, MB/s, time ratio, peak RSS (each measurement in its own process);
 *                at the first size also with a lexicon grown by thousands of entries (matching must not slow)
 *   payload      JS + CSS of dist/, gzipped, vs vis-timeline's bundle
 *   browser      first drawn events, zoom/pan frame median and p95, actor filter time, for 1k/10k/100k events:
 *                ours (dist/bench.html, once the app has its bench entry) beside vis-timeline, both through a
 *                copy of ../shared/bench-peers, in one Chromium run
 *
 * Options: --sizes 1000,10000   --reps N (default 3 up to 2,000 articles, else 1)   --seed 1
 *          --no-extraction   --no-lexicon-growth   --no-browser   --browser-n 1000,10000,100000   --browser-reps 3
 *          --timeout 120 (s for a peer's first render)   --peers-dir ../shared/bench-peers
 *          --chromium /usr/bin/chromium   --dist dist   --bench-entry bench.html   --json FILE (raw figures)
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readLexiconVocabulary } from '../synthetic/lexiconVocabulary.ts';
import { writeCorpus } from '../synthetic/writeOutputs.ts';
import { runBrowserBench, type BrowserBench } from './browser.ts';
import { browserRows } from './browserRows.ts';
import { summarizeSamples, type ExtractionFigures, type ExtractionSample } from './extractionSample.ts';
import { inflateLexicon } from './inflateLexicon.ts';
import { measurePayload } from './payload.ts';
import { formatNumber, renderTable, statusOf, type BenchRow } from './table.ts';

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    reps: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-extraction': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-lexicon-growth': { type: 'boolean', default: false },
    'browser-n': { type: 'string', default: '1000,10000,100000' },
    'browser-reps': { type: 'string', default: '3' },
    timeout: { type: 'string', default: '120' },
    'peers-dir': { type: 'string', default: join('..', 'shared', 'bench-peers') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    dist: { type: 'string', default: 'dist' },
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

const CHILD = fileURLToPath(new URL('./extractionChild.ts', import.meta.url));
const LEXICON_DIR = 'data/lexicon';
const n$ = (n: number): string => formatNumber(n);

// ---------------------------------------------------------------- extraction

function measureOnce(dir: string, mode: 'pipeline' | 'chrono', lexicon = LEXICON_DIR): Promise<ExtractionSample> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', CHILD, '--dir', dir, '--mode', mode, '--lexicon', lexicon];
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as ExtractionSample);
      } catch {
        resolve({ mode, articles: 0, rejected: 0, bytes: 0, unavailable: `${mode} run failed (exit ${code})` });
      }
    });
  });
}

interface ExtractionResult {
  readonly n: number;
  readonly ours: ExtractionFigures | { unavailable: string };
  readonly chrono: ExtractionFigures | { unavailable: string };
  /** The same pipeline with a grown lexicon (only for the first size). */
  readonly grown: { readonly figures: ExtractionFigures | { unavailable: string }; readonly label: string } | null;
  readonly rejected: number;
}

/** How much the lexicon grows for the scaling figure: a full gazetteer's worth of places, many armed groups. */
const GROWTH = { extraActors: 2000, extraPlaces: 10_000, seed: 1 } as const;

/** data/lexicon with GROWTH synthetic entries added, written to `dir`; null when the lexicon is incomplete. */
function writeGrownLexicon(dir: string): string | null {
  const files = ['actors.json', 'places.json', 'eventTypes.json'];
  if (!files.every((f) => existsSync(join(LEXICON_DIR, f)))) return null;
  mkdirSync(dir, { recursive: true });
  const read = (f: string) => JSON.parse(readFileSync(join(LEXICON_DIR, f), 'utf8')) as Record<string, unknown>;
  const grown = inflateLexicon(read('actors.json'), read('places.json'), GROWTH);
  writeFileSync(join(dir, 'actors.json'), JSON.stringify(grown.actors));
  writeFileSync(join(dir, 'places.json'), JSON.stringify(grown.places));
  copyFileSync(join(LEXICON_DIR, 'eventTypes.json'), join(dir, 'eventTypes.json'));
  return dir;
}

async function measureExtraction(n: number, seed: number, reps: number, growth: boolean): Promise<ExtractionResult> {
  const tmp = mkdtempSync(join(tmpdir(), `conflict-timeline-corpus-${n}-`));
  try {
    const articles = join(tmp, 'articles');
    const corpus = writeCorpus(articles, n, seed, readLexiconVocabulary(LEXICON_DIR));
    console.error(`bench: ${n} articles generated (${(corpus.bytes / 1e6).toFixed(1)} MB); ${reps} run(s) each…`);
    const grownLexicon = growth ? writeGrownLexicon(join(tmp, 'lexicon-grown')) : null;
    const ours: ExtractionSample[] = [];
    const chrono: ExtractionSample[] = [];
    const grown: ExtractionSample[] = [];
    // Interleaved, so that drift on the shared machine falls on all sides alike.
    for (let r = 0; r < reps; r++) {
      chrono.push(await measureOnce(articles, 'chrono'));
      ours.push(await measureOnce(articles, 'pipeline'));
      if (ours.at(-1)?.unavailable) break; // no point repeating a run that cannot start
      if (grownLexicon !== null) grown.push(await measureOnce(articles, 'pipeline', grownLexicon));
    }
    const label = `lexicon + ${n$(GROWTH.extraActors)} actors, + ${n$(GROWTH.extraPlaces)} places`;
    return {
      n,
      ours: summarizeSamples(ours),
      chrono: summarizeSamples(chrono),
      grown: !growth
        ? null
        : grownLexicon === null
          ? { label, figures: { unavailable: `${LEXICON_DIR} lacks one of actors/places/eventTypes.json` } }
          : { label, figures: summarizeSamples(grown) },
      rejected: Math.max(0, ...[...ours, ...chrono].map((s) => s.rejected)),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function growthRow(r: ExtractionResult): BenchRow[] {
  if (r.grown === null) return [];
  const g = r.grown.figures;
  const o = r.ours;
  const base = {
    area: 'extraction',
    measure: `time, s, with the ${r.grown.label}`,
    n: n$(r.n),
    target: '≈ 1× (≤ 1.1×): no slower as the lexicon grows',
  } as const;
  if ('unavailable' in g || 'unavailable' in o) {
    const why = 'unavailable' in g ? g.unavailable : 'unavailable' in o ? o.unavailable : '';
    return [{ ...base, ours: `not available: ${why}`, peer: '', ratio: '', status: 'not available' }];
  }
  const ratio = g.seconds / o.seconds;
  const load = g.lexiconSeconds === null ? '' : ` (+${formatNumber(g.lexiconSeconds, 2)} lexicon load, once)`;
  return [
    {
      ...base,
      ours: `${formatNumber(g.seconds, 2)}${load}`,
      peer: `same pipeline, ${LEXICON_DIR}: ${formatNumber(o.seconds, 2)}`,
      ratio: `${formatNumber(ratio, 2)}×`,
      status: statusOf(ratio <= 1.1),
    },
  ];
}

function extractionRows(r: ExtractionResult): BenchRow[] {
  const N = n$(r.n);
  const c = r.chrono;
  const o = r.ours;
  const cOk = !('unavailable' in c);
  const oOk = !('unavailable' in o);
  const why = 'unavailable' in o ? `not available: ${o.unavailable}` : '';
  const peer = (f: (x: ExtractionFigures) => string): string =>
    cOk ? `chrono-node alone: ${f(c)}` : `not available: ${c.unavailable}`;
  const ours = (f: (x: ExtractionFigures) => string): string => (oOk ? f(o) : why);
  const na = oOk ? '—' : 'not available';
  const ratio = oOk && cOk ? o.seconds / c.seconds : null;
  return [
    {
      area: 'extraction',
      measure: 'articles/s',
      n: N,
      ours: ours((x) => n$(x.articlesPerSecond)),
      peer: peer((x) => n$(x.articlesPerSecond)),
      ratio: '',
      target: '≥ 2,000',
      status: oOk ? statusOf(o.articlesPerSecond >= 2000) : na,
    },
    {
      area: 'extraction',
      measure: 'time, s (ratio = our overhead)',
      n: N,
      ours: ours(
        (x) =>
          `${formatNumber(x.seconds, 2)}${x.lexiconSeconds === null ? '' : ` (+${formatNumber(x.lexiconSeconds, 2)} lexicon load, once)`}`,
      ),
      peer: peer((x) => formatNumber(x.seconds, 2)),
      ratio: ratio === null ? '' : `${formatNumber(ratio, 2)}×`,
      target: '≤ 1.2× chrono-node',
      status: ratio === null ? na : statusOf(ratio <= 1.2),
    },
    {
      area: 'extraction',
      measure: 'MB/s (article text, UTF-8)',
      n: N,
      ours: ours((x) => formatNumber(x.mbPerSecond, 2)),
      peer: peer((x) => formatNumber(x.mbPerSecond, 2)),
      ratio: '',
      target: '—',
      status: oOk ? '—' : na,
    },
    {
      area: 'extraction',
      measure: 'peak RSS, MB (whole process)',
      n: N,
      ours: ours((x) => n$(x.peakRssMB)),
      peer: peer((x) => n$(x.peakRssMB)),
      ratio: oOk && cOk ? `${formatNumber(o.peakRssMB / c.peakRssMB, 2)}×` : '',
      target: '—',
      status: oOk ? '—' : na,
    },
    {
      area: 'extraction',
      measure: 'output: events (ours) / date results (chrono)',
      n: N,
      ours: ours((x) => n$(x.outputs)),
      peer: peer((x) => n$(x.outputs)),
      ratio: '',
      target: '—',
      status: r.rejected > 0 ? `${r.rejected} files rejected by the reader` : '—',
    },
  ];
}

// ---------------------------------------------------------------- payload

function payloadRow(distDir: string, bench: BrowserBench | null): BenchRow {
  const visPayload = bench && 'results' in bench ? bench.visPayload : null;
  const peer = visPayload
    ? `vis-timeline bundle: ${formatNumber(visPayload.gzipBytes / 1024, 1)} KB`
    : 'vis-timeline: 159 KB (published figure, not measured)';
  const base = { area: 'payload', measure: 'JS + CSS, gzipped (no data, no texts)', n: '—', peer } as const;
  if (!existsSync(distDir)) {
    return {
      ...base,
      ours: `not available: no ${distDir}/ (run npm run build)`,
      ratio: '',
      target: '≤ 100 KB',
      status: 'not available',
    };
  }
  const p = measurePayload(distDir);
  const kb = p.gzipBytes / 1024;
  return {
    ...base,
    ours: `${formatNumber(kb, 1)} KB (${p.files} files)`,
    ratio: visPayload ? `${formatNumber(p.gzipBytes / visPayload.gzipBytes, 2)}×` : '',
    target: '≤ 100 KB (TimelineJS 76 KB)',
    status: statusOf(kb <= 100),
  };
}

// ---------------------------------------------------------------- main

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

let browser: BrowserBench | null = null;
if (!opt['no-browser']) {
  browser = await runBrowserBench({
    peersDir: opt['peers-dir'],
    ns: list(opt['browser-n']),
    reps: Number(opt['browser-reps']),
    timeoutS: Number(opt.timeout),
    chromium: opt.chromium,
    oursDist: opt.dist,
    oursEntry: opt['bench-entry'],
  });
  raw.browser = browser;
}
rows.push(payloadRow(opt.dist, browser));
rows.push(...browserRows(list(opt['browser-n']), browser));

const cpu = cpus();
// The wall-clock stamp of the run, from the same clock as performance.now().
const stamp = new Date(performance.timeOrigin + performance.now()).toISOString().slice(0, 16);
const chromiumVersion = browser && 'results' in browser ? ` · ${browser.chromiumVersion}` : '';
console.log(
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}${chromiumVersion} · ${stamp}Z · npm run bench -- ${process.argv.slice(2).join(' ')}`.trimEnd(),
);
console.log('');
console.log(renderTable(rows));
if (opt.json) writeFileSync(opt.json, JSON.stringify({ rows, raw }, null, 2));
