/**
 * Dense data as a new user makes it: `npm run gen-corpus -- --n N` writes N synthetic articles and `npm run
 * extract` turns them into events.json and texts/ (3,000 articles: about 18,000 events, 15 s on one core).
 * Written once per N into test-output/ and reused while the generator, the extractor and the lexicon are
 * unchanged (the folder is keyed by a hash of their sources), so a second run of a test file starts at once.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_OUTPUT_DIR } from '../../helpers/browser.ts';

/** Every file under `dir` (sorted), for the cache key. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

function sourceHash(): string {
  const h = createHash('sha256');
  for (const dir of [
    'scripts/synthetic',
    'src/pipeline',
    'src/model',
    'data/lexicon',
    'scripts/extract.ts',
    'scripts/lib',
  ])
    for (const f of statSync(dir, { throwIfNoEntry: false })?.isFile() === true ? [dir] : filesUnder(dir))
      h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

function run(args: readonly string[]): void {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
}

/** The folder holding events.json and texts/ extracted from `n` generated articles (seed 1). */
export function generatedCorpus(n: number): string {
  const dir = join(TEST_OUTPUT_DIR, `corpus-${n}-${sourceHash()}`);
  if (existsSync(join(dir, 'events.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  run(['--import', 'tsx', 'scripts/synthetic/cli.ts', '--n', String(n), '--seed', '1', '--out', join(dir, 'articles')]);
  // What `npm run extract` runs: the prebuilt bundle, without tsx transforming the pipeline at start.
  const events = join(dir, 'events.json');
  run(['scripts/run-extract.mjs', '--in', join(dir, 'articles'), '--out', events, '--workers', '1']);
  return dir;
}
