/**
 * The browser half of the benchmark, through the bench-peers harness (vendored in scripts/bench/peers, see its
 * VENDORED.md): vis-timeline and, when the app's bench entry is built, our app ("ours"), rendering the same
 * synthetic events in the same headless Chromium.
 *
 * The harness is copied into a temp folder first (the source folder is never written), installed there with
 * `npm ci` from its own lock file (vis-timeline + playwright-core, no browser download), and removed afterwards.
 * run.mjs is called once per peer, variant, N and repetition (browserPlan.ts says why and when it stops early);
 * each call launches and closes its own browser and static server (127.0.0.1, ephemeral port).
 *
 * vis-timeline runs in each of its variants (by default stack=1, its default stacked layout; stack=0, unstacked;
 * cluster=1, items merged into cluster counts where they crowd), so that the rows can compare ours with the best
 * one that rendered.
 *
 * Ours: a copy of dist-bench/ is mounted at /ours/ (BENCH_EXTRA_ROOT). The bench entry (dist-bench/bench.html)
 * reads `bench-data/events-<N>.json` beside it: the harness's data/events-<N>.json converted to our events.json
 * (scripts/synthetic/fromBenchPeers.ts), so both peers draw the very same events; `bench-data/extent.json`
 * holds the harness's extent, which the entry hands to `__BENCH__.extent` so both are driven over the same
 * windows.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { convertBenchPeersData, type BenchPeersData } from '../synthetic/fromBenchPeers.ts';
import { BUILTIN_PLACES } from '../synthetic/vocabulary.ts';
import {
  combineRuns,
  describeFailure,
  isRenderTimeout,
  notRunResult,
  OURS,
  planBrowserCases,
  skipReason,
  variantsLeftOut,
  VIS,
  type PlannedCase,
} from './browserPlan.ts';
import { measureFilterTimes, type FilterTarget, type FilterTiming } from './filterTiming.ts';
import { measureFiles, type PayloadFigures } from './payload.ts';

export interface BrowserBenchOptions {
  readonly peersDir: string;
  readonly ns: readonly number[];
  readonly reps: number;
  /** Runs per peer and size for the actor filter (each waits for a full first render again). */
  readonly filterReps: number;
  /** Seconds allowed for a first render: ours at every N, vis-timeline below `visLargeFrom` events. */
  readonly timeoutS: number;
  /** vis-timeline variants (page query strings), e.g. ['stack=1', 'stack=0']. */
  readonly visVariants: readonly string[];
  /** From this many events vis-timeline gets `visVariantsLarge` and `visTimeoutLargeS` instead. */
  readonly visLargeFrom: number;
  readonly visVariantsLarge: readonly string[];
  readonly visTimeoutLargeS: number;
  readonly chromium: string;
  /** The built app (dist/) and its bench entry page, relative to it. */
  readonly oursDist: string;
  readonly oursEntry: string;
}

/** One peer, variant and event count: run.mjs' figures (medians over the successful repetitions). */
export interface PeerResult {
  readonly peer: string;
  /** The page query string ('stack=0'), '' for the page's defaults. */
  readonly variant: string;
  readonly version?: string | undefined;
  readonly n: number;
  /** Repetitions run (fewer than asked when one timed out). */
  readonly reps: number;
  readonly ok: number;
  readonly firstRenderMs: number | null;
  readonly renderAfterDataMs: number | null;
  readonly frameMedianMs: number | null;
  readonly frameP95Ms: number | null;
  readonly stepsDone: number | null;
  readonly errors: readonly string[];
  readonly hung: readonly string[];
  /** Seconds the first render was given. */
  readonly timeoutS: number;
  /** Why this case was not run at all, or null. */
  readonly notRun: string | null;
}

export type BrowserBench =
  | {
      readonly results: readonly PeerResult[];
      readonly filters: readonly FilterTiming[];
      /** vis-timeline's JS + CSS as its page loads them. */
      readonly visPayload: PayloadFigures | null;
      readonly chromiumVersion: string;
      /** Why ours was not run (no bench entry yet), or null when it was. */
      readonly oursUnavailable: string | null;
      /** vis-timeline variants left out at an N, and why (e.g. the stacked layout at 100,000). */
      readonly leftOut: readonly { readonly n: number; readonly variant: string; readonly reason: string }[];
    }
  | { readonly unavailable: string };

