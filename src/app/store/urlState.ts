/**
 * Which state goes into the URL and how (excalidraw's per-key persistence table, zustand's URL-hash storage).
 * The hash holds grouping, lane order, whose lanes an event sits in, collapsed lanes, filters, search, the visible window and the selected
 * event, so a link reproduces the view. Pure: `encodeUrlState` / `decodeUrlState` never touch `location`.
 */
import { EVENT_TYPES, type EventType } from '../../model/index.ts';
import type { DataIndex } from '../core/dataIndex.ts';
import type { Filters } from '../core/filters.ts';
import { decodeRegion, encodeRegion } from '../core/region.ts';
import type { TimelineState } from './index.ts';
import type { Selection } from './viewSlice.ts';
import { laneKey, type GroupBy, type LaneActors, type LaneOrder } from '../core/timeline/lanes.ts';
import type { ViewWindow } from '../core/timeline/viewWindow.ts';

export interface UrlState {
  readonly groupBy: GroupBy;
  readonly laneOrder: LaneOrder;
  readonly laneActors: LaneActors;
  readonly collapsed: ReadonlySet<string>;
  readonly filters: Filters;
  readonly window: ViewWindow | null;
  readonly selected: Selection | null;
  readonly legendOpen: boolean | null;
}

/** The keys of each part, and whether a change makes a history entry (push) or updates the current one. */
export const URL_KEYS = {
  groupBy: { params: ['g'], history: 'push' },
  laneOrder: { params: ['o'], history: 'push' },
  laneActors: { params: ['la'], history: 'push' },
  collapsed: { params: ['c'], history: 'push' },
  filters: { params: ['xa', 'a', 'xp', 'p', 'xt', 'from', 'to', 'q', 'r'], history: 'push' },
  selected: { params: ['e', 's'], history: 'push' },
  // Zoom and pan change many times a second: they update the entry instead of flooding history.
  window: { params: ['w'], history: 'replace' },
  // Showing the legend is not a step of the reading to go back to.
  legendOpen: { params: ['lg'], history: 'replace' },
} as const;

export function pickUrlState(s: TimelineState): UrlState {
  return {
    groupBy: s.groupBy,
    laneOrder: s.laneOrder,
    laneActors: s.laneActors,
    collapsed: s.collapsed,
    filters: s.filters,
    window: s.window,
    selected: s.selected,
    legendOpen: s.legendOpen,
  };
}

/** Writes a set of names as the shorter of "hidden" (xKey) and "shown" (key) lists. */
function putNames(p: URLSearchParams, key: string, hidden: ReadonlySet<string>, all: readonly string[]): void {
  if (hidden.size === 0) return;
  if (hidden.size * 2 > all.length) {
    for (const n of all) if (!hidden.has(n)) p.append(key, n);
    if (hidden.size === all.length) p.append(key, '');
  } else for (const n of [...hidden].sort()) p.append(`x${key}`, n);
}

/**
 * Reads a list that putNames wrote. `expand` turns a value into the options it stands for (a place's name, as
 * links made before places were keyed by name, division and country carry them, stands for every place of that
 * name); by default a value stands for itself.
 */
function getNames(
  p: URLSearchParams,
  key: string,
  all: readonly string[],
  expand: (value: string) => readonly string[] = (v) => [v],
): ReadonlySet<string> {
  if (p.has(key)) {
    const shown = new Set(p.getAll(key).flatMap(expand));
    return new Set(all.filter((n) => !shown.has(n)));
  }
  return new Set(p.getAll(`x${key}`).flatMap(expand));
}

/** A place value of the URL as place keys: a key stands for itself, an older link's bare name for its homonyms. */
function placeKeysOf(index: DataIndex): (value: string) => readonly string[] {
  const keys = new Set(index.places);
  const byName = new Map<string, string[]>();
  index.places.forEach((k, i) => {
    const name = index.placeNames[i]!;
    if (name === k) return;
    const same = byName.get(name);
    if (same === undefined) byName.set(name, [k]);
    else same.push(k);
  });
  return (v) => (keys.has(v) ? [v] : (byName.get(v) ?? [v]));
}

