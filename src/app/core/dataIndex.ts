/**
 * Columnar indexes over a loaded events.json, built once on load so that every filter and layout afterwards is a
 * pass over integer arrays (Plot's "filter returns a subset of the index, never a copy of the data").
 */
import {
  EVENT_TYPES,
  type ActorKind,
  type ArticleEntry,
  type EventsFile,
  type Location,
  type TimelineEvent,
} from '../../model/index.ts';
import { formatEventDate } from './formatDate.ts';
import { placeKey } from './placeKey.ts';
import { eventExtent, type TimeExtent } from './timeline/precision.ts';

/** Lane and filter name for events that name no actor / no place: they stay visible and filterable. */
export const NO_ACTOR = '(no actor named)';
export const NO_PLACE = '(no place named)';

export interface DataIndex {
  /** Events sorted by start instant, then id: every index below refers to this order. */
  readonly events: readonly TimelineEvent[];
  readonly articles: ReadonlyMap<string, ArticleEntry>;
  readonly indexById: ReadonlyMap<string, number>;
  readonly extents: readonly TimeExtent[];
  /** Date label of each event ("Mar 2016"). */
  readonly labels: readonly string[];
  /** Sorted canonical actor names (plus NO_ACTOR when some event has none). */
  readonly actors: readonly string[];
  /** For each actor, its kind from events.json's actor table; null when the file does not say (and for NO_ACTOR). */
  readonly actorKinds: readonly (ActorKind | null)[];
  /** For each event, indexes into `actors`. */
  readonly actorsOf: readonly (readonly number[])[];
  /**
   * Place keys (placeKey: name, division, country), sorted by name, then key, plus NO_PLACE when some event has
   * none: what the place filter, the URL and location lanes refer to, so that homonyms in two countries stay two.
   */
  readonly places: readonly string[];
  /** For each place, the name it is shown by (homonyms share one: their group or lane heading tells them apart). */
  readonly placeNames: readonly string[];
  /** For each event, an index into `places`. */
  readonly placeOf: Int32Array;
  /** For each place, its country (NO_PLACE has none: null). */
  readonly placeCountries: readonly (string | null)[];
  /** For each place, its first-level division (province, governorate…), or null. */
  readonly placeAdmin1: readonly (string | null)[];
  /** For each event, an index into EVENT_TYPES. */
  readonly typeOf: Uint8Array;
  /**
   * Lower-cased title and source sentences of each event: what search looks in. Built on the first search, not on
   * load: for 100,000 events it is tens of megabytes of strings that the first drawing does not need.
   */
  readonly searchText: () => readonly string[];
  /** First and last instant covered by any event, or null when there are no events. */
  readonly extent: readonly [number, number] | null;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export const compareNames = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * One pass over the events for everything per event, then one sort of an index permutation, then one pass to lay
 * the columns out in sorted order. What many events share is computed once and shared: extents and labels per
 * distinct date (a 100,000-event file has a few thousand), the one-actor lists per actor. A filter that reads
 * `actorsOf[i]` therefore sees a shared, read-only array, which the readonly type already promises.
 */
export function buildDataIndex(file: EventsFile): DataIndex {
  const steps = indexSteps(file);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Builds the same index as buildDataIndex in slices of 2,500 events, giving the page back between slices. The
 * loader runs this on its own parse while the worker validates the same text (loadEventsFile's
 * `whileValidating`), so the index is ready when the verdict comes and the page never freezes for the whole
 * build; the index then goes to the store with the accepted file. `value` is not validated yet: a value the index
 * cannot be built from gives null (the verdict will say what is wrong).
 */
export async function buildDataIndexInSlices(
  value: unknown,
  yieldToPage: () => Promise<void>,
): Promise<DataIndex | null> {
  try {
    const steps = indexSteps(value as EventsFile);
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
      await yieldToPage();
    }
  } catch {
    // Not an events file: nothing to build.
    return null;
  }
}

/** Events handled between two chances for the page to run: a few milliseconds of work on a slow machine. */
const SLICE = 2500;

/** The index build as steps: yields between slices, returns the index. */
function* indexSteps(file: EventsFile): Generator<void, DataIndex, void> {
  const n = file.events.length;
  const articles = new Map<string, ArticleEntry>();
  for (const a of file.articles) articles.set(a.id, a);

  // One pass in file order reads every event once, in the order it lies in memory: its extent and label (shared
  // per distinct date), type, and actors and place as ids in the order first met. The pass in sorted order then
  // only moves what this one read (reading each event's fields again there was a random walk over 100,000
  // objects), and the ids are renumbered to the sorted names through tables as long as there are names.
  const byDate = new Map<string, DateEntry>();
  const typeId = new Map(EVENT_TYPES.map((t, i) => [t, i] as const));
  // Arrays are made at their full length and filled by index: V8 (Node 20's and Chromium's) keeps `new Array(n)`
  // fast (holey, not a dictionary) well past 100,000 (%HasDictionaryElements, up to 5,000,000), and filling it costs
  // about a third of growing one by push (3.9 against 11.6 ms per 100,000 in a micro-benchmark), for 7 such arrays.
  const extentInFileOrder = new Array<TimeExtent>(n);
  const labelInFileOrder = new Array<string>(n);
  // Ids in file order, read here with the rest of the event: the sort's ties compare them from this array
  // instead of going back to 100,000 scattered event objects (a third of the sort's time).
  const idInFileOrder = new Array<string>(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const typeInFileOrder = new Uint8Array(n);
  // Actors: a lone actor's id (the usual case), or MANY_ACTORS with the list in `actorListOf`.
  const actorIds = new Map<string, number>();
  const actorNames: string[] = [];
  const actorIdOf = (name: string): number => idIn(actorIds, actorNames, name);
  const actorInFileOrder = new Int32Array(n);
  const actorListOf = new Map<number, readonly number[]>();
  // Places by key (placeKey: name, division and country, so that homonyms stay two).
  const placeIds = new Map<string, number>();
  const placeKeys: string[] = [];
  const placeInFileOrder = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const e = file.events[i] as TimelineEvent;
    const { extent: x, label } = sharedDate(byDate, e, articles);
    extentInFileOrder[i] = x;
    labelInFileOrder[i] = label;
    idInFileOrder[i] = e.id;
    starts[i] = x.start;
    ends[i] = x.end;
    if (x.start < min) min = x.start;
    if (x.end > max) max = x.end;
    typeInFileOrder[i] = typeId.get(e.type) ?? 0;
    const names = e.actors;
    if (names.length === 1) actorInFileOrder[i] = actorIdOf(names[0] as string);
    else if (names.length === 0) actorInFileOrder[i] = actorIdOf(NO_ACTOR);
    else {
      const ids: number[] = [];
      for (const name of names) {
        const id = actorIdOf(name);
        if (!ids.includes(id)) ids.push(id);
      }
      actorInFileOrder[i] = MANY_ACTORS;
      actorListOf.set(i, ids);
    }
    placeInFileOrder[i] = idIn(placeIds, placeKeys, e.location === null ? NO_PLACE : placeKey(e.location));
    if (i % SLICE === SLICE - 1) yield;
  }

  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!isSorted(starts, ends, idInFileOrder)) sortByTimeThenId(order, extentInFileOrder, idInFileOrder);
  yield;