function run(
  cmd: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  quiet = false,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Quiet: the harness's own table and meta line are dropped (its JSON file is what we read) and its stderr
    // is kept to be shown only when it fails; otherwise everything goes to our stderr as progress.
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: ['ignore', quiet ? 'ignore' : process.stderr, quiet ? 'pipe' : 'inherit'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function makeWritable(dir: string): void {
  // The shared harness is read-only; its copy must accept data/ and results/.
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) makeWritable(p);
    else chmodSync(p, 0o644);
  }
}

/** Copies dist/ and writes the harness data in our format beside the bench entry. */
function prepareOurs(harness: string, oursDist: string, target: string, ns: readonly number[]): void {
  cpSync(oursDist, target, { recursive: true });
  const dataDir = join(target, 'bench-data');
  mkdirSync(dataDir, { recursive: true });
  for (const n of ns) {
    const data = JSON.parse(readFileSync(join(harness, 'data', `events-${n}.json`), 'utf8')) as BenchPeersData;
    writeFileSync(join(dataDir, `events-${n}.json`), JSON.stringify(convertBenchPeersData(data, BUILTIN_PLACES)));
    writeFileSync(join(dataDir, 'extent.json'), JSON.stringify({ extent: data.extent }));
  }
}

const fmt = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(1));

/** One repetition of a case: run.mjs with --reps 1, its single JSON row. */
async function runOnce(
  harness: string,
  c: PlannedCase,
  path: string,
  options: BrowserBenchOptions,
  env: NodeJS.ProcessEnv,
): Promise<PeerResult> {
  const out = join(harness, 'results', `run-${c.peer}-${c.variant || 'default'}-${c.n}.json`);
  rmSync(out, { force: true });
  const args = [
    'run.mjs',
    ...['--peers', `${c.peer}=${path}`, '--n', String(c.n), '--reps', '1'],
    ...(c.variant ? ['--variants', c.variant] : []),
    ...['--timeout', String(c.timeoutS), '--chromium', options.chromium, '--out', out],
  ];
  const res = await run(process.execPath, args, harness, env, true);
  const row = existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as { results: Omit<PeerResult, 'timeoutS' | 'notRun'>[] }).results[0]
    : undefined;
  if (res.code !== 0 || row === undefined) {
    process.stderr.write(res.stderr);
    return {
      ...notRunResult(c, ''),
      reps: 1,
      notRun: null,
      errors: [`run.mjs failed (exit ${res.code}): ${res.stderr.trim().split('\n').at(-1) ?? ''}`],
    };
  }
  return { ...row, variant: c.variant, timeoutS: c.timeoutS, notRun: null };
}

/** Every planned case, each repetition its own run.mjs call, stopping early as browserPlan.ts describes. */
async function runCases(
  harness: string,
  cases: readonly PlannedCase[],
  paths: ReadonlyMap<string, string>,
  options: BrowserBenchOptions,
  env: NodeJS.ProcessEnv,
): Promise<PeerResult[]> {
  const results: PeerResult[] = [];
  for (const [i, c] of cases.entries()) {
    const label = `${c.peer}${c.variant ? ` ${c.variant}` : ''}, ${c.n.toLocaleString('en-US')} events`;
    const skip = skipReason(c, results);
    if (skip !== null) {
      console.error(`bench: [${i + 1}/${cases.length}] ${label}: ${skip}`);
      results.push(notRunResult(c, skip));
      continue;
    }
    const runs: PeerResult[] = [];
    for (let rep = 0; rep < options.reps; rep++) {
      const t0 = performance.now();
      const r = await runOnce(harness, c, paths.get(c.peer) ?? '', options, env);
      runs.push(r);
      const took = ((performance.now() - t0) / 1000).toFixed(0);
      const what =
        r.ok > 0
          ? `first render ${fmt(r.firstRenderMs)} ms, frame median ${fmt(r.frameMedianMs)} ms, p95 ${fmt(r.frameP95Ms)} ms`
          : describeFailure(r.errors[0] ?? 'failed');
      console.error(`bench: [${i + 1}/${cases.length}] ${label}, run ${rep + 1}/${options.reps}: ${what} (${took} s)`);
      if (isRenderTimeout(r)) break;
    }
    results.push(combineRuns(c, runs, options.reps));
  }
  return results;
}

