/**
 * The extraction CLI on bad input: one line per problem and no stack trace, the good articles written,
 * byte-identical output for the same input, and a crash before the final rename leaves the previous events.json
 * whole. Runs scripts/extract.ts in a child process, as a user would.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSourceOffsets, parseEventsFile, type EventsFile } from '../../src/model/index.ts';
import { BAD_INPUTS } from '../input/badInputs.ts';

const REPO = join(import.meta.dirname, '../..');
let work: string;

interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

function extract(input: string, out: string, env: Record<string, string> = {}, preload: string[] = []): Run {
  const r = spawnSync(
    process.execPath,
    [...preload.flatMap((p) => ['--import', p]), '--import', 'tsx', 'scripts/extract.ts', '--in', input, '--out', out],
    {
      cwd: REPO,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: r.status, signal: r.signal, stderr: r.stderr };
}

async function writeCorpus(dir: string, order: 'forward' | 'reverse'): Promise<void> {
  const inputs = order === 'forward' ? BAD_INPUTS : [...BAD_INPUTS].reverse();
  for (const input of inputs) {
    await mkdir(dirname(join(dir, input.file)), { recursive: true });
    await writeFile(join(dir, input.file), input.bytes);
  }
  await cp(join(REPO, 'data/articles'), join(dir, 'seeds'), { recursive: true });
}

/** Every file under `dir`, as relative path → bytes, in sorted order. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries
    .filter((x) => x.isFile())
    .sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path), await readFile(path));
  }
  return out;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'extract-cli-'));
  await writeCorpus(join(work, 'in-a'), 'forward');
  await writeCorpus(join(work, 'in-b'), 'reverse');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('extract CLI on a folder mixing bad and good inputs', () => {
  let first: Run;
  beforeAll(() => {
    first = extract(join(work, 'in-a'), join(work, 'out-1/events.json'));
  });

  it('exits 1, reports each rejected file on one line and never prints a stack trace', () => {
    expect(first.status).toBe(1);
    expect(first.stderr).not.toMatch(/^\s+at /m);
    const rejectedLines = first.stderr.split('\n').filter((l) => l.startsWith('extract: rejected '));
    expect(rejectedLines).toHaveLength(BAD_INPUTS.filter((b) => b.outcome === 'rejected').length);
  });

  it('writes every usable article, with its text beside events.json', async () => {
    const file = parseEventsFile(JSON.parse(await readFile(join(work, 'out-1/events.json'), 'utf8')));
    const usable = BAD_INPUTS.filter((b) => b.outcome !== 'rejected').length + 5;
    expect(file.articles).toHaveLength(usable);
    const good = file.articles.find((a) => a.id === 'good/plain');
    expect(good?.textFile).toBeDefined();
    expect(await readFile(join(work, 'out-1', good?.textFile ?? ''), 'utf8')).toBe(
      'Government forces recaptured the town of Tadef on 26 February 2017, the ministry said.\n',
    );
  });

  it('gives byte-identical output on a second run and on a copy created in another order', async () => {
    const second = extract(join(work, 'in-a'), join(work, 'out-2/events.json'));
    const other = extract(join(work, 'in-b'), join(work, 'out-3/events.json'));
    expect([second.status, other.status]).toEqual([1, 1]);
    const [a, b, c] = await Promise.all(['out-1', 'out-2', 'out-3'].map((d) => snapshot(join(work, d))));
    expect([...(b ?? [])]).toEqual([...(a ?? [])]);
    expect([...(c ?? [])]).toEqual([...(a ?? [])]);
    expect(a?.size).toBeGreaterThan(1);
  }, 90_000);
});

describe('extract CLI killed before it renames events.json into place', () => {
  it('leaves the previous events.json whole and parseable', async () => {
    const out = join(work, 'out-crash/events.json');
    const before = extract(join(work, 'in-a'), out);
    expect(before.status).toBe(1);
    const old = await readFile(out);
    // A new article makes the next output differ, so "still old" is observable.
    await writeFile(join(work, 'in-a/new-article.md'), 'Rebels shelled the airport on 3 May 2016.\n');
    try {
      const crashed = extract(join(work, 'in-a'), out, { CRASH_ON_RENAME_TO: 'events.json' }, [
        join(import.meta.dirname, 'fixtures/crashOnRename.mjs'),
      ]);
      expect(crashed.signal).toBe('SIGKILL');
      expect(await readFile(out)).toEqual(old);
      expect(() => parseEventsFile(JSON.parse(old.toString('utf8')))).not.toThrow();
      // The complete new file was waiting under a temporary name; the next run clears it and writes the new one.
      expect((await readdir(dirname(out))).some((n) => n.startsWith('.events.json.') && n.endsWith('.tmp'))).toBe(true);
      const after = extract(join(work, 'in-a'), out);
      expect(after.status).toBe(1);
      expect((await readdir(dirname(out))).filter((n) => n.startsWith('.'))).toEqual([]);
      const now = parseEventsFile(JSON.parse(await readFile(out, 'utf8')));
      expect(now.articles.some((a) => a.id === 'new-article')).toBe(true);
    } finally {
      await rm(join(work, 'in-a/new-article.md'), { force: true });
    }
  }, 90_000);

  it('leaves events.json and the texts beside it consistent when an article text changed', async () => {
    const input = join(work, 'in-consistency');
    const out = join(work, 'out-consistency/events.json');
    await cp(join(REPO, 'data/articles'), input, { recursive: true });
    expect(extract(input, out).status).toBe(0);
    // Shift every offset of one article: a new first paragraph.
    const first = (await readdir(input)).sort()[0] as string;
    const original = await readFile(join(input, first), 'utf8');
    const split = original.indexOf('\n---\n') + 5;
    await writeFile(
      join(input, first),
      `${original.slice(0, split)}An editor's note added at the top.\n\n${original.slice(split)}`,
    );
    const crashed = extract(input, out, { CRASH_ON_RENAME_TO: 'events.json' }, [
      join(import.meta.dirname, 'fixtures/crashOnRename.mjs'),
    ]);
    expect(crashed.signal).toBe('SIGKILL');
    const file: EventsFile = parseEventsFile(JSON.parse(await readFile(out, 'utf8')));
    const texts = new Map<string, string>();
    for (const a of file.articles)
      if (a.textFile !== undefined) texts.set(a.id, await readFile(join(dirname(out), a.textFile), 'utf8'));
    expect(checkSourceOffsets(file, (id) => texts.get(id))).toEqual([]);
    expect(file.events.length).toBeGreaterThan(0);
  }, 90_000);
});
