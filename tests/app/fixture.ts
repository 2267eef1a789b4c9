/** The app fixture (tests/fixtures/app) loaded for component tests, and a store primed with it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEventsFile, type EventsFile } from '../../src/model/index.ts';
import { resetStore, useTimelineStore } from '../../src/app/store/index.ts';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'app');

export function fixtureFile(): EventsFile {
  return parseEventsFile(JSON.parse(readFileSync(join(DIR, 'events.json'), 'utf8')));
}

/** The fixture with every article text inlined, so nothing needs fetching. */
export function fixtureFileInline(): EventsFile {
  const file = fixtureFile();
  return {
    ...file,
    articles: file.articles.map(({ textFile, ...a }) =>
      textFile === undefined ? a : { ...a, text: readFileSync(join(DIR, textFile), 'utf8') },
    ),
  };
}

export function fixtureText(path: string): string {
  return readFileSync(join(DIR, path), 'utf8');
}

export const FIXTURE_URL = 'http://127.0.0.1:1/site/events.json';

export function loadFixtureStore(file: EventsFile = fixtureFileInline()): void {
  resetStore();
  useTimelineStore.getState().load(file, FIXTURE_URL);
}
