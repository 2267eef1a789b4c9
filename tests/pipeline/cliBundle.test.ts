/**
 * `npm run extract` runs from a prebuilt bundle (scripts/run-extract.mjs): it gives the bytes the TypeScript
 * sources give, it is rebuilt when a source changes, and a `--workers` run leaves no process behind in its
 * process group (the esbuild service used to outlive the run).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLexiconVocabulary } from '../../scripts/synthetic/lexiconVocabulary.ts';
import { writeCorpus } from '../../scripts/synthetic/writeOutputs.ts';

const root = mkdtempSync(join(tmpdir(), 'extract-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Spawns of Node and tsx on a shared two-core machine, the first with an esbuild build; nothing is timed. */
const TIMEOUT = 180_000;
const LAUNCHER = resolve('scripts/run-extract.mjs');
const BUNDLE = resolve('build/extract/extract.mjs');

/** Pids of the live processes whose process group is `pgid` (Linux /proc). */
function processesInGroup(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command (which may hold spaces) start after the last ')': state, ppid, pgrp, …
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') pids.push(Number(name));
    } catch {
      // The process ended while being read.
    }
  }
  return pids;
}

/** Runs the launcher as the leader of a new process group; resolves with its exit code and the group's pid. */
function runInOwnGroup(args: readonly string[]): Promise<{ code: number | null; pgid: number; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, pgid: child.pid ?? -1, stderr }));
  });
}

describe('npm run extract from the prebuilt bundle', () => {
  const input = join(root, 'corpus');
  writeCorpus(input, 60, 11, readLexiconVocabulary('data/lexicon'));

  it(
    'writes the bytes the sources write, and leaves no process in its group after a --workers run',
    async () => {
      const bundled = join(root, 'bundled', 'events.json');
      const run = await runInOwnGroup(['--in', input, '--out', bundled, '--workers', '2']);
      expect(run.code, run.stderr).toBe(0);
      expect(processesInGroup(run.pgid)).toEqual([]);
      // Split at the dynamic imports: the entry holds none of the pipeline's modules (6.5 MB as one file), which
      // load after the lexicon.
      expect(statSync(BUNDLE).size).toBeLessThan(100_000);

      const fromSources = join(root, 'tsx', 'events.json');
      const r = spawnSync(
        resolve('node_modules/.bin/tsx'),
        ['scripts/extract.ts', '--in', input, '--out', fromSources],
        {
          encoding: 'utf8',
          timeout: TIMEOUT,
        },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(bundled).equals(readFileSync(fromSources))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'rebuilds the bundle when a source it was built from changes',
    async () => {
      expect((await runInOwnGroup(['--help'])).code).toBe(0);
      const before = statSync(BUNDLE).mtimeMs;
      // Unchanged sources: the bundle is used as it is.
      expect((await runInOwnGroup(['--help'])).code).toBe(0);
      expect(statSync(BUNDLE).mtimeMs).toBe(before);
      const source = resolve('src/pipeline/input/readPublishedDate.ts');
      const later = new Date(Date.now() + 5000);
      utimesSync(source, later, later);
      expect((await runInOwnGroup(['--help'])).code).toBe(0);
      expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(before);
    },
    TIMEOUT,
  );
});
