import { describe, expect, it } from 'vitest';
import type { EventsFile, TimelineEvent } from '../../src/model/index.ts';
import { buildDataIndex, NO_PLACE } from '../../src/app/core/dataIndex.ts';
import { DIVIDE_COUNTRY_FROM, placeGroups } from '../../src/app/core/placeGroups.ts';
import { buildLanes, NO_COUNTRY } from '../../src/app/core/timeline/lanes.ts';
import { groupOptions, matchOptions } from '../../src/app/core/facetGroups.ts';

let n = 0;
function ev(place: string | null, country: string | null = '', admin1: string | null = null, day = 1): TimelineEvent {
  n++;
  return {
    id: `ev-${String(n).padStart(4, '0')}`,
    date: { start: `2015-01-${String(day).padStart(2, '0')}`, precision: 'day' },
    type: 'airstrike',
    title: `Event ${n}`,
    actors: [],
    location: place === null ? null : { name: place, lat: 0, lon: 0, country, countryCode: null, admin1 },
    sources: [{ article: 'a', sentence: 'S.', start: 0, end: 2, dateText: 'x' }],
  };
}

function fileOf(events: TimelineEvent[]): EventsFile {
  return {
    version: 1,
    events,
    articles: [{ id: 'a', title: 'A', publisher: 'P', url: null, published: '2016-08-01', text: 'S.' }],
  };
}

/** `count` places in Syria: Homs towns, Idlib towns (two events each, so Idlib is the bigger), and Syria itself. */
function syria(count: number): TimelineEvent[] {
  const events: TimelineEvent[] = [ev('Syria', 'Syria', null)];
  for (let k = 1; k < count; k++) {
    const idlib = k % 2 === 0;
    const admin1 = idlib ? 'Idlib Governorate' : 'Homs Governorate';
    events.push(ev(`Town ${k}`, 'Syria', admin1));
    if (idlib) events.push(ev(`Town ${k}`, 'Syria', admin1, 2));
  }
  return events;
}

describe('placeGroups', () => {
  it('keeps a country with few places under one heading, whatever divisions they name', () => {
    const index = buildDataIndex(fileOf([...syria(DIVIDE_COUNTRY_FROM - 1), ev('Mosul', 'Iraq', 'Nineveh')]));
    const headings = new Set(placeGroups(index).map((g) => g.name));
    expect([...headings].sort()).toEqual(['Iraq', 'Syria']);
  });

  it('divides a country with many places by first-level division, the country itself under its own name', () => {
    const index = buildDataIndex(fileOf([...syria(DIVIDE_COUNTRY_FROM), ev('Mosul', 'Iraq', 'Nineveh'), ev(null)]));
    const groups = placeGroups(index);
    const of = (place: string) => groups[index.placeNames.indexOf(place)]!;
    expect(of('Town 1')).toEqual({ name: 'Syria · Homs Governorate', country: 'Syria', division: 'Homs Governorate' });
    expect(of('Town 2').name).toBe('Syria · Idlib Governorate');
    expect(of('Syria')).toEqual({ name: 'Syria', country: 'Syria', division: null });
    // Iraq has one place: not divided.
    expect(of('Mosul')).toEqual({ name: 'Iraq', country: 'Iraq', division: null });
    expect(of(NO_PLACE)).toEqual({ name: null, country: null, division: null });
  });

  it('groups a place of no country (a sea) under no country, in the filter and in lanes', () => {
    const index = buildDataIndex(fileOf([ev('Mosul', 'Iraq', 'Nineveh'), ev('Red Sea', null, null)]));
    const groups = placeGroups(index);
    expect(groups[index.placeNames.indexOf('Red Sea')]).toEqual({ name: null, country: null, division: null });
    expect(groups[index.placeNames.indexOf('Mosul')]?.name).toBe('Iraq');
    const lanes = buildLanes(index, Uint32Array.from(index.events.map((_, i) => i)), 'location', 'name');
    expect(lanes.find((l) => l.name === 'Red Sea')?.group).toBe(NO_COUNTRY);
  });

  it('lists the place filter by country, a divided country by division, a search for a division finding its places', () => {
    const index = buildDataIndex(fileOf([...syria(DIVIDE_COUNTRY_FROM), ev('Mosul', 'Iraq', 'Nineveh'), ev(null)]));
    const groups = placeGroups(index);
    const all = index.places.map((_, i) => i);
    const facet = groupOptions(
      all,
      (i) => groups[i]!.country,
      undefined,
      (i) => groups[i]!.division,
    );
    expect(facet.map((g) => [g.name, g.subgroups?.map((s) => s.name)])).toEqual([
      ['Iraq', undefined],
      ['Syria', ['Homs Governorate', 'Idlib Governorate', null]],
      [null, undefined],
    ]);
    const syriaGroup = facet[1]!;
    // The country's box covers all its places; the places of no division come after the divisions.
    expect(syriaGroup.options).toHaveLength(DIVIDE_COUNTRY_FROM);
    expect(syriaGroup.subgroups!.at(-1)!.options.map((i) => index.placeNames[i])).toEqual(['Syria']);
    expect(facet.at(-1)!.options.map((i) => index.placeNames[i])).toEqual([NO_PLACE]);
    const found = matchOptions(index.places, 'idlib', (i) => groups[i]!.name).map((i) => index.placeNames[i]);
    expect(found).toEqual(['Town 2', 'Town 4', 'Town 6', 'Town 8', 'Town 10', 'Town 12', 'Town 14']);
    // Without the headings, a search finds names only: no place is named Idlib.
    expect(matchOptions(index.placeNames, 'idlib')).toEqual([]);
  });

  it('does not cut a country whose places name one division or none', () => {
    const index = buildDataIndex(fileOf([...syria(DIVIDE_COUNTRY_FROM - 1), ev('Mosul', 'Iraq', 'Nineveh')]));
    const groups = placeGroups(index);
    const facet = groupOptions(
      index.places.map((_, i) => i),
      (i) => groups[i]!.country,
      undefined,
      (i) => groups[i]!.division,
    );
    expect(facet.every((g) => g.subgroups === undefined)).toBe(true);
  });
});

describe('buildLanes by location in a divided country', () => {
  const index = buildDataIndex(
    fileOf([...syria(DIVIDE_COUNTRY_FROM), ev('Mosul', 'Iraq', 'Nineveh'), ev('Kirkuk', 'Iraq', 'Kirkuk'), ev(null)]),
  );
  const every = Uint32Array.from(index.events.map((_, i) => i));

  it('keeps a country’s headings together: its divisions in lane order, then its own', () => {
    const headings = (order: 'count' | 'name') => [
      ...new Set(buildLanes(index, every, 'location', order).map((l) => l.group)),
    ];
    expect(headings('count')).toEqual([
      'Syria · Idlib Governorate',
      'Syria · Homs Governorate',
      'Syria',
      'Iraq',
      NO_COUNTRY,
    ]);
    expect(headings('name')).toEqual([
      'Iraq',
      'Syria · Homs Governorate',
      'Syria · Idlib Governorate',
      'Syria',
      NO_COUNTRY,
    ]);
  });

  it('keeps lanes in order inside a heading', () => {
    const lanes = buildLanes(index, every, 'location', 'name').filter((l) => l.group === 'Syria · Homs Governorate');
    expect(lanes.map((l) => l.name)).toEqual(['Town 1', 'Town 3', 'Town 5', 'Town 7', 'Town 9', 'Town 11', 'Town 13']);
  });
});
