/**
 * The built site for end-to-end tests: a temporary copy of dist/ with the data chosen for the run, served on
 * 127.0.0.1. Tests never write into dist/ itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEventsFile, type EventsFile } from '../../../src/model/index.ts';
import { startStaticServer, type StaticServer } from '../../helpers/staticServer.ts';

export const DIST = join(process.cwd(), 'dist');
export const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'app');

export interface Site {
  readonly root: string;
  readonly server: StaticServer;
  readonly url: string;
  readonly data: EventsFile;
  close(): Promise<void>;
}

export type SiteData =
  /** dist/events.json as `npm run build` extracted it from data/articles (the seed articles). */
  | 'built'
  /** tests/fixtures/app: invented articles covering every kind of date the app draws. */
  | 'fixture'
  /** A raw events.json body, for error pages. */
  | { readonly rawEventsJson: string | null }
  /** An events.json with its texts/ beside it in a folder (see generatedCorpus). */
  | { readonly eventsDir: string };

/**
 * Which data the main end-to-end run uses: the real extraction when the project has an extractor (then
 * dist/events.json must exist), else the fixture. E2E_DATA=fixture|built forces one.
 */
export function defaultSiteData(): 'built' | 'fixture' {
  const forced = process.env.E2E_DATA;
  if (forced === 'built' || forced === 'fixture') return forced;
  return existsSync(join(process.cwd(), 'scripts', 'extract.ts')) ? 'built' : 'fixture';
}

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` builds before running vitest).');
  }
}

export async function openSite(data: SiteData): Promise<Site> {
  requireDist();
  const root = await mkdtemp(join(tmpdir(), 'timeline-site-'));
  await cp(DIST, root, { recursive: true });
  let body: string | null;
  if (data === 'built') {
    const file = join(DIST, 'events.json');
    if (!existsSync(file))
      throw new Error('dist/events.json is missing: `npm run build` extracts it from data/articles.');
    body = readFileSync(file, 'utf8');
  } else if (data === 'fixture') {
    await cp(join(FIXTURE, 'texts'), join(root, 'texts'), { recursive: true });
    body = readFileSync(join(FIXTURE, 'events.json'), 'utf8');
  } else if ('eventsDir' in data) {
    await cp(join(data.eventsDir, 'texts'), join(root, 'texts'), { recursive: true });
    body = readFileSync(join(data.eventsDir, 'events.json'), 'utf8');
  } else body = data.rawEventsJson;
  await rm(join(root, 'events.json'), { force: true });
  if (body !== null) await writeFile(join(root, 'events.json'), body);
  let parsed: EventsFile = { version: 1, events: [], articles: [] };
  if (typeof data === 'string' || 'eventsDir' in data) parsed = parseEventsFile(JSON.parse(body ?? ''));
  const server = await startStaticServer(root);
  return {
    root,
    server,
    url: `${server.url}/`,
    data: parsed,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
