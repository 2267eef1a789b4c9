import { afterEach, describe, expect, it } from 'vitest';
import { buildDataIndexInSlices } from '../../src/app/core/dataIndex.ts';
import { resetStore, useTimelineStore } from '../../src/app/store/index.ts';
import { selectFilterResult, selectLanes } from '../../src/app/store/selectors.ts';
import { FIXTURE_URL, fixtureFile, loadFixtureStore } from './fixture.ts';

afterEach(resetStore);
const get = () => useTimelineStore.getState();

describe('timeline store', () => {
  it('starts loading, then holds an index of the loaded file, or the load error', () => {
    expect(get().status).toBe('loading');
    get().load(fixtureFile(), FIXTURE_URL);
    expect(get().status).toBe('ready');
    expect(get().index!.events).toHaveLength(fixtureFile().events.length);
    expect(get().eventsUrl).toBe(FIXTURE_URL);
    get().fail('events.json is not valid JSON');
    expect(get()).toMatchObject({ status: 'error', loadError: 'events.json is not valid JSON', index: null });
  });

  it('keeps the index the loader built from the file, so the app holds one index', async () => {
    const file = fixtureFile();
    const prepared = await buildDataIndexInSlices(file, async () => undefined);
    get().load(file, FIXTURE_URL, prepared);
    expect(get().index).toBe(prepared);
    // Without one, the store builds it.
    get().load(file, FIXTURE_URL);
    expect(get().index).not.toBe(prepared);
    expect(get().index!.events.map((e) => e.id)).toEqual(prepared!.events.map((e) => e.id));
  });

  it('replaces filter Sets instead of mutating them', () => {
    loadFixtureStore();
    const before = get().filters;
    const hiddenBefore = before.hiddenActors;
    get().setActorChecked('ISIS', false);
    expect(get().filters).not.toBe(before);
    expect(get().filters.hiddenActors).not.toBe(hiddenBefore);
    expect(hiddenBefore.size).toBe(0);
    expect([...get().filters.hiddenActors]).toEqual(['ISIS']);
    // Re-checking an already checked actor changes nothing that selectors memoize on.
    const same = get().filters.hiddenPlaces;
    get().setPlaceChecked('Palmyra', true);
    expect(get().filters.hiddenPlaces).toBe(same);
  });

  it('checks all or no actors', () => {
    loadFixtureStore();
    get().setAllActors(false);
    expect(get().filters.hiddenActors.size).toBe(get().index!.actors.length);
    expect(selectFilterResult(get()).passing).toHaveLength(0);
    get().setAllActors(true);
    expect(selectFilterResult(get()).passing).toHaveLength(get().index!.events.length);
  });

  it('checks or unchecks several event types in one change', () => {
    loadFixtureStore();
    get().setTypesChecked(['airstrike', 'capture'], false);
    expect([...get().filters.hiddenTypes].sort()).toEqual(['airstrike', 'capture']);
    get().setTypesChecked(['capture'], true);
    expect([...get().filters.hiddenTypes]).toEqual(['airstrike']);
  });

  it('memoizes derived data on the identity of index and filters', () => {
    loadFixtureStore();
    const a = selectFilterResult(get());
    get().hover('ev-caliphate');
    expect(selectFilterResult(get())).toBe(a);
    const lanes = selectLanes(get());
    get().select('ev-caliphate');
    expect(selectLanes(get())).toBe(lanes);
    get().setQuery('palmyra');
    expect(selectFilterResult(get())).not.toBe(a);
  });

  it('builds lanes by main actor, by every actor as an option, or by location', () => {
    loadFixtureStore();
    const file = fixtureFile();
    const twoActors = file.events.find((e) => e.actors.length === 2)!;
    const lanesWith = (id: string) =>
      selectLanes(get())
        .filter((l) => l.events.some((i) => get().index!.events[i]!.id === id))
        .map((l) => l.name);
    expect(lanesWith(twoActors.id)).toEqual([twoActors.actors[0]]);
    get().setLaneActors('every');
    expect(lanesWith(twoActors.id).sort()).toEqual([...twoActors.actors].sort());
    get().setGroupBy('location');
    const byPlace = selectLanes(get());
    expect(byPlace.map((l) => l.name)).toContain('Palmyra');
    expect(byPlace.find((l) => l.name === 'Palmyra')!.events).toHaveLength(
      file.events.filter((e) => e.location?.name === 'Palmyra').length,
    );
  });

  it('toggles lanes, selects sources, hovers, and resets to the initial state', () => {
    loadFixtureStore();
    get().toggleLane('actor:ISIS');
    expect(get().collapsed.has('actor:ISIS')).toBe(true);
    get().toggleLane('actor:ISIS');
    expect(get().collapsed.has('actor:ISIS')).toBe(false);
    get().select('ev-russia-strikes', 1);
    expect(get().selected).toEqual({ eventId: 'ev-russia-strikes', source: 1 });
    get().select(null);
    expect(get().selected).toBeNull();
    get().setWindow([1, 2]);
    resetStore();
    expect(get()).toMatchObject({ status: 'loading', window: null, index: null, groupBy: 'actor' });
  });
});