/** Collapsed lanes: an older link's `location:<name>` folds the lanes of every place of that name. */
function collapsedOf(values: readonly string[], placeKeys: (value: string) => readonly string[]): ReadonlySet<string> {
  const prefix = laneKey('location', '');
  return new Set(
    values.flatMap((c) =>
      c.startsWith(prefix) ? placeKeys(c.slice(prefix.length)).map((k) => laneKey('location', k)) : [c],
    ),
  );
}

const isoMinute = (ms: number) => new Date(Math.round(ms / 60_000) * 60_000).toISOString().replace(':00.000Z', 'Z');

export function encodeUrlState(u: UrlState, index: DataIndex): string {
  const p = new URLSearchParams();
  if (u.groupBy !== 'actor') p.set('g', u.groupBy);
  if (u.laneOrder !== 'count') p.set('o', u.laneOrder);
  if (u.laneActors !== 'main') p.set('la', u.laneActors);
  for (const c of [...u.collapsed].sort()) p.append('c', c);
  putNames(p, 'a', u.filters.hiddenActors, index.actors);
  putNames(p, 'p', u.filters.hiddenPlaces, index.places);
  for (const t of EVENT_TYPES) if (u.filters.hiddenTypes.has(t)) p.append('xt', t);
  if (u.filters.from !== null) p.set('from', u.filters.from);
  if (u.filters.to !== null) p.set('to', u.filters.to);
  if (u.filters.query !== '') p.set('q', u.filters.query);
  if (u.filters.region !== null) p.set('r', encodeRegion(u.filters.region));
  if (u.window !== null) p.set('w', `${isoMinute(u.window[0])}~${isoMinute(u.window[1])}`);
  if (u.selected !== null) {
    p.set('e', u.selected.eventId);
    if (u.selected.source > 0) p.set('s', String(u.selected.source));
  }
  if (u.legendOpen !== null) p.set('lg', u.legendOpen ? '1' : '0');
  const s = p.toString();
  return s === '' ? '' : `#${s}`;
}

function parseWindow(w: string | null): ViewWindow | null {
  if (w === null) return null;
  const [a, b] = w.split('~').map((x) => Date.parse(x));
  return a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b > a ? [a, b] : null;
}

/** Reads a hash (with or without '#'); anything unknown or malformed falls back to the default. */
export function decodeUrlState(hash: string, index: DataIndex): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const known = new Set<string>(EVENT_TYPES);
  const source = Number(p.get('s') ?? '0');
  const eventId = p.get('e');
  const placeKeys = placeKeysOf(index);
  return {
    groupBy: p.get('g') === 'location' ? 'location' : 'actor',
    laneOrder: p.get('o') === 'name' ? 'name' : 'count',
    laneActors: p.get('la') === 'every' ? 'every' : 'main',
    collapsed: collapsedOf(p.getAll('c'), placeKeys),
    filters: {
      hiddenActors: getNames(p, 'a', index.actors),
      hiddenPlaces: getNames(p, 'p', index.places, placeKeys),
      hiddenTypes: new Set(p.getAll('xt').filter((t): t is EventType => known.has(t))),
      from: p.get('from'),
      to: p.get('to'),
      query: p.get('q') ?? '',
      region: decodeRegion(p.get('r')),
    },
    window: parseWindow(p.get('w')),
    selected:
      eventId !== null && index.indexById.has(eventId)
        ? { eventId, source: Number.isInteger(source) && source >= 0 ? source : 0 }
        : null,
    legendOpen: p.get('lg') === '1' ? true : p.get('lg') === '0' ? false : null,
  };
}

/** URL parameters whose change updates the history entry in place (URL_KEYS' 'replace' parts). */
const REPLACE_PARAMS: readonly string[] = Object.values(URL_KEYS).flatMap((k) =>
  k.history === 'replace' ? [...k.params] : [],
);

/** 'push' when a part other than the window or legend changed, else 'replace' (or null: no change). */
export function historyMode(before: string, after: string): 'push' | 'replace' | null {
  if (before === after) return null;
  const strip = (h: string) => {
    const p = new URLSearchParams(h.replace(/^#/, ''));
    for (const k of REPLACE_PARAMS) p.delete(k);
    return p.toString();
  };
  return strip(before) === strip(after) ? 'replace' : 'push';
}
