import { describe, expect, it } from 'vitest';
import { filterSummary } from '../../../src/app/views/download/filterSummary.ts';
import { NO_FILTERS } from '../../../src/app/core/filters.ts';

const names = { actors: ['Army', 'Militia', 'Police', 'Rebels'], places: ['Aleppo', 'Homs', 'Idlib'] };

describe('filterSummary', () => {
  it('says nothing when no filter is set', () => {
    expect(filterSummary(NO_FILTERS, names)).toEqual([]);
  });

  it('names what a facet shows when fewer are kept than hidden, and what it hides otherwise', () => {
    const fewKept = { ...NO_FILTERS, hiddenActors: new Set(['Army', 'Militia', 'Police']) };
    expect(filterSummary(fewKept, names)).toEqual(['Actors: Rebels']);
    const oneHidden = { ...NO_FILTERS, hiddenPlaces: new Set(['Homs']) };
    expect(filterSummary(oneHidden, names)).toEqual(['Places: all but Homs']);
    const none = { ...NO_FILTERS, hiddenActors: new Set(names.actors) };
    expect(filterSummary(none, names)).toEqual(['Actors: none']);
  });

  it('names places by their names, and homonyms by their keys (which Sinjar is left out)', () => {
    const places = {
      actors: [],
      places: ['Aleppo, Aleppo Governorate, Syria', 'Sinjar, Nineveh, Iraq', 'Sinjar, Idlib Governorate, Syria'],
      placeNames: ['Aleppo', 'Sinjar', 'Sinjar'],
    };
    const iraqi = { ...NO_FILTERS, hiddenPlaces: new Set(['Sinjar, Nineveh, Iraq']) };
    expect(filterSummary(iraqi, places)).toEqual(['Places: all but Sinjar, Nineveh, Iraq']);
    const aleppo = { ...NO_FILTERS, hiddenPlaces: new Set(['Aleppo, Aleppo Governorate, Syria']) };
    expect(filterSummary(aleppo, places)).toEqual(['Places: all but Aleppo']);
  });

  it('lists at most five names, then how many more', () => {
    const actors = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'];
    const hidden = new Set(actors.slice(7));
    expect(filterSummary({ ...NO_FILTERS, hiddenActors: hidden }, { actors, places: [] })).toEqual([
      'Actors: A, B, C, D, E and 2 more',
    ]);
  });

  it('gives the date range, the search and the map area in words', () => {
    const filters = {
      ...NO_FILTERS,
      hiddenTypes: new Set(['capture', 'recapture', 'airstrike', 'ground-attack', 'bombing', 'killing'] as const),
      from: '2015-05',
      to: null,
      query: '  Palmyra ',
      region: { west: 36.1, south: 34.5, east: 38.4, north: 36.2 },
    };
    const lines = filterSummary(filters, names);
    expect(lines[0]).toBe('Types: siege, withdrawal, agreement, statement, incident and 1 more');
    expect(lines.slice(1)).toEqual([
      'Dates: May 2015 – …',
      'Search: “Palmyra”',
      'Map area: 34.5° N – 36.2° N, 36.1° E – 38.4° E',
    ]);
  });
});
