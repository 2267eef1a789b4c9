import type { StateCreator } from 'zustand';
import type { EventType } from '../../model/index.ts';
import { NO_FILTERS, type Filters } from '../core/filters.ts';
import type { TimelineState } from './index.ts';
import type { Region } from '../core/region.ts';

export interface FilterSlice {
  /** Replaced as a whole on every change (its Sets too), so selectors can memoize on identity. */
  readonly filters: Filters;
  setActorChecked(name: string, checked: boolean): void;
  /** Checks every actor (true) or none (false). */
  setAllActors(checked: boolean): void;
  setPlaceChecked(name: string, checked: boolean): void;
  setAllPlaces(checked: boolean): void;
  /** Checks or unchecks several actors / places in one change (one history entry). */
  setActorsChecked(names: readonly string[], checked: boolean): void;
  setPlacesChecked(names: readonly string[], checked: boolean): void;
  setTypeChecked(type: EventType, checked: boolean): void;
  /** Checks or unchecks several types in one change (one history entry). */
  setTypesChecked(types: readonly EventType[], checked: boolean): void;
  setDateRange(from: string | null, to: string | null): void;
  setQuery(query: string): void;
  /** The map's area filter (null removes it). */
  setRegion(region: Region | null): void;
  resetFilters(): void;
}

function withMany<T>(set: ReadonlySet<T>, values: readonly T[], hidden: boolean): ReadonlySet<T> {
  const next = new Set(set);
  for (const v of values) {
    if (hidden) next.add(v);
    else next.delete(v);
  }
  return next;
}

function toggled<T>(set: ReadonlySet<T>, value: T, hidden: boolean): ReadonlySet<T> {
  if (set.has(value) === hidden) return set;
  const next = new Set(set);
  if (hidden) next.add(value);
  else next.delete(value);
  return next;
}

export const createFilterSlice: StateCreator<TimelineState, [], [], FilterSlice> = (set, get) => {
  const update = (patch: Partial<Filters>) => set((s) => ({ filters: { ...s.filters, ...patch } }));
  return {
    filters: NO_FILTERS,
    setActorChecked: (name, checked) => update({ hiddenActors: toggled(get().filters.hiddenActors, name, !checked) }),
    setAllActors: (checked) => update({ hiddenActors: new Set(checked ? [] : (get().index?.actors ?? [])) }),
    setPlaceChecked: (name, checked) => update({ hiddenPlaces: toggled(get().filters.hiddenPlaces, name, !checked) }),
    setAllPlaces: (checked) => update({ hiddenPlaces: new Set(checked ? [] : (get().index?.places ?? [])) }),
    setActorsChecked: (names, checked) =>
      update({ hiddenActors: withMany(get().filters.hiddenActors, names, !checked) }),
    setPlacesChecked: (names, checked) =>
      update({ hiddenPlaces: withMany(get().filters.hiddenPlaces, names, !checked) }),
    setTypeChecked: (type, checked) => update({ hiddenTypes: toggled(get().filters.hiddenTypes, type, !checked) }),
    setTypesChecked: (types, checked) => update({ hiddenTypes: withMany(get().filters.hiddenTypes, types, !checked) }),
    // A new date range moves the view to it: the window goes back to "fit what is filtered".
    setDateRange: (from, to) => set((s) => ({ filters: { ...s.filters, from, to }, window: null })),
    setQuery: (query) => update({ query }),
    setRegion: (region) => update({ region }),
    resetFilters: () => set({ filters: NO_FILTERS }),
  };
};
