/**
 * The extraction rows: runPipeline over a generated corpus beside chrono-node's parse alone on the same texts,
 * each measurement in its own child process (extractionChild.ts) so that its peak memory is its own, runs
 * interleaved so that drift on a shared machine falls on both sides alike. At the first size, the same corpus
 * also goes through the pipeline with a grown lexicon (inflateLexicon.ts).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLexiconVocabulary } from '../synthetic/lexiconVocabulary.ts';
import { writeCorpus } from '../synthetic/writeOutputs.ts';
import { summarizeSamples, type ExtractionFigures, type ExtractionSample } from './extractionSample.ts';
import { ACTOR_LIST_FILES } from '../lib/readLexicon.ts';
import { inflateLexicon } from './inflateLexicon.ts';
import { formatNumber, statusOf, type BenchRow } from './table.ts';

const CHILD = fileURLToPath(new URL('./extractionChild.ts', import.meta.url));
export const LEXICON_DIR = 'data/lexicon';
const n$ = (n: number): string => formatNumber(n);

/** Threads of the worker-pool row: both cores of the benchmark machine. */
export const BENCH_WORKERS = 2;

function measureOnce(dir: string, mode: ExtractionSample['mode'], lexicon = LEXICON_DIR): Promise<ExtractionSample> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', CHILD, '--dir', dir, '--mode', mode, '--lexicon', lexicon];
    if (mode === 'workers') args.push('--workers', String(BENCH_WORKERS));
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

/** One whole-CLI run: wall time from spawn to exit, and its exit code. */
export interface CliRun {
  readonly seconds: number;
  readonly code: number | null;
}

const LAUNCHER = fileURLToPath(new URL('../run-extract.mjs', import.meta.url));
const EXTRACT_SOURCE = fileURLToPath(new URL('../extract.ts', import.meta.url));

/**
 * `npm run extract` as a user runs it (the prebuilt bundle), or the same CLI from its sources through tsx, on
 * `dir`, writing into a fresh folder: spawn to exit, the bundle already built (a `--help` run first builds it).
 */
function measureCli(dir: string, outDir: string, via: 'bundle' | 'tsx'): Promise<CliRun> {
  rmSync(outDir, { recursive: true, force: true });
  const io = ['--in', dir, '--out', join(outDir, 'events.json')];
  const args = via === 'bundle' ? [LAUNCHER, ...io] : ['--import', 'tsx', EXTRACT_SOURCE, ...io];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('close', (code) => resolve({ seconds: (performance.now() - t0) / 1000, code }));
  });
}

export interface ExtractionResult {
  readonly n: number;
  /** The whole CLI from the bundle and from its sources (best of the runs), or null when not measured. */
  readonly cli: { readonly bundle: CliRun; readonly tsx: CliRun } | null;
  readonly ours: ExtractionFigures | { unavailable: string };
  readonly chrono: ExtractionFigures | { unavailable: string };
  /** The same corpus through the worker pool on BENCH_WORKERS threads (null when not measured). */
  readonly workers: ExtractionFigures | { unavailable: string } | null;
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
  // The world gazetteer too, so that only the grown files differ from data/lexicon.
  if (existsSync(join(LEXICON_DIR, 'gazetteer.json')))
    copyFileSync(join(LEXICON_DIR, 'gazetteer.json'), join(dir, 'gazetteer.json'));
  // The further actor files (armed groups, states) belong to the lexicon too: without them the grown copy would
  // hold fewer real actors than data/lexicon.
  for (const f of ACTOR_LIST_FILES)
    if (existsSync(join(LEXICON_DIR, f))) copyFileSync(join(LEXICON_DIR, f), join(dir, f));
  return dir;
}

