/**
 * A small events.json that exercises every branch of the contract (dates at each precision, ranges and
 * qualifiers, a place and none, a source with its own date, ACLED fields, articles with a url, a text file and
 * excluded spans). The validator worker checks it once as soon as it starts, while the page is still fetching
 * the real file: zod's code is then compiled and warm when the real body arrives, instead of running its first
 * thousands of objects in the interpreter (for 10,000 events the cold check took about twice the warm one).
 */
import { EVENT_TYPES, EVENTS_FILE_VERSION } from '../../model/index.ts';

const DATES = [
  { start: '2015-05-20', precision: 'day' },
  { start: '2015-05', precision: 'month' },
  { start: '2015', precision: 'year' },
  { start: '2014', end: '2015', precision: 'year' },
  { start: '2016-12-15', precision: 'day', qualifier: 'since' },
  { start: '2016-12', precision: 'month', qualifier: 'by' },
] as const;

export function warmUpText(events: number): string {
  const sentence = 'Fighters took the town on May 20.';
  const list = Array.from({ length: events }, (_, i) => ({
    id: `warm-${i}`,
    date: DATES[i % DATES.length],
    type: EVENT_TYPES[i % EVENT_TYPES.length],
    title: `Event ${i}`,
    actors: i % 3 === 0 ? [] : ['A', 'B'].slice(0, 1 + (i % 2)),
    location:
      i % 4 === 0 ? null : { name: 'Town', lat: 35.5, lon: 38.2, country: 'Syria', countryCode: 'SY', admin1: 'Raqqa' },
    sources: [
      {
        article: `a${i % 7}`,
        sentence,
        start: 10,
        end: 10 + sentence.length,
        dateText: 'on May 20',
        ...(i % 2 === 0 ? { resolvedAgainst: 'published 2015-05-25' } : {}),
        ...(i % 5 === 0 ? { date: { start: '2015-05-21', precision: 'day' } } : {}),
      },
    ],
    ...(i % 5 === 0 ? { dateConflict: true } : {}),
    ...(i % 2 === 0 ? { acled: { eventType: 'Battles', subEventType: 'Armed clash' } } : {}),
  }));
  const articles = Array.from({ length: 7 }, (_, i) => ({
    id: `a${i}`,
    title: i % 2 === 0 ? `Article ${i}` : null,
    publisher: null,
    url: i % 2 === 0 ? `https://example.org/${i}` : null,
    published: i % 3 === 0 ? null : '2015-05-25',
    ...(i % 2 === 0 ? { textFile: `texts/a${i}.txt` } : { text: 'Text.' }),
    ...(i % 3 === 0 ? { referenceInferred: true, warnings: ['w'] } : {}),
    excluded: [{ start: 0, end: 4, reason: 'navigation' }],
  }));
  return JSON.stringify({ version: EVENTS_FILE_VERSION, events: list, articles });
}
