/**
 * Filtering as pure functions over the data index. One pass answers both questions the UI asks: which events
 * pass, and how many events each filter option would show given the other filters (faceted counts).
 */
import { ACTOR_KINDS, EVENT_TYPES, endOfDateString, startOfDateString, type EventType } from '../../model/index.ts';
import { NO_ACTOR, type DataIndex } from './dataIndex.ts';
import { inRegion, type Region } from './region.ts';

export interface Filters {
  /** Unchecked actors: an event is hidden when none of its actors is checked. */
  readonly hiddenActors: ReadonlySet<string>;
  /** Unchecked places. */
  readonly hiddenPlaces: ReadonlySet<string>;
  readonly hiddenTypes: ReadonlySet<EventType>;
  /** Inclusive date bounds as YYYY-MM-DD (or coarser); an event passes when its span meets [from, to]. */
  readonly from: string | null;
  readonly to: string | null;
  /** Case-insensitive substring over titles and source sentences. */
  readonly query: string;
  /** The map's area filter: only events located inside it pass (events with no location do not). */
  readonly region: Region | null;
}

export const NO_FILTERS: Filters = {
  hiddenActors: new Set(),
  hiddenPlaces: new Set(),
  hiddenTypes: new Set(),
  from: null,
  to: null,
  query: '',
  region: null,
};

export interface FilterResult {
  /** Indexes of the events that pass every filter, in start order. */
  readonly passing: Uint32Array;
  /** For each actor / place / type option, the events that would pass with that facet's own filter ignored. */
  readonly actorCounts: Uint32Array;
  readonly placeCounts: Uint32Array;
  readonly typeCounts: Uint32Array;
  /**
   * For each actor kind (ACTOR_KINDS order, then one for actors of no known kind), the events that would pass with
   * the actor filter ignored and name an actor of that kind: each event once, however many such actors it names.
   */
  readonly actorKindCounts: Uint32Array;
}

/** Where actors of no known kind are counted in `actorKindCounts`. */
export const UNKNOWN_KIND_INDEX = ACTOR_KINDS.length;
/** NO_ACTOR is of no kind and counted in none. */
const NO_KIND = 255;

/** The kind of each actor as an index into actorKindCounts. */
function kindIndexes(index: DataIndex): Uint8Array {
  return Uint8Array.from(index.actors, (a, i) => {
    if (a === NO_ACTOR) return NO_KIND;
    const kind = index.actorKinds[i] ?? null;
    return kind === null ? UNKNOWN_KIND_INDEX : ACTOR_KINDS.indexOf(kind);
  });
}

function mask(names: readonly string[], hidden: ReadonlySet<string>): Uint8Array {
  const m = new Uint8Array(names.length);
  if (hidden.size > 0) names.forEach((n, i) => (m[i] = hidden.has(n) ? 1 : 0));
  return m;
}

function bound(date: string | null, edge: 'start' | 'end'): number | null {
  if (date === null) return null;
  try {
    return edge === 'start' ? startOfDateString(date).getTime() : endOfDateString(date).getTime();
  } catch {
    return null; // a half-typed date in the form filters nothing
  }
}

/** The date filter as instants: [first instant from, instant after to], each null when not set or not a date. */
export function dateFilterBounds(filters: Filters): readonly [number | null, number | null] {
  return [bound(filters.from, 'start'), bound(filters.to, 'end')];
}

export function applyFilters(index: DataIndex, filters: Filters): FilterResult {
  const n = index.events.length;
  const hiddenActor = mask(index.actors, filters.hiddenActors);
  const hiddenPlace = mask(index.places, filters.hiddenPlaces);
  const hiddenType = mask(EVENT_TYPES, filters.hiddenTypes);
  const [from, to] = dateFilterBounds(filters);
  const query = filters.query.trim().toLowerCase();
  const region = filters.region;
  const searchText = query === '' ? null : index.searchText();

  const passing = new Uint32Array(n);
  let count = 0;
  const actorCounts = new Uint32Array(index.actors.length);
  const placeCounts = new Uint32Array(index.places.length);
  const typeCounts = new Uint32Array(EVENT_TYPES.length);
  const kindOf = kindIndexes(index);
  const actorKindCounts = new Uint32Array(UNKNOWN_KIND_INDEX + 1);
  for (let i = 0; i < n; i++) {
    const x = index.extents[i]!;
    // The cheap checks first; search (a substring scan) only for events still in the running.
    if (from !== null && x.end <= from) continue;
    if (to !== null && x.start >= to) continue;
    if (region !== null) {
      const at = index.events[i]!.location;
      if (at === null || !inRegion(at.lat, at.lon, region)) continue;
    }
    if (searchText !== null && !searchText[i]!.includes(query)) continue;
    const actors = index.actorsOf[i]!;
    let actorOk = false;
    for (const a of actors) if (hiddenActor[a] === 0) actorOk = true;
    const place = index.placeOf[i]!;
    const placeOk = hiddenPlace[place] === 0;
    const type = index.typeOf[i]!;
    const typeOk = hiddenType[type] === 0;
    if (placeOk && typeOk) {
      for (let k = 0; k < actors.length; k++) {
        const a = actors[k]!;
        actorCounts[a]!++;
        // An event counts once per kind: an actor of a kind met earlier in its list adds nothing.
        const kind = kindOf[a]!;
        let seen = kind === NO_KIND;
        for (let j = 0; j < k && !seen; j++) seen = kindOf[actors[j]!] === kind;
        if (!seen) actorKindCounts[kind]!++;
      }
    }
    if (actorOk && typeOk) placeCounts[place]!++;
    if (actorOk && placeOk) typeCounts[type]!++;
    if (actorOk && placeOk && typeOk) passing[count++] = i;
  }
  return { passing: passing.slice(0, count), actorCounts, placeCounts, typeCounts, actorKindCounts };
}