export async function measureExtraction(
  n: number,
  seed: number,
  reps: number,
  growth: boolean,
  measureWholeCli = false,
): Promise<ExtractionResult> {
  const tmp = mkdtempSync(join(tmpdir(), `conflict-timeline-corpus-${n}-`));
  try {
    const articles = join(tmp, 'articles');
    const corpus = writeCorpus(articles, n, seed, readLexiconVocabulary(LEXICON_DIR));
    console.error(`bench: ${n} articles generated (${(corpus.bytes / 1e6).toFixed(1)} MB); ${reps} run(s) each…`);
    const grownLexicon = growth ? writeGrownLexicon(join(tmp, 'lexicon-grown')) : null;
    const ours: ExtractionSample[] = [];
    const chrono: ExtractionSample[] = [];
    const grown: ExtractionSample[] = [];
    const workers: ExtractionSample[] = [];
    // Interleaved, so that drift on the shared machine falls on all sides alike.
    for (let r = 0; r < reps; r++) {
      chrono.push(await measureOnce(articles, 'chrono'));
      ours.push(await measureOnce(articles, 'pipeline'));
      if (ours.at(-1)?.unavailable) break; // no point repeating a run that cannot start
      workers.push(await measureOnce(articles, 'workers'));
      if (grownLexicon !== null) grown.push(await measureOnce(articles, 'pipeline', grownLexicon));
    }
    const label = `lexicon + ${n$(GROWTH.extraActors)} actors, + ${n$(GROWTH.extraPlaces)} places`;
    let cli: ExtractionResult['cli'] = null;
    if (measureWholeCli) {
      await new Promise((resolve) =>
        spawn(process.execPath, [LAUNCHER, '--help'], { stdio: 'ignore' }).on('close', resolve),
      );
      const best = (runs: CliRun[]): CliRun => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const bundle: CliRun[] = [];
      const viaTsx: CliRun[] = [];
      for (let r = 0; r < reps; r++) {
        bundle.push(await measureCli(articles, join(tmp, 'out-bundle'), 'bundle'));
        viaTsx.push(await measureCli(articles, join(tmp, 'out-tsx'), 'tsx'));
      }
      cli = { bundle: best(bundle), tsx: best(viaTsx) };
    }
    return {
      n,
      cli,
      ours: summarizeSamples(ours),
      chrono: summarizeSamples(chrono),
      workers: workers.length === 0 ? null : summarizeSamples(workers),
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

export function growthRow(r: ExtractionResult): BenchRow[] {
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

/**
 * The worker-pool row: the same corpus through `npm run extract -- --workers 2`'s pool, pool start and each
 * thread's lexicon compile included (a run on both cores pays them), beside chrono-node alone on one thread.
 */
export function workersRow(r: ExtractionResult): BenchRow[] {
  const w = r.workers;
  if (w === null) return [];
  const c = r.chrono;
  const base = {
    area: 'extraction',
    measure: `articles/s with --workers ${BENCH_WORKERS} (pool start included)`,
    n: n$(r.n),
    ratio: '',
    target: '≥ 2,000',
  } as const;
  if ('unavailable' in w)
    return [{ ...base, ours: `not available: ${w.unavailable}`, peer: '', status: 'not available' }];
  return [
    {
      ...base,
      ours: n$(w.articlesPerSecond),
      peer:
        'unavailable' in c
          ? `not available: ${c.unavailable}`
          : `chrono-node alone, 1 thread: ${n$(c.articlesPerSecond)}`,
      status: statusOf(w.articlesPerSecond >= 2000),
    },
  ];
}

/** Our pipeline's CPU time beside chrono-node's, when both children reported it. */
export function cpuRow(r: ExtractionResult): BenchRow[] {
  const o = r.ours;
  const c = r.chrono;
  if ('unavailable' in o || 'unavailable' in c || o.cpuSeconds === null || c.cpuSeconds === null) return [];
  const ratio = o.cpuSeconds / c.cpuSeconds;
  return [
    {
      area: 'extraction',
      measure: 'CPU time, s, user + sys (ratio = our overhead)',
      n: n$(r.n),
      ours: formatNumber(o.cpuSeconds, 2),
      peer: `chrono-node alone: ${formatNumber(c.cpuSeconds, 2)}`,
      ratio: `${formatNumber(ratio, 2)}×`,
      target: '≤ 4× (issue 11)',
      status: statusOf(ratio <= 4),
    },
  ];
}

export function extractionRows(r: ExtractionResult): BenchRow[] {
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
    ...workersRow(r),
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
    // The same comparison in CPU time (user + system): what the timed section cost whatever else ran meanwhile.
    ...cpuRow(r),
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

/** Whole-CLI time before issue 14 (tsx, FileHandle reads, per-file fsyncs), 10,000 generated articles, this machine. */
export const CLI_BEFORE = { n: 10_000, seconds: 21.62 } as const;

/**
 * The whole CLI (`npm run extract`, spawn to exit) beside the same CLI run from its sources through tsx, in the
 * same run; the target compares it with the time measured before issue 14 on the same machine (CLI_BEFORE).
 */
export function cliRow(r: ExtractionResult): BenchRow[] {
  if (r.cli === null) return [];
  const { bundle, tsx } = r.cli;
  const failed = bundle.code !== 0 || tsx.code !== 0;
  const target =
    r.n === CLI_BEFORE.n
      ? `≤ ${formatNumber(CLI_BEFORE.seconds / 2, 2)} (½ of ${formatNumber(CLI_BEFORE.seconds, 2)} before issue 14)`
      : '—';
  return [
    {
      area: 'extraction',
      measure: 'whole CLI, npm run extract (bundle), spawn to exit, s',
      n: n$(r.n),
      ours: failed ? `exit ${bundle.code} / ${tsx.code}` : formatNumber(bundle.seconds, 2),
      peer: `same CLI from its sources via tsx: ${formatNumber(tsx.seconds, 2)}`,
      ratio: `${formatNumber(bundle.seconds / tsx.seconds, 2)}×`,
      target,
      status: failed
        ? 'not available'
        : r.n === CLI_BEFORE.n
          ? statusOf(bundle.seconds <= CLI_BEFORE.seconds / 2)
          : '—',
    },
  ];
}
