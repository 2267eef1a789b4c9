/**
 * The peer half of the browser benchmark: runs ../shared/bench-peers' harness for vis-timeline in headless
 * Chromium and returns its figures. The harness is copied into a temp folder first (the shared folder is never
 * written), installed there with `npm ci` from its own lock file (vis-timeline + playwright-core, no browser
 * download), and removed afterwards. run.mjs launches and closes its own browsers and static server (127.0.0.1,
 * ephemeral port); this module only waits for it.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measurePayload, type PayloadFigures } from './payload.ts';

export interface PeerOptions {
  readonly peersDir: string;
  readonly ns: readonly number[];
  readonly reps: number;
  /** Seconds allowed for the first render (run.mjs --timeout). */
  readonly timeoutS: number;
  readonly chromium: string;
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

export type PeerRun =
  | {
      readonly results: readonly PeerResult[];
      readonly payload: PayloadFigures | null;
      readonly chromiumVersion: string;
    }
  | { readonly unavailable: string };

function run(cmd: string, args: readonly string[], cwd: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
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

export async function runVisTimeline(options: PeerOptions): Promise<PeerRun> {
  if (!existsSync(join(options.peersDir, 'run.mjs'))) {
    return { unavailable: `bench-peers harness not found at ${options.peersDir} (--peers-dir)` };
  }
  if (!existsSync(options.chromium)) {
    return { unavailable: `Chromium not found at ${options.chromium}; apt-get install -y chromium` };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'conflict-timeline-bench-'));
  const dir = join(tmp, 'bench-peers');
  try {
    cpSync(options.peersDir, dir, {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|data|results)$/.test(src),
    });
    makeWritable(dir);
    console.error(`bench: installing bench-peers in ${dir} (npm ci)…`);
    const install = await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    if (install.code !== 0) return { unavailable: `npm ci in the bench-peers copy failed (exit ${install.code})` };
    const out = join(dir, 'results', 'bench.json');
    console.error(`bench: vis-timeline, N = ${options.ns.join(', ')}, ${options.reps} run(s) each…`);
    const res = await run(
      process.execPath,
      [
        'run.mjs',
        '--peers',
        'vis-timeline',
        '--n',
        options.ns.join(','),
        '--reps',
        String(options.reps),
        '--timeout',
        String(options.timeoutS),
        '--chromium',
        options.chromium,
        '--out',
        out,
      ],
      dir,
    );
    if (res.code !== 0 || !existsSync(out)) return { unavailable: `bench-peers run.mjs failed (exit ${res.code})` };
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      meta: { chromium: string };
      results: PeerResult[];
    };
    const vis = join(dir, 'node_modules', 'vis-timeline');
    const bundle = [
      join(vis, 'standalone', 'umd', 'vis-timeline-graph2d.min.js'),
      join(vis, 'styles', 'vis-timeline-graph2d.min.css'),
    ];
    const payload = bundle.every((f) => existsSync(f)) ? measurePayload(vis, bundle) : null;
    return { results: report.results, payload, chromiumVersion: report.meta.chromium };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