  const actors = [...actorNames].sort(compareNames);
  const actorId = new Map(actors.map((a, i) => [a, i] as const));
  const actorRenumbered = actorNames.map((name) => actorId.get(name) as number);
  const onlyActor = actors.map((_, i) => Object.freeze([i]));
  const kindOf = new Map((file.actors ?? []).map((a) => [a.name, a.kind] as const));

  const events = new Array<TimelineEvent>(n);
  const extents = new Array<TimeExtent>(n);
  const labels = new Array<string>(n);
  const actorsOf = new Array<readonly number[]>(n);
  const placeOf = new Int32Array(n);
  const typeOf = new Uint8Array(n);
  // Per place, its first event in sorted order: that event's location stands for the key (name, division, country).
  const firstOfPlace = new Int32Array(placeKeys.length).fill(-1);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    events[k] = file.events[i] as TimelineEvent;
    extents[k] = extentInFileOrder[i] as TimeExtent;
    labels[k] = labelInFileOrder[i] as string;
    const a = actorInFileOrder[i] as number;
    actorsOf[k] =
      a === MANY_ACTORS
        ? (actorListOf.get(i) as readonly number[]).map((id) => actorRenumbered[id] as number)
        : (onlyActor[actorRenumbered[a] as number] as readonly number[]);
    const p = placeInFileOrder[i] as number;
    placeOf[k] = p;
    if (firstOfPlace[p] === -1) firstOfPlace[p] = k;
    typeOf[k] = typeInFileOrder[i] as number;
    if (k % SLICE === SLICE - 1) yield;
  }
  const placeLocation = (id: number): Location | null => (events[firstOfPlace[id] as number] as TimelineEvent).location;
  const places = placeKeys
    .map((key, id) => {
      const location = placeLocation(id);
      return { key, id, location, name: location?.name ?? key };
    })
    .sort((a, b) => compareNames(a.name, b.name) || compareNames(a.key, b.key));
  const placeRenumbered = new Int32Array(places.length);
  for (const [k, p] of places.entries()) placeRenumbered[p.id] = k;
  for (let k = 0; k < n; k++) placeOf[k] = placeRenumbered[placeOf[k] as number] as number;
  const idMap = lazily(() => new Map(events.map((e, k) => [e.id, k] as const)));
  return {
    events,
    articles,
    // Built on first use: tens of milliseconds for 100,000 events that the first drawing does not need.
    get indexById() {
      return idMap();
    },
    extents,
    labels,
    actors,
    actorKinds: actors.map((a) => kindOf.get(a) ?? null),
    actorsOf,
    places: places.map((p) => p.key),
    placeOf,
    placeNames: places.map((p) => p.name),
    placeCountries: places.map((p) => p.location?.country ?? null),
    placeAdmin1: places.map((p) => p.location?.admin1 ?? null),
    typeOf,
    searchText: lazily(() => events.map(searchTextOf)),
    extent: n === 0 ? null : [min, max],
  };
}