export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBench> {
  if (!existsSync(join(options.peersDir, 'run.mjs'))) {
    return { unavailable: `bench-peers harness not found at ${options.peersDir} (--peers-dir)` };
  }
  if (!existsSync(options.chromium)) {
    return { unavailable: `Chromium not found at ${options.chromium}; apt-get install -y chromium` };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'conflict-timeline-bench-'));
  const harness = join(tmp, 'bench-peers');
  const oursRoot = join(tmp, 'ours');
  let server: Server | null = null;
  try {
    cpSync(options.peersDir, harness, {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|data|results)$/.test(src),
    });
    makeWritable(harness);
    console.error(`bench: installing bench-peers in ${harness} (npm ci)…`);
    if ((await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], harness)).code !== 0) {
      return { unavailable: 'npm ci in the bench-peers copy failed' };
    }
    if ((await run(process.execPath, ['gen-data.mjs', ...options.ns.map(String)], harness)).code !== 0) {
      return { unavailable: 'bench-peers gen-data.mjs failed' };
    }

    const entry = join(options.oursDist, options.oursEntry);
    const oursUnavailable = existsSync(entry)
      ? null
      : `no ${entry}: the app's bench entry is not built (\`npx vite build --mode bench\`; \`npm run bench\` runs it)`;
    if (oursUnavailable === null) prepareOurs(harness, options.oursDist, oursRoot, options.ns);
    const env = oursUnavailable === null ? { ...process.env, BENCH_EXTRA_ROOT: oursRoot } : process.env;
    const paths = new Map([
      [VIS, '/peers/vis-timeline.html'],
      [OURS, `/ours/${options.oursEntry}`],
    ]);

    const plan = {
      ns: options.ns,
      visVariants: options.visVariants,
      visVariantsLarge: options.visVariantsLarge,
      largeFrom: options.visLargeFrom,
      timeoutS: options.timeoutS,
      visTimeoutLargeS: options.visTimeoutLargeS,
      withOurs: oursUnavailable === null,
    };
    const cases = planBrowserCases(plan);
    console.error(
      `bench: ${cases.length} browser cases (peer × variant × N), up to ${options.reps} run(s) each, N = ${options.ns.join(', ')}…`,
    );
    const results = await runCases(harness, cases, paths, options, env);
    const leftOut = options.ns.flatMap((n) => variantsLeftOut(plan, n).map((x) => ({ n, ...x })));
    let chromiumVersion = '';
    try {
      chromiumVersion = execFileSync(options.chromium, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      chromiumVersion = 'Chromium (version unknown)';
    }

    // The filter is timed for every case whose first render completed in the runs above: a page that did not
    // render there would only be waited for again.
    const targets: FilterTarget[] = results
      .filter((r) => r.ok > 0)
      .map((r) => ({
        peer: r.peer,
        variant: r.variant,
        n: r.n,
        path: paths.get(r.peer) ?? '',
        timeoutMs: r.timeoutS * 1000,
      }));
    console.error(`bench: actor filter timing (${targets.length} cases)…`);
    const serve = (await import(pathToFileURL(join(harness, 'serve.mjs')).href)) as {
      startServer: (port: number, extraRoot?: string) => Promise<Server>;
    };
    server = await serve.startServer(0, oursUnavailable === null ? oursRoot : undefined);
    const port = (server.address() as AddressInfo).port;
    const filters = await measureFilterTimes({
      baseUrl: `http://127.0.0.1:${port}`,
      targets,
      reps: options.filterReps,
      chromium: options.chromium,
    });

    const vis = join(harness, 'node_modules', 'vis-timeline');
    const bundle = [
      join(vis, 'standalone', 'umd', 'vis-timeline-graph2d.min.js'),
      join(vis, 'styles', 'vis-timeline-graph2d.min.css'),
    ];
    const visPayload = bundle.every((f) => existsSync(f)) ? measureFiles(vis, bundle) : null;
    return { results, filters, visPayload, chromiumVersion, oursUnavailable, leftOut };
  } finally {
    if (server !== null) {
      server.closeAllConnections();
      server.close();
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}
