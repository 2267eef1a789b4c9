/**
 * The browser half of the benchmark, through ../shared/bench-peers' harness: vis-timeline and, when the app's
 * bench entry is built, our app ("ours"), rendering the same synthetic events in the same headless Chromium.
 *
 * The harness is copied into a temp folder first (the shared folder is never written), installed there with
 * `npm ci` from its own lock file (vis-timeline + playwright-core, no browser download), and removed afterwards.
 * run.mjs launches and closes its own browsers and its static server (127.0.0.1, ephemeral port).
 *
 * Ours: a copy of dist/ is mounted at /ours/ (BENCH_EXTRA_ROOT). The bench entry (dist/bench.html by default)
 * reads `bench-data/events-<N>.json` beside it: the harness's data/events-<N>.json converted to our events.json
 * (scripts/synthetic/fromBenchPeers.ts), so both peers draw the very same events; `bench-data/extent.json`
 * holds the harness's extent, which the entry hands to `__BENCH__.extent` so both are driven over the same
 * windows.
 */
import { spawn } from 'node:child_process';
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
import { measureFilterTimes, type FilterTarget, type FilterTiming } from './filterTiming.ts';
import { measureFiles, type PayloadFigures } from './payload.ts';

export interface BrowserBenchOptions {
  readonly peersDir: string;
  readonly ns: readonly number[];
  readonly reps: number;
  /** Runs per peer and size for the actor filter (each waits for a full first render again). */
  readonly filterReps: number;
  /** Seconds allowed for the first render (run.mjs --timeout). */
  readonly timeoutS: number;
  readonly chromium: string;
  /** The built app (dist/) and its bench entry page, relative to it. */
  readonly oursDist: string;
  readonly oursEntry: string;
}

/** One row of run.mjs' JSON output (the fields we report). */
export interface PeerResult {
  readonly peer: string;
  readonly version?: string;
  readonly n: number;
  readonly reps: number;
  readonly ok: number;
  readonly firstRenderMs: number | null;
  readonly renderAfterDataMs: number | null;
  readonly frameMedianMs: number | null;
  readonly frameP95Ms: number | null;
  readonly stepsDone: number | null;
  readonly errors: readonly string[];
  readonly hung: readonly string[];
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
    }
  | { readonly unavailable: string };

function run(
  cmd: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null }> {
  return new Promise((resolve, reject) => {
    // The harness's own table goes to stderr as progress; its JSON file is what we read.
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', process.stderr, 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code }));
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
      : `no ${entry}: the app's bench entry is not built yet (see the bench README text)`;
    if (oursUnavailable === null) prepareOurs(harness, options.oursDist, oursRoot, options.ns);
    const targets: FilterTarget[] = [
      { peer: 'vis-timeline', path: '/peers/vis-timeline.html' },
      ...(oursUnavailable === null ? [{ peer: 'ours', path: `/ours/${options.oursEntry}` }] : []),
    ];
    const env = oursUnavailable === null ? { ...process.env, BENCH_EXTRA_ROOT: oursRoot } : process.env;

    const out = join(harness, 'results', 'bench.json');
    console.error(
      `bench: ${targets.map((t) => t.peer).join(' + ')}, N = ${options.ns.join(', ')}, ${options.reps} run(s) each…`,
    );
    const peersArg = targets.map((t) => (t.peer === 'vis-timeline' ? t.peer : `${t.peer}=${t.path}`)).join(',');
    const res = await run(
      process.execPath,
      [
        'run.mjs',
        ...['--peers', peersArg, '--n', options.ns.join(','), '--reps', String(options.reps)],
        ...['--timeout', String(options.timeoutS), '--chromium', options.chromium, '--out', out],
      ],
      harness,
      env,
    );
    if (res.code !== 0 || !existsSync(out)) return { unavailable: `bench-peers run.mjs failed (exit ${res.code})` };
    const report = JSON.parse(readFileSync(out, 'utf8')) as { meta: { chromium: string }; results: PeerResult[] };

    console.error('bench: actor filter timing…');
    const serve = (await import(pathToFileURL(join(harness, 'serve.mjs')).href)) as {
      startServer: (port: number, extraRoot?: string) => Promise<Server>;
    };
    server = await serve.startServer(0, oursUnavailable === null ? oursRoot : undefined);
    const port = (server.address() as AddressInfo).port;
    const filters = await measureFilterTimes({
      baseUrl: `http://127.0.0.1:${port}`,
      targets,
      ns: options.ns,
      reps: options.filterReps,
      chromium: options.chromium,
      timeoutMs: options.timeoutS * 1000,
    });

    const vis = join(harness, 'node_modules', 'vis-timeline');
    const bundle = [
      join(vis, 'standalone', 'umd', 'vis-timeline-graph2d.min.js'),
      join(vis, 'styles', 'vis-timeline-graph2d.min.css'),
    ];
    const visPayload = bundle.every((f) => existsSync(f)) ? measureFiles(vis, bundle) : null;
    return { results: report.results, filters, visPayload, chromiumVersion: report.meta.chromium, oursUnavailable };
  } finally {
    if (server !== null) {
      server.closeAllConnections();
      server.close();
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}
