import { describe, expect, it } from 'vitest';
import { buildDataIndex } from '../../src/app/core/dataIndex.ts';
import { NO_FILTERS } from '../../src/app/core/filters.ts';
import { decodeUrlState, encodeUrlState, historyMode, type UrlState } from '../../src/app/store/urlState.ts';
import { fixtureFile } from './fixture.ts';

const index = buildDataIndex(fixtureFile());
const DEFAULT: UrlState = {
  groupBy: 'actor',
  laneOrder: 'count',
  laneActors: 'main',
  collapsed: new Set(),
  filters: NO_FILTERS,
  window: null,
  selected: null,
  legendOpen: null,
};

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    expect(encodeUrlState(DEFAULT, index)).toBe('');
    expect(decodeUrlState('', index)).toEqual(DEFAULT);
  });

  it('round-trips grouping, order, whose lanes, collapsed lanes and countries, filters, search, window and selection', () => {
    const state: UrlState = {
      groupBy: 'location',
      laneOrder: 'name',
      laneActors: 'every',
      collapsed: new Set(['location:Kobani, Aleppo Governorate, Syria', 'group:location:Syria']),
      filters: {
        hiddenActors: new Set(['Russia']),
        hiddenPlaces: new Set(['Raqqa, Raqqa Governorate, Syria']),
        hiddenTypes: new Set(['statement']),
        from: '2015-01-01',
        to: '2015-12-31',
        query: 'air & strikes',
        region: { west: 36.1234, south: 34.5, east: 38.4, north: 36.25 },
      },
      window: [Date.UTC(2015, 0, 1), Date.UTC(2015, 6, 1, 12, 30)],
      selected: { eventId: 'ev-russia-strikes', source: 1 },
      legendOpen: false,
    };
    const hash = encodeUrlState(state, index);
    expect(hash.startsWith('#')).toBe(true);
    expect(decodeUrlState(hash, index)).toEqual(state);
  });

  it('writes the shorter list: a one-actor filter names the one actor shown', () => {
    const hidden = new Set(index.actors.filter((a) => a !== 'Russia'));
    const hash = encodeUrlState({ ...DEFAULT, filters: { ...NO_FILTERS, hiddenActors: hidden } }, index);
    expect(new URLSearchParams(hash.slice(1)).getAll('a')).toEqual(['Russia']);
    expect(decodeUrlState(hash, index).filters.hiddenActors).toEqual(hidden);
    const none = new Set(index.actors);
    expect(
      decodeUrlState(encodeUrlState({ ...DEFAULT, filters: { ...NO_FILTERS, hiddenActors: none } }, index), index)
        .filters.hiddenActors,
    ).toEqual(none);
  });

  it('reads the bare place names of older links as every place of that name', () => {
    // Links made before places were keyed by name, division and country name the place alone.
    const s = decodeUrlState('#xp=Raqqa&c=location%3AKobani&c=actor%3AISIS', index);
    expect(s.filters.hiddenPlaces).toEqual(new Set(['Raqqa, Raqqa Governorate, Syria']));
    expect(s.collapsed).toEqual(new Set(['location:Kobani, Aleppo Governorate, Syria', 'actor:ISIS']));
    const shown = decodeUrlState('#p=Raqqa', index).filters.hiddenPlaces;
    expect(index.places.filter((p) => !shown.has(p))).toEqual(['Raqqa, Raqqa Governorate, Syria']);
    // A name the data does not hold stays as it is (it hides nothing).
    expect(decodeUrlState('#xp=Atlantis', index).filters.hiddenPlaces).toEqual(new Set(['Atlantis']));
  });

  it('ignores what it does not know: unknown events, types and malformed windows', () => {
    const s = decodeUrlState('#e=nope&xt=teleport&w=yesterday~today&g=sideways', index);
    expect(s.selected).toBeNull();
    expect(s.filters.hiddenTypes.size).toBe(0);
    expect(s.window).toBeNull();
    expect(s.groupBy).toBe('actor');
  });

  it('keeps the map area filter in one key, and drops a malformed one', () => {
    const region = { west: -3.5, south: -12.25, east: 14, north: 9.0001 };
    const hash = encodeUrlState({ ...DEFAULT, filters: { ...NO_FILTERS, region } }, index);
    expect(new URLSearchParams(hash.slice(1)).get('r')).toBe('-3.5,-12.25,14,9.0001');
    expect(decodeUrlState(hash, index).filters.region).toEqual(region);
    // Coordinates past the world, corners in the wrong order, missing or non-numeric parts: no filter.
    for (const bad of ['r=-190,0,10,10', 'r=10,0,5,10', 'r=1,2,3', 'r=a,b,c,d', 'r=1,2,,4', 'r=0,0,0,0']) {
      expect(decodeUrlState(`#${bad}`, index).filters.region).toBeNull();
    }
  });

  it('makes a history entry for a view change but not for a move of the window', () => {
    expect(historyMode('#g=location', '#g=location&w=a~b')).toBe('replace');
    expect(historyMode('#g=location&w=a~b', '#g=location&w=c~d')).toBe('replace');
    expect(historyMode('#w=a~b', '#e=x&w=a~b')).toBe('push');
    expect(historyMode('#e=x', '#e=x')).toBeNull();
    // Folding the legend is not a step to go back to either.
    expect(historyMode('#e=x', '#e=x&lg=0')).toBe('replace');
    expect(historyMode('#lg=0', '#lg=1')).toBe('replace');
    expect(historyMode('#e=x&lg=0', '#lg=0')).toBe('push');
  });
});
