import { describe, expect, it } from 'vitest';
import type { EventsFile, TimelineEvent } from '../../src/model/index.ts';
import { buildDataIndex, NO_ACTOR, NO_PLACE } from '../../src/app/core/dataIndex.ts';
import { buildLanes, NO_COUNTRY } from '../../src/app/core/timeline/lanes.ts';
import { buildLaneIndex } from '../../src/app/core/timeline/laneIndex.ts';
import { visibleLanes } from '../../src/app/core/timeline/laneView.ts';

let n = 0;
function ev(start: string, actors: string[], place: [string, string] | null): TimelineEvent {
  n++;
  return {
    id: `ev-${String(n).padStart(3, '0')}`,
    date: { start, precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year' },
    type: 'airstrike',
    title: `Event ${n}`,
    actors,
    location:
      place === null ? null : { name: place[0], lat: 0, lon: 0, country: place[1], countryCode: null, admin1: null },
    sources: [{ article: 'a', sentence: 'S.', start: 0, end: 2, dateText: start }],
  };
}

const file: EventsFile = {
  version: 1,
  events: [
    ev('2015-01-02', ['ISIS', 'Iraqi government'], ['Mosul', 'Iraq']),
    ev('2015-01-05', ['ISIS', 'Russia'], ['Raqqa', 'Syria']),
    ev('2015-02-01', ['Russia'], ['Aleppo', 'Syria']),
    ev('2015-03-01', ['Iraqi government', 'ISIS'], ['Mosul', 'Iraq']),
    ev('2016-05-01', [], null),
    ev('2016-06-01', [], ['Aleppo', 'Syria']),
    ev('2016-07-01', ['Zed'], ['Aleppo', 'Syria']),
  ],
  articles: [{ id: 'a', title: 'A', publisher: 'P', url: null, published: '2016-08-01', text: 'S.' }],
};
const index = buildDataIndex(file);
const every = Uint32Array.from(index.events.map((_, i) => i));
const names = (lanes: readonly { name: string }[]) => lanes.map((l) => l.name);
const titles = (lane: { events: readonly number[] }) => lane.events.map((i) => index.events[i]!.title);

describe('buildLanes: lanes people can read', () => {
  it('puts an event in its main (first) actor’s lane by default, so lanes add up to the events', () => {
    const lanes = buildLanes(index, every, 'actor', 'count');
    expect(names(lanes)).toEqual(['ISIS', 'Iraqi government', 'Russia', 'Zed', NO_ACTOR]);
    expect(lanes.reduce((k, l) => k + l.events.length, 0)).toBe(file.events.length);
    expect(titles(lanes.find((l) => l.name === 'Russia')!)).toEqual(['Event 3']);
  });

  it('puts it in every actor’s lane as an option', () => {
    const lanes = buildLanes(index, every, 'actor', 'count', 'every');
    expect(titles(lanes.find((l) => l.name === 'Russia')!)).toEqual(['Event 2', 'Event 3']);
    expect(lanes.find((l) => l.name === 'ISIS')!.events).toHaveLength(3);
  });

  it('moves an event whose main actor is unchecked to its next actor that is shown', () => {
    const lanes = buildLanes(index, every, 'actor', 'count', 'main', new Set(['ISIS']));
    expect(names(lanes)).not.toContain('ISIS');
    expect(titles(lanes.find((l) => l.name === 'Russia')!)).toEqual(['Event 2', 'Event 3']);
  });

  it('keeps "(no actor named)" and "(no place named)" last, in either order', () => {
    for (const order of ['count', 'name'] as const) {
      expect(names(buildLanes(index, every, 'actor', order)).at(-1)).toBe(NO_ACTOR);
      expect(names(buildLanes(index, every, 'location', order)).at(-1)).toBe(NO_PLACE);
    }
    // With two events, the leftover lane would come first by count.
    expect(buildLanes(index, every, 'actor', 'count').at(-1)!.events).toHaveLength(2);
  });

  it('groups places under their country, countries in lane order, unknown country last', () => {
    const lanes = buildLanes(index, every, 'location', 'count');
    expect(lanes.map((l) => `${l.group}/${l.name}`)).toEqual([
      'Syria/Aleppo',
      'Syria/Raqqa',
      'Iraq/Mosul',
      `${NO_COUNTRY}/${NO_PLACE}`,
    ]);
    const byName = buildLanes(index, every, 'location', 'name');
    expect(byName.map((l) => l.group)).toEqual(['Iraq', 'Syria', 'Syria', NO_COUNTRY]);
  });
});

describe('visibleLanes: lanes with nothing in the window fold away', () => {
  const lanes = buildLanes(index, every, 'location', 'count');
  const indexes = lanes.map((l) => buildLaneIndex(l.events, index.extents));
  const year2015: readonly [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)];

  it('shows the lanes with events in the window and names the others', () => {
    const v = visibleLanes(lanes, indexes, index, year2015, new Set(), 'location');
    expect(names(v.lanes)).toEqual(['Aleppo', 'Raqqa', 'Mosul']);
    expect(names(v.folded)).toEqual([NO_PLACE]);
    expect(v.groups!.map((g) => [g.name, g.start, g.end, g.laneCount])).toEqual([
      ['Syria', 0, 2, 2],
      ['Iraq', 2, 3, 1],
    ]);
  });

  it('hides the lanes under a collapsed country but keeps its heading', () => {
    const v = visibleLanes(lanes, indexes, index, year2015, new Set(['group:location:Syria']), 'location');
    expect(names(v.lanes)).toEqual(['Mosul']);
    expect(v.groups!.map((g) => [g.name, g.collapsed, g.start, g.end])).toEqual([
      ['Syria', true, 0, 0],
      ['Iraq', false, 0, 1],
    ]);
  });

  it('does not group lanes by actor', () => {
    const actors = buildLanes(index, every, 'actor', 'count');
    const v = visibleLanes(
      actors,
      actors.map((l) => buildLaneIndex(l.events, index.extents)),
      index,
      [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)],
      new Set(),
      'actor',
    );
    expect(v.groups).toBeNull();
    expect(names(v.lanes)).toEqual(['Zed', NO_ACTOR]);
  });
});
