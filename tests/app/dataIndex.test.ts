/** The columnar index built on load: order, shared per-date values, actor lists, search text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventExtent } from '../../src/app/core/timeline/precision.ts';
import { buildDataIndex, buildDataIndexInSlices, NO_ACTOR, NO_PLACE } from '../../src/app/core/dataIndex.ts';
import { applyFilters, NO_FILTERS } from '../../src/app/core/filters.ts';
import { yieldToPage, yieldWhenDue } from '../../src/app/data/yieldToPage.ts';
import type { EventsFile, TimelineEvent } from '../../src/model/index.ts';

const ev = (id: string, start: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date: { start, precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day' },
  type: 'airstrike',
  title: `Title ${id}`,
  actors: ['Houthis'],
  location: { name: 'Hodeidah', lat: 14.8, lon: 42.95, country: 'Yemen', countryCode: 'YE', admin1: 'Al Hudaydah' },
  sources: [{ article: 'a', sentence: `Strike ${id}.`, start: 0, end: 8 + id.length, dateText: '' }],
  ...more,
});
const file = (events: TimelineEvent[]): EventsFile => ({
  version: 1,
  events,
  articles: [
    { id: 'a', title: null, publisher: null, url: null, published: '2018-06-20', text: '' },
    { id: 'b', title: null, publisher: null, url: null, published: '2018-06-15', text: '' },
  ],
});

const events = [
  ev('k', '2018-06-13'),
  ev('c', '2018'),
  ev('b', '2018-06-13'),
  ev('m', '2018-06', { actors: [] }),
  ev('a', '2018-06-13', { actors: ['Saudi-led coalition', 'Houthis', 'Saudi-led coalition'], location: null }),
  ev('s', '2018-06-12', {
    date: { start: '2018-06-12', precision: 'day', qualifier: 'since' },
    sources: [
      { article: 'a', sentence: 'S one.', start: 0, end: 6, dateText: 'since' },
      { article: 'b', sentence: 'S two.', start: 0, end: 6, dateText: 'since' },
    ],
  }),
];

describe('buildDataIndex', () => {
  it('orders events by start, then end, then id, whatever order the file lists them in', () => {
    const index = buildDataIndex(file(events));
    // The year 2018 starts first; the three events of 13 June keep id order.
    expect(index.events.map((e) => e.id)).toEqual(['c', 'm', 's', 'a', 'b', 'k']);
    expect([...index.indexById]).toEqual(index.events.map((e, i) => [e.id, i]));
    const again = buildDataIndex(file([...index.events].reverse()));
    expect(again.events.map((e) => e.id)).toEqual(index.events.map((e) => e.id));
    // Already in order: the same index (the sort is skipped, not the result).
    expect(buildDataIndex(file([...index.events])).events).toEqual(index.events);
  });

  it('gives events of the same date the same extent and label, and "since" runs to the earliest publication', () => {
    const index = buildDataIndex(file(events));
    const at = (id: string) => index.indexById.get(id)!;
    expect(index.extents[at('a')]).toBe(index.extents[at('k')]);
    expect(index.labels[at('b')]).toBe('13 Jun 2018');
    expect(index.labels[at('m')]).toBe('Jun 2018');
    expect(index.labels[at('s')]).toBe('since 12 Jun 2018');
    // Sources from articles published on 20 and 15 June: the state is known to hold until the end of 15 June.
    expect(index.extents[at('s')]).toMatchObject({ start: Date.UTC(2018, 5, 12), end: Date.UTC(2018, 5, 16) });
    expect(index.extent).toEqual([Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)]);
  });

  it('lists each actor of an event once and files events with no actor or place under their own names', () => {
    const index = buildDataIndex(file(events));
    expect(index.actors).toEqual([NO_ACTOR, 'Houthis', 'Saudi-led coalition']);
    const actorsOf = (id: string) => index.actorsOf[index.indexById.get(id)!]!.map((i) => index.actors[i]);
    expect(actorsOf('a')).toEqual(['Saudi-led coalition', 'Houthis']);
    expect(actorsOf('m')).toEqual([NO_ACTOR]);
    expect(actorsOf('k')).toEqual(['Houthis']);
    expect(index.places).toEqual([NO_PLACE, 'Hodeidah, Al Hudaydah, Yemen']);
    expect(index.placeNames).toEqual([NO_PLACE, 'Hodeidah']);
    expect(index.places[index.placeOf[index.indexById.get('a')!]!]).toBe(NO_PLACE);
  });

  it('keeps places of one name in two countries (or two divisions) apart: their own country, count and filter', () => {
    const at = (name: string, country: string | null, admin1: string | null) => ({
      name,
      lat: 0,
      lon: 0,
      country,
      countryCode: null,
      admin1,
    });
    const homonyms = file([
      ev('iq1', '2018-06-01', { location: at('Sinjar', 'Iraq', 'Nineveh') }),
      ev('iq2', '2018-06-02', { location: at('Sinjar', 'Iraq', 'Nineveh') }),
      ev('sy1', '2018-06-03', { location: at('Sinjar', 'Syria', 'Idlib Governorate') }),
      ev('sy2', '2018-06-04', { location: at('Suran', 'Syria', 'Hama Governorate') }),
      ev('sy3', '2018-06-05', { location: at('Suran', 'Syria', 'Aleppo Governorate') }),
      ev('sea', '2018-06-06', { location: at('Red Sea', null, null) }),
      ev('yemen', '2018-06-07', { location: at('Yemen', 'Yemen', null) }),
    ]);
    const index = buildDataIndex(homonyms);
    expect(index.places).toEqual([
      'Red Sea',
      'Sinjar, Idlib Governorate, Syria',
      'Sinjar, Nineveh, Iraq',
      'Suran, Aleppo Governorate, Syria',
      'Suran, Hama Governorate, Syria',
      'Yemen, Yemen',
    ]);
    expect(index.placeNames).toEqual(['Red Sea', 'Sinjar', 'Sinjar', 'Suran', 'Suran', 'Yemen']);
    expect(index.placeCountries).toEqual([null, 'Syria', 'Iraq', 'Syria', 'Syria', 'Yemen']);
    expect(index.placeAdmin1).toEqual([
      null,
      'Idlib Governorate',
      'Nineveh',
      'Aleppo Governorate',
      'Hama Governorate',
      null,
    ]);
    const placeOf = (id: string) => index.places[index.placeOf[index.indexById.get(id)!]!];
    expect(placeOf('iq2')).toBe('Sinjar, Nineveh, Iraq');
    expect(placeOf('sy1')).toBe('Sinjar, Idlib Governorate, Syria');
    // Unchecking every place of Iraq (as its country box does) hides the Iraqi Sinjar only.
    const iraq = new Set(index.places.filter((_, p) => index.placeCountries[p] === 'Iraq'));
    const result = applyFilters(index, { ...NO_FILTERS, hiddenPlaces: iraq });
    expect([...result.passing].map((i) => index.events[i]!.id)).toEqual(['sy1', 'sy2', 'sy3', 'sea', 'yemen']);
    expect([...result.placeCounts]).toEqual([1, 1, 2, 1, 1, 1]);
  });

  it('makes one place of a key written two ways, standing for it by its earliest event whatever the file order', () => {
    const loc = (admin1: string | null) => ({
      name: 'Mosul',
      lat: 0,
      lon: 0,
      country: 'Iraq',
      countryCode: null,
      admin1,
    });
    // A division named as its country gives the same key as no division: one place, one lane, one checkbox.
    const later = ev('later', '2018-06-02', { location: loc('Iraq') });
    const earlier = ev('earlier', '2018-06-01', { location: loc(null) });
    const other = ev('other', '2018-06-03', { location: loc('Nineveh') });
    for (const events of [
      [later, earlier, other],
      [other, earlier, later],
    ]) {
      const index = buildDataIndex(file(events));
      expect(index.places).toEqual(['Mosul, Iraq', 'Mosul, Nineveh, Iraq']);
      expect(index.placeAdmin1).toEqual([null, 'Nineveh']);
      expect([...index.placeOf]).toEqual([0, 0, 1]);
    }
  });

  it('searches the lower-cased title and every source sentence', () => {
    const index = buildDataIndex(file(events));
    expect(index.searchText()[index.indexById.get('s')!]).toBe('title s\ns one.\ns two.');
    expect(index.searchText()).toBe(index.searchText()); // built once, on the first search
  });

  it('holds no events and no extent for an empty file', () => {
    const index = buildDataIndex(file([]));
    expect(index.events).toEqual([]);
    expect(index.extent).toBeNull();
  });
});

describe('buildDataIndexInSlices', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ev(`e${i}`, `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`));

  it('builds the same index as buildDataIndex in slices, giving the page a turn between them', async () => {
    const f = file(many(6_000));
    let turns = 0;
    const sliced = await buildDataIndexInSlices(f, async () => {
      turns++;
      await yieldToPage();
    });
    // Each of the two passes yields after every 2,500 events (twice here), and once after the sort.
    expect(turns).toBeGreaterThanOrEqual(5);
    if (sliced === null) throw new Error('no index built');
    const whole = buildDataIndex(f);
    // The search texts are built on first use; compare them as built.
    const plain = (x: typeof whole) => ({ ...x, indexById: [...x.indexById], searchText: x.searchText() });
    expect(plain(sliced)).toEqual(plain(whole));
  });

  it('gives null, and throws nothing, for a value that is not an events file', async () => {
    const broken = { version: 1, events: [{ id: 'x' }], articles: [] };
    await expect(buildDataIndexInSlices(broken, yieldToPage)).resolves.toBeNull();
    expect(() => buildDataIndex(broken as unknown as EventsFile)).toThrow();
  });
});

describe('event order', () => {
  const dates = ['2018', '2018-06', '2018-06-12', '2018-06-13', '2017-12-31', '2019-01'] as const;
  const qualifiers = [undefined, 'since', 'by'] as const;

  it('is by start, then end, then id, with file order kept among equal ids, for files in any order', () => {
    const one = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      date: fc.constantFrom(...dates),
      qualifier: fc.constantFrom(...qualifiers),
    });
    fc.assert(
      fc.property(fc.array(one, { maxLength: 60 }), (specs) => {
        const list = specs.map((x, i) => {
          const e = ev(x.id, x.date, { title: `t${i}` });
          return x.qualifier === undefined ? e : { ...e, date: { ...e.date, qualifier: x.qualifier } };
        });
        const f = file(list);
        const extentOf = (e: TimelineEvent) => eventExtent(e.date, e.date.qualifier === 'since' ? '2018-06-20' : null);
        // A plain stable sort with the comparator the order is defined by.
        const expected = [...list].sort((a, b) => {
          const x = extentOf(a);
          const y = extentOf(b);
          return x.start - y.start || x.end - y.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        });
        expect(buildDataIndex(f).events.map((e) => e.title)).toEqual(expected.map((e) => e.title));
      }),
      { numRuns: 200 },
    );
  });
});

describe('yieldToPage', () => {
  it("uses the browser's scheduler.yield when there is one", async () => {
    let calls = 0;
    const g = globalThis as { scheduler?: unknown };
    g.scheduler = { yield: async () => void calls++ };
    try {
      await yieldToPage();
    } finally {
      delete g.scheduler;
    }
    expect(calls).toBe(1);
    await yieldToPage(); // and a message-channel task without it
    expect(calls).toBe(1);
  });

  it('yieldWhenDue gives the page a turn only once the budget has passed since the last one', async () => {
    let calls = 0;
    let clock = 0;
    const g = globalThis as { scheduler?: unknown };
    g.scheduler = { yield: async () => void calls++ };
    try {
      const turn = yieldWhenDue(16, () => clock);
      await turn(); // at 0 ms: within the budget
      clock = 10;
      await turn();
      expect(calls).toBe(0);
      clock = 17;
      await turn(); // 17 ms since the start: a turn
      expect(calls).toBe(1);
      clock = 20;
      await turn(); // 3 ms since that turn
      expect(calls).toBe(1);
      clock = 40;
      await turn();
      expect(calls).toBe(2);
    } finally {
      delete g.scheduler;
    }
  });
});
