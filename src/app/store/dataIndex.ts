/**
 * Columnar indexes over a loaded events.json, built once on load so that every filter and layout afterwards is a
 * pass over integer arrays (Plot's "filter returns a subset of the index, never a copy of the data").
 */
import { EVENT_TYPES, type ArticleEntry, type EventsFile, type TimelineEvent } from '../../model/index.ts';
import { formatEventDate } from '../lib/formatDate.ts';
import { eventExtent, type TimeExtent } from '../timeline/precision.ts';

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
  /** For each event, indexes into `actors`. */
  readonly actorsOf: readonly (readonly number[])[];
  /** Sorted place names (plus NO_PLACE when some event has none). */
  readonly places: readonly string[];
  /** For each event, an index into `places`. */
  readonly placeOf: Int32Array;
  /** For each event, an index into EVENT_TYPES. */
  readonly typeOf: Uint8Array;
  /** Lower-cased title and source sentences of each event: what search looks in. */
  readonly searchText: readonly string[];
  /** First and last instant covered by any event, or null when there are no events. */
  readonly extent: readonly [number, number] | null;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export const compareNames = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

export function buildDataIndex(file: EventsFile): DataIndex {
  const articles = new Map(file.articles.map((a) => [a.id, a] as const));
  const earliestPublished = (e: TimelineEvent): string | null => {
    let best: string | null = null;
    for (const s of e.sources) {
      const p = articles.get(s.article)?.published ?? null;
      if (p !== null && (best === null || p < best)) best = p;
    }
    return best;
  };
  const withExtent = file.events.map((e) => ({ e, x: eventExtent(e.date, earliestPublished(e)) }));
  withExtent.sort(
    (a, b) => a.x.start - b.x.start || a.x.end - b.x.end || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0),
  );
  const events = withExtent.map((w) => w.e);
  const extents = withExtent.map((w) => w.x);

  const actorSet = new Set<string>();
  const placeSet = new Set<string>();
  for (const e of events) {
    if (e.actors.length === 0) actorSet.add(NO_ACTOR);
    for (const a of e.actors) actorSet.add(a);
    placeSet.add(e.location?.name ?? NO_PLACE);
  }
  const actors = [...actorSet].sort(compareNames);
  const places = [...placeSet].sort(compareNames);
  const actorId = new Map(actors.map((a, i) => [a, i] as const));
  const placeId = new Map(places.map((p, i) => [p, i] as const));
  const typeId = new Map(EVENT_TYPES.map((t, i) => [t, i] as const));

  const placeOf = new Int32Array(events.length);
  const typeOf = new Uint8Array(events.length);
  const actorsOf = events.map((e, i) => {
    placeOf[i] = placeId.get(e.location?.name ?? NO_PLACE) ?? -1;
    typeOf[i] = typeId.get(e.type) ?? 0;
    const names = e.actors.length === 0 ? [NO_ACTOR] : [...new Set(e.actors)];
    return names.map((a) => actorId.get(a) ?? 0);
  });

  let min = Infinity;
  let max = -Infinity;
  for (const x of extents) {
    if (x.start < min) min = x.start;
    if (x.end > max) max = x.end;
  }
  return {
    events,
    articles,
    indexById: new Map(events.map((e, i) => [e.id, i] as const)),
    extents,
    labels: labelsOf(events),
    actors,
    actorsOf,
    places,
    placeOf,
    typeOf,
    searchText: events.map((e) => [e.title, ...e.sources.map((s) => s.sentence)].join('\n').toLowerCase()),
    extent: events.length === 0 ? null : [min, max],
  };
}

/** Date labels, formatted once per distinct date: many events share one, and formatting is the costly part. */
function labelsOf(events: readonly TimelineEvent[]): string[] {
  const cache = new Map<string, string>();
  return events.map((e) => {
    const key = `${e.date.start}|${e.date.end ?? ''}|${e.date.qualifier ?? ''}`;
    let label = cache.get(key);
    if (label === undefined) {
      label = formatEventDate(e.date);
      cache.set(key, label);
    }
    return label;
  });
}
