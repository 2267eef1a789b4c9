/**
 * What the "Correct this event" form says, as a corrections.json entry (the form in README "Corrections"). Pure,
 * and free of zod so the page does not carry the validator: the entry is built valid by construction, and the
 * tests check it against the schema the extractor reads with.
 */
import type { Correction } from '../../../model/corrections.ts';
import { precisionOf, type EventType, type Location, type Source, type TimelineEvent } from '../../../model/index.ts';

export const CORRECTION_ACTIONS = ['edit', 'drop', 'merge', 'split'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

/** The form's fields as typed (strings), before they are read. */
export interface CorrectionFields {
  readonly action: CorrectionAction;
  readonly title: string;
  readonly type: EventType;
  /** Canonical actor names, comma-separated. */
  readonly actors: string;
  /** A place name (of this data, else of the lexicon); empty for "no place". */
  readonly place: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  /** The other event's id, for a merge. */
  readonly mergeWith: string;
  readonly note: string;
}

/** The fields as they stand for the event: a form that changes nothing produces no entry. */
export function fieldsOf(event: TimelineEvent): CorrectionFields {
  return {
    action: 'edit',
    title: event.title,
    type: event.type,
    actors: event.actors.join(', '),
    place: event.location?.name ?? '',
    date: event.date.start,
    mergeWith: '',
    note: '',
  };
}

/** Places of the loaded events by lower-cased name (the first seen wins). */
export function placesByName(events: readonly TimelineEvent[]): ReadonlyMap<string, Location> {
  const places = new Map<string, Location>();
  for (const e of events) {
    const key = e.location?.name.toLowerCase();
    if (key !== undefined && !places.has(key)) places.set(key, e.location as Location);
  }
  return places;
}

function actorList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    ),
  ];
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export type EntryResult = { readonly entry: Correction } | { readonly problems: readonly string[] };

export interface EntryContext {
  readonly event: TimelineEvent;
  /** The source shown in the panel: the one a split takes off. */
  readonly source: Source;
  readonly places: ReadonlyMap<string, Location>;
  readonly hasEvent: (id: string) => boolean;
}

type SetFields = Extract<Correction, { set: unknown }>['set'];

function editEntry(f: CorrectionFields, { event, places }: EntryContext): EntryResult {
  const problems: string[] = [];
  const set: { -readonly [K in keyof SetFields]: SetFields[K] } = {};
  const title = f.title.trim();
  if (title === '') problems.push('The title cannot be empty.');
  else if (title !== event.title) set.title = title;
  if (f.type !== event.type) set.type = f.type;
  const actors = actorList(f.actors);
  if (!sameList(actors, event.actors)) set.actors = actors;
  const place = f.place.trim();
  if (place !== (event.location?.name ?? '')) {
    // A place of this data goes in whole; another name is left for the extractor to find among the lexicon's
    // curated places (it warns when it finds none, or two far apart).
    const location = place === '' ? null : (places.get(place.toLowerCase()) ?? place);
    if (typeof location === 'string' || location?.name !== event.location?.name) set.location = location;
  }
  const date = f.date.trim();
  if (date !== event.date.start) {
    if (precisionOf(date) === null) problems.push('Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real date).');
    else set.date = date;
  }
  if (problems.length > 0) return { problems };
  if (Object.keys(set).length === 0) return { problems: ['Change at least one field.'] };
  return { entry: { event: event.id, set } };
}

/** The entry the form describes, or what keeps it from being one. */
export function correctionEntry(f: CorrectionFields, ctx: EntryContext): EntryResult {
  const { event, source } = ctx;
  let result: EntryResult;
  switch (f.action) {
    case 'edit':
      result = editEntry(f, ctx);
      break;
    case 'drop':
      result = { entry: { event: event.id, drop: true } };
      break;
    case 'merge': {
      const other = f.mergeWith.trim();
      if (other === '') result = { problems: ['Give the id of the event to merge with.'] };
      else if (other === event.id) result = { problems: ['That is this event’s own id.'] };
      else if (!ctx.hasEvent(other)) result = { problems: [`No event ${other} in this data.`] };
      else result = { entry: { merge: [event.id, other] } };
      break;
    }
    case 'split':
      result =
        event.sources.length < 2
          ? { problems: ['This event has one source: there is nothing to split it from.'] }
          : { entry: { split: { event: event.id, source: { article: source.article, start: source.start } } } };
      break;
  }
  const note = f.note.trim();
  return 'entry' in result && note !== '' ? { entry: { ...result.entry, note } } : result;
}

/** The entry as it goes into a corrections.json's `corrections` array. */
export function entryJson(entry: Correction): string {
  return JSON.stringify(entry, null, 2);
}

/** A whole corrections.json holding the one entry: valid on its own, or to merge into the analyst's file. */
export function correctionsFileJson(entry: Correction): string {
  return `${JSON.stringify({ version: 1, corrections: [entry] }, null, 2)}\n`;
}