/** The id of `name`: its place in `names`, where it is added when first met. */
function idIn(ids: Map<string, number>, names: string[], name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.push(name) - 1;
    ids.set(name, id);
  }
  return id;
}

/** An event's actors are a list of their own (more than one). */
const MANY_ACTORS = -1;

/** Event indexes a sort key can hold beside a date rank (keys stay exact doubles below 2^53). */
const INDEX_BITS = 2 ** 21;

/**
 * Sorts `order` (0..n-1) by extent start, then end, then event id: the order every index refers to. A sort with a
 * comparator over 100,000 events took about 100 ms in one block; here only the distinct extents (a few thousand)
 * are sorted with one, each event gets its extent's rank, and the typed array of (rank, index) keys is sorted
 * natively. Events of one rank, usually a handful, are then put in id order.
 */
function sortByTimeThenId(order: Uint32Array, extents: readonly TimeExtent[], ids: readonly string[]): void {
  const n = order.length;
  const byId = (a: number, b: number): number => {
    const ia = ids[a] as string;
    const ib = ids[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  if (n >= INDEX_BITS) {
    order.sort(
      (a, b) =>
        (extents[a] as TimeExtent).start - (extents[b] as TimeExtent).start ||
        (extents[a] as TimeExtent).end - (extents[b] as TimeExtent).end ||
        byId(a, b),
    );
    return;
  }
  const distinct = [...new Set(extents)].sort((a, b) => a.start - b.start || a.end - b.end);
  const rankOf = new Map<TimeExtent, number>();
  let rank = 0;
  for (const [k, x] of distinct.entries()) {
    const prev = distinct[k - 1];
    if (prev !== undefined && (prev.start !== x.start || prev.end !== x.end)) rank++;
    rankOf.set(x, rank);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (rankOf.get(extents[i] as TimeExtent) as number) * INDEX_BITS + i;
  keys.sort();
  for (let k = 0; k < n; k++) order[k] = (keys[k] as number) % INDEX_BITS;
  // Runs of one rank: into id order (a stable sort keeps file order among equal ids, as one sort would).
  for (let from = 0; from < n;) {
    const r = Math.floor((keys[from] as number) / INDEX_BITS);
    let to = from + 1;
    while (to < n && Math.floor((keys[to] as number) / INDEX_BITS) === r) to++;
    if (to - from > 1) order.subarray(from, to).sort(byId);
    from = to;
  }
}

/** Extracted files usually list events in time order already: then the sort is skipped (an O(N) check). */
function isSorted(starts: Float64Array, ends: Float64Array, ids: readonly string[]): boolean {
  for (let i = 1; i < starts.length; i++) {
    const d = (starts[i - 1] as number) - (starts[i] as number) || (ends[i - 1] as number) - (ends[i] as number);
    if (d > 0 || (d === 0 && (ids[i - 1] as string) > (ids[i] as string))) return false;
  }
  return true;
}

/** What the index keeps per distinct date: many events share one. */
interface DateEntry {
  readonly extent: TimeExtent;
  /** Date label ("Mar 2016"). */
  readonly label: string;
}

/**
 * The date's extent and label, computed once per distinct (date, publication date when it matters) and shared: one
 * map lookup per event for both (a plain date, the usual case, is its own key).
 */
function sharedDate(
  cache: Map<string, DateEntry>,
  e: TimelineEvent,
  articles: ReadonlyMap<string, ArticleEntry>,
): DateEntry {
  const d = e.date;
  // Only 'since' reads the publication date (an ongoing state runs until the article was written).
  const published = d.qualifier === 'since' ? earliestPublished(e, articles) : null;
  const key =
    d.end === undefined && d.qualifier === undefined
      ? d.start
      : `${d.start}|${d.end ?? ''}|${d.precision}|${d.qualifier ?? ''}|${published ?? ''}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = { extent: eventExtent(d, published), label: formatEventDate(d) };
    cache.set(key, entry);
  }
  return entry;
}

function earliestPublished(e: TimelineEvent, articles: ReadonlyMap<string, ArticleEntry>): string | null {
  let best: string | null = null;
  for (const s of e.sources) {
    const p = articles.get(s.article)?.published ?? null;
    if (p !== null && (best === null || p < best)) best = p;
  }
  return best;
}

/** `make()`, called once, on first use. */
function lazily<T>(make: () => T): () => T {
  let made: { readonly value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** Lower-cased title and source sentences of an event, newline-separated: what search looks in. */
function searchTextOf(e: TimelineEvent): string {
  let text = e.title;
  for (const s of e.sources) text += `\n${s.sentence}`;
  return text.toLowerCase();
}
