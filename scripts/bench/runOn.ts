/**
 * The time-bound rows (issue 14): one seeded run-on article of 1.8 MB (no sentence punctuation, a date expression
 * in every clause) through runPipeline in its own process, killed after a limit so that a regression cannot hang
 * the benchmark. Reports its time beside the 5 s target and its throughput beside the 0.5 MB/s target for dense
 * text.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatNumber, statusOf, type BenchRow } from './table.ts';

const CHILD = fileURLToPath(new URL('./runOnChild.ts', import.meta.url));

export const RUN_ON_BYTES = 1_800_000;

export type RunOnResult =
  | { readonly bytes: number; readonly ms: number; readonly cpuMs: number; readonly events: number }
  | { readonly unavailable: string };

export function measureRunOn(seed: number, limitS: number): Promise<RunOnResult> {
  return new Promise((resolve) => {
    const args = ['--import', 'tsx', CHILD, '--bytes', String(RUN_ON_BYTES), '--seed', String(seed)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitS * 1000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ unavailable: `not finished within ${limitS} s` });
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as RunOnResult);
      } catch {
        resolve({ unavailable: `run failed (exit ${code})` });
      }
    });
  });
}

export function runOnRows(r: RunOnResult): BenchRow[] {
  const base = { area: 'extraction', n: '1', peer: '—', ratio: '' } as const;
  const time = {
    ...base,
    measure: '1.8 MB run-on article (no sentence punctuation, dense dates): time, s',
    target: '< 5 s',
  };
  const rate = { ...base, measure: 'dense text (the same article): MB/s', target: '≥ 0.5 MB/s' };
  if ('unavailable' in r) {
    return [time, rate].map((row) => ({ ...row, ours: `not available: ${r.unavailable}`, status: 'NOT met' }));
  }
  const seconds = r.ms / 1000;
  const mbPerS = r.bytes / 1e6 / seconds;
  return [
    {
      ...time,
      ours: `${formatNumber(seconds, 2)} (CPU ${formatNumber(r.cpuMs / 1000, 2)}; ${formatNumber(r.events)} events)`,
      status: statusOf(seconds < 5),
    },
    {
      ...rate,
      ours: `${formatNumber(mbPerS, 2)} (CPU time: ${formatNumber(r.bytes / 1e3 / r.cpuMs, 2)})`,
      status: statusOf(mbPerS >= 0.5),
    },
  ];
}
