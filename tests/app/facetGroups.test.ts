import { describe, expect, it } from 'vitest';
import type { EventsFile, TimelineEvent } from '../../src/model/index.ts';
import { buildDataIndex, NO_ACTOR } from '../../src/app/core/dataIndex.ts';
import {
  actorKindHeadings,
  compareKindHeadings,
  foldForSearch,
  groupOptions,
  matchOptions,
  kindCountIndex,
  UNKNOWN_KIND_HEADING,
} from '../../src/app/core/facetGroups.ts';
import { applyFilters, NO_FILTERS } from '../../src/app/core/filters.ts';

let n = 0;
function ev(actors: string[]): TimelineEvent {
  n++;
  return {
    id: `ev-${n}`,
    date: { start: '2015-01-02', precision: 'day' },
    type: 'airstrike',
    title: `Event ${n}`,
    actors,
    location: null,
    sources: [{ article: 'a', sentence: 'S.', start: 0, end: 2, dateText: 'x' }],
  };
}

const file: EventsFile = {
  version: 1,
  events: [
    ev(['ISIS', 'Russia']),
    ev(['Syria', 'Zorvan Front']),
    ev(['Hezbollah']),
    ev(['Jane Doe']),
    ev([]),
    ev(['Russia', 'Syria']),
  ],
  articles: [{ id: 'a', title: 'A', publisher: 'P', url: null, published: '2016-08-01', text: 'S.' }],
  actors: [
    { name: 'Hezbollah', kind: 'militia' },
    { name: 'ISIS', kind: 'jihadist' },
    { name: 'Russia', kind: 'state', countryCode: 'RU' },
    { name: 'Syria', kind: 'state', countryCode: 'SY' },
    { name: 'Zorvan Front', kind: 'rebel' },
  ],
};

describe('actor kinds in the filter list', () => {
  const index = buildDataIndex(file);
  const headings = actorKindHeadings(index, NO_ACTOR);
  const headingOf = (name: string) => headings[index.actors.indexOf(name)];

  it('takes each actor’s kind from the actor table, and says when it is not known', () => {
    expect(index.actorKinds[index.actors.indexOf('ISIS')]).toBe('jihadist');
    expect(index.actorKinds[index.actors.indexOf('Jane Doe')]).toBeNull();
    expect(headingOf('Russia')).toBe('States');
    expect(headingOf('ISIS')).toBe('Jihadist groups');
    expect(headingOf('Jane Doe')).toBe(UNKNOWN_KIND_HEADING);
    expect(headingOf(NO_ACTOR)).toBeNull();
  });

  it('groups actors by kind, states first, unknown kind after the known, "(no actor named)" last', () => {
    const all = index.actors.map((_, i) => i);
    const groups = groupOptions(all, (i) => headings[i] ?? null, compareKindHeadings);
    expect(groups.map((g) => [g.name, g.options.map((i) => index.actors[i])])).toEqual([
      ['States', ['Russia', 'Syria']],
      ['Rebel groups', ['Zorvan Front']],
      ['Jihadist groups', ['ISIS']],
      ['Militias', ['Hezbollah']],
      [UNKNOWN_KIND_HEADING, ['Jane Doe']],
      [null, [NO_ACTOR]],
    ]);
  });

  it('counts each event once under a kind, however many actors of that kind it names', () => {
    const count = (heading: string, filters = NO_FILTERS) =>
      applyFilters(index, filters).actorKindCounts[kindCountIndex(heading)!];
    // Russia and Syria: three events name a state, one of them both.
    expect(count('States')).toBe(3);
    expect(count('Jihadist groups')).toBe(1);
    expect(count(UNKNOWN_KIND_HEADING)).toBe(1);
    // Faceted as the actor counts are: the actor filter is ignored, the others apply.
    expect(count('States', { ...NO_FILTERS, hiddenActors: new Set(['Russia', 'Syria']) })).toBe(3);
    expect(count('States', { ...NO_FILTERS, query: 'event 6' })).toBe(1);
    expect(kindCountIndex('Not a heading')).toBeNull();
  });

  it('finds the actors of a kind by its heading, and by name as before', () => {
    const byHeading = (q: string) =>
      matchOptions(index.actors, q, (i) => headings[i] ?? null).map((i) => index.actors[i]);
    expect(byHeading('states')).toEqual(['Russia', 'Syria']);
    expect(byHeading('zorv')).toEqual(['Zorvan Front']);
    expect(byHeading('cartel')).toEqual([]);
  });

  it('keeps the heading of a single group for a search’s matches, so it says why they match', () => {
    const found = matchOptions(index.actors, 'jihadist', (i) => headings[i] ?? null);
    expect(groupOptions(found, (i) => headings[i] ?? null, compareKindHeadings).map((g) => g.name)).toEqual([null]);
    const kept = groupOptions(found, (i) => headings[i] ?? null, compareKindHeadings, undefined, true);
    expect(kept.map((g) => [g.name, g.options.map((i) => index.actors[i])])).toEqual([['Jihadist groups', ['ISIS']]]);
    // "(no actor named)" alone still has no heading.
    const none = [index.actors.indexOf(NO_ACTOR)];
    expect(groupOptions(none, (i) => headings[i] ?? null, compareKindHeadings, undefined, true)[0]!.name).toBeNull();
  });

  it('reads a file without the table: every actor of unknown kind, in one group', () => {
    const { actors: _table, ...old } = file;
    const oldIndex = buildDataIndex(old);
    const oldHeadings = actorKindHeadings(oldIndex, NO_ACTOR);
    expect(new Set(oldHeadings.filter((h) => h !== null))).toEqual(new Set([UNKNOWN_KIND_HEADING]));
  });
});

describe('foldForSearch', () => {
  it('ignores case, accents and apostrophes', () => {
    expect(foldForSearch("Sana'a")).toBe(foldForSearch('SANAA'));
    expect(foldForSearch('Ḥomṣ')).toBe('homs');
  });
});
