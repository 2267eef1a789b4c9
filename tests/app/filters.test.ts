import { describe, expect, it } from 'vitest';
import { buildDataIndex, NO_PLACE } from '../../src/app/core/dataIndex.ts';
import { applyFilters, NO_FILTERS, type Filters } from '../../src/app/core/filters.ts';
import { fixtureFile } from './fixture.ts';

const index = buildDataIndex(fixtureFile());
const titles = (f: Partial<Filters>) =>
  [...applyFilters(index, { ...NO_FILTERS, ...f }).passing].map((i) => index.events[i]!.title).sort();
const expectedTitles = (pred: (e: (typeof index.events)[number]) => boolean) =>
  index.events
    .filter(pred)
    .map((e) => e.title)
    .sort();

describe('applyFilters', () => {
  it('passes everything with no filter, in start order', () => {
    const r = applyFilters(index, NO_FILTERS);
    expect(r.passing.length).toBe(index.events.length);
    const starts = [...r.passing].map((i) => index.extents[i]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('hides an event only when none of its actors is checked', () => {
    const all = new Set(index.actors);
    all.delete('ISIS');
    // Only ISIS checked: every event naming ISIS stays, whatever its other actors.
    expect(titles({ hiddenActors: all })).toEqual(expectedTitles((e) => e.actors.includes('ISIS')));
    // ISIS unchecked: an event of ISIS *and* the Kurdish forces stays; one of ISIS alone goes.
    const without = titles({ hiddenActors: new Set(['ISIS']) });
    expect(without).toContain('Kurdish forces drive ISIS out of Kobani');
    expect(without).not.toContain('ISIS captures Palmyra');
  });

  it('filters by place (events without one under their own option), type and date range', () => {
    expect(titles({ hiddenPlaces: new Set(index.places.filter((_, p) => index.placeNames[p] !== 'Palmyra')) })).toEqual(
      expectedTitles((e) => e.location?.name === 'Palmyra'),
    );
    expect(titles({ hiddenPlaces: new Set([NO_PLACE]) })).toEqual(expectedTitles((e) => e.location !== null));
    expect(titles({ hiddenTypes: new Set(['airstrike', 'capture', 'recapture', 'statement', 'withdrawal']) })).toEqual(
      [],
    );
    expect(titles({ hiddenTypes: new Set(['airstrike']) })).toEqual(expectedTitles((e) => e.type !== 'airstrike'));
  });

  it('keeps an event whose span meets the date range, at any precision', () => {
    // July 2015 lies inside the Jun–Aug 2015 range only; 'since Oct 2014' ends with its article (Jan 2015).
    expect(titles({ from: '2015-07-01', to: '2015-07-31' })).toEqual(['Coalition airstrikes on Raqqa']);
    // A day inside the year 2014 finds the year-precision event.
    expect(titles({ from: '2014-03-02', to: '2014-03-02' })).toEqual(['ISIS declares a caliphate']);
    // 'since Oct 2014' runs to its article's date (27 Jan 2015): a January day finds it.
    expect(titles({ from: '2015-01-10', to: '2015-01-10' })).toContain('Coalition strikes ISIS around Kobani');
    // A half-typed bound filters nothing instead of everything.
    expect(titles({ from: '2015-1' }).length).toBe(index.events.length);
  });

  it('searches titles and source sentences, case-insensitively', () => {
    expect(titles({ query: 'PALMYRA' })).toEqual(
      expectedTitles((e) => /palmyra/i.test(e.title + e.sources.map((s) => s.sentence).join(' '))),
    );
    // Only in a source sentence, not in any title:
    expect(titles({ query: 'state media' })).toEqual(['Syrian government retakes Palmyra']);
    expect(titles({ query: 'no such words anywhere' })).toEqual([]);
  });

  it('counts each option as if its own facet were not filtered (faceted counts)', () => {
    const r = applyFilters(index, {
      ...NO_FILTERS,
      hiddenTypes: new Set(['airstrike']),
      hiddenActors: new Set(['ISIS']),
    });
    const countOf = (names: readonly string[], counts: Uint32Array, name: string) => counts[names.indexOf(name)];
    // Actor counts ignore the actor filter but honour the type filter: ISIS has 5 events, 1 of them an airstrike.
    expect(countOf(index.actors, r.actorCounts, 'ISIS')).toBe(
      index.events.filter((e) => e.actors.includes('ISIS') && e.type !== 'airstrike').length,
    );
    // Type counts ignore the type filter but honour the actor filter.
    const airstrikes = index.events.filter((e) => e.type === 'airstrike' && e.actors.some((a) => a !== 'ISIS')).length;
    expect(r.typeCounts[2]).toBe(airstrikes);
  });
});
