/**
 * The analyst's corrections (corrections.json), applied to the extracted events in file order. Pure: the same
 * events and entries give the same result. An edited event keeps its id, and every change is recorded on the
 * event it touched (`corrected`), so the published chronology says where a person overruled the extractor.
 *
 * A correction names an event by id. Ids hash an event's first source, so an event's id changes when another
 * article's report of it sorts first: a name is therefore looked up as an event id, then as the clause id of any
 * source (see clauseId), so that corrections written against an earlier run still find their event.
 */
import type { Correction, SetCorrection } from '../../model/corrections.ts';
import { CORRECTIONS_FILE } from '../../model/corrections.ts';
import type { CorrectionRecord, EventDate, EventType, Location } from '../../model/index.ts';
import { precisionOf } from '../../model/index.ts';
import type { EventCandidate, EventDraft } from '../assemble/candidate.ts';
import { addressedDraft, clauseId, orderSources, type AddressedDraft } from '../assemble/toTimelineEvent.ts';
import { dateRelation } from '../refiners/mergeSameEvent.ts';
import type { AcledType } from '../types.ts';
import type { PlaceLookup } from './placeNamed.ts';

export interface CorrectionEntry {
  /** Index in the file's corrections array: warnings name it. */
  readonly index: number;
  readonly correction: Correction;
}

export interface CorrectionOptions {
  /** The ACLED pair of an event type (from the lexicon), so that a corrected type exports correctly. */
  readonly acledOf: (type: EventType) => AcledType | null | undefined;
  /** A place named by name in a correction (see placeNamed.ts); without it only whole locations are read. */
  readonly placeNamed?: PlaceLookup;
  /** The file name warnings give (default corrections.json). */
  readonly file?: string;
}

export interface CorrectionsResult {
  readonly addressed: readonly AddressedDraft[];
  /** One line per entry that was not applied (or not wholly), naming the file, the entry and the id. */
  readonly warnings: readonly string[];
  /** How many entries were not applied as written. */
  readonly notApplied: number;
}

type Located = { readonly id: string } | { readonly problem: string };

/** The events being corrected, by id, and what every id ever seen now points to. */
class Chronology {
  readonly byId = new Map<string, AddressedDraft>();
  /** Clause id of every source → id of the event that holds it now. */
  private readonly holder = new Map<string, string>();
  /** Ids of events merged into another → that event's id. */
  private readonly mergedInto = new Map<string, string>();
  /** Ids of dropped events → which entry dropped them. */
  private readonly dropped = new Map<string, string>();

  constructor(addressed: readonly AddressedDraft[]) {
    for (const a of addressed) this.put(a);
  }

  put(a: AddressedDraft): void {
    this.byId.set(a.id, a);
    for (const c of a.draft.sources) this.holder.set(clauseId(c), a.id);
  }

  drop(id: string, by: string): void {
    this.byId.delete(id);
    this.dropped.set(id, by);
  }

  mergeAway(id: string, into: string): void {
    this.byId.delete(id);
    this.mergedInto.set(id, into);
  }

  /** Finds the event an id names now: its own id, an id merged into it, or the clause id of one of its sources. */
  locate(ref: string): Located {
    let id = ref;
    for (let hops = 0; !this.byId.has(id) && hops <= this.mergedInto.size; hops += 1) {
      const next = this.mergedInto.get(id) ?? this.holder.get(id);
      if (next === undefined || next === id) break;
      id = next;
    }
    if (this.byId.has(id)) return { id };
    const by = this.dropped.get(id);
    if (by !== undefined) return { problem: `event ${ref} was dropped by ${by}` };
    return { problem: `no event ${ref} in this extraction (re-extracted differently, or the id is mistyped)` };
  }
}

function recordsOf(whats: readonly string[], note: string | undefined): CorrectionRecord[] {
  return whats.map((what) => (note === undefined ? { what } : { what, note }));
}

function dateOf(value: string | EventDate): EventDate {
  if (typeof value !== 'string') return value;
  return { start: value, precision: precisionOf(value) ?? 'day' };
}

/** The place a correction sets: null for none, or what a name names (a problem when it names none or two). */
function placeOf(
  value: NonNullable<SetCorrection['set']['location']> | null,
  options: CorrectionOptions,
): { readonly location: Location | null } | { readonly problem: string } {
  if (typeof value !== 'string') return { location: value };
  const found = options.placeNamed?.(value) ?? null;
  if (found === null)
    return { problem: `no curated place of the lexicon is named "${value}": write the whole location` };
  if (found === 'ambiguous')
    return { problem: `more than one curated place is named "${value}": write the whole location` };
  return { location: found };
}

function applySet(
  a: AddressedDraft,
  c: SetCorrection,
  options: CorrectionOptions,
): { readonly set: AddressedDraft } | { readonly problem: string } {
  const s = c.set;
  const d = a.draft;
  const place = s.location === undefined ? undefined : placeOf(s.location, options);
  if (place !== undefined && 'problem' in place) return { problem: place.problem };
  const draft: EventDraft = {
    ...d,
    ...(s.title === undefined ? {} : { title: s.title }),
    ...(s.type === undefined ? {} : { type: s.type, acled: options.acledOf(s.type) ?? null }),
    ...(s.actors === undefined ? {} : { actors: [...new Set(s.actors)] }),
    ...(place === undefined ? {} : { location: place.location }),
    ...(s.date === undefined ? {} : { date: dateOf(s.date) }),
  };
  const fields = Object.keys(s);
  // The sources are those of `a`, in the same order.
  return { set: { ...a, draft, corrected: [...a.corrected, ...recordsOf(fields, c.note)] } };
}

function mergeDrafts(into: EventDraft, other: EventDraft): EventDraft {
  return {
    ...into,
    sources: [...into.sources, ...other.sources],
    dateConflict: into.dateConflict || other.dateConflict || dateRelation(into.date, other.date) !== 'same',
  };
}

/** The fields of an event whose first source (the one they were read from) was split off. */
function refieldedDraft(d: EventDraft, rest: readonly EventCandidate[], setBefore: ReadonlySet<string>): EventDraft {
  const next = orderSources(rest)[0] as EventCandidate;
  const keep = (field: string): boolean => setBefore.has(field);
  return {
    ...d,
    sources: rest,
    title: keep('title') ? d.title : next.title,
    type: keep('type') ? d.type : next.type,
    acled: keep('type') ? d.acled : next.acled,
    actors: keep('actors') ? d.actors : next.actors,
    location: keep('location') ? d.location : next.location,
    date: keep('date') ? d.date : next.date,
    dateConflict: d.dateConflict && rest.length > 1,
  };
}

/** A draft of its own for the split-off sources, read as its first source read it. */
function splitDraft(split: readonly EventCandidate[]): EventDraft {
  const first = orderSources(split)[0] as EventCandidate;
  return {
    date: first.date,
    type: first.type,
    title: first.title,
    actors: first.actors,
    location: first.location,
    acled: first.acled,
    sources: split,
    dateConflict: split.some((c) => dateRelation(c.date, first.date) !== 'same'),
  };
}

/** Applies the entries in order; an entry that cannot apply is reported and leaves the events as they were. */
export function applyCorrections(
  addressed: readonly AddressedDraft[],
  entries: readonly CorrectionEntry[],
  options: CorrectionOptions,
): CorrectionsResult {
  if (entries.length === 0) return { addressed, warnings: [], notApplied: 0 };
  const file = options.file ?? CORRECTIONS_FILE;
  const events = new Chronology(addressed);
  const warnings: string[] = [];
  const warn = (index: number, problem: string): void => {
    warnings.push(`${file}: corrections[${index}]: ${problem}; not applied`);
  };

  for (const { index, correction: c } of entries) {
    const entry = `corrections[${index}]`;
    if ('drop' in c) {
      const at = events.locate(c.event);
      if ('problem' in at) warn(index, at.problem);
      else events.drop(at.id, entry);
    } else if ('set' in c) {
      const at = events.locate(c.event);
      const applied = 'problem' in at ? at : applySet(events.byId.get(at.id) as AddressedDraft, c, options);
      if ('problem' in applied) warn(index, applied.problem);
      else events.put(applied.set);
    } else if ('merge' in c) {
      const found = c.merge.map((ref) => events.locate(ref));
      const missing = found.flatMap((f) => ('problem' in f ? [f.problem] : []));
      const ids = [...new Set(found.flatMap((f) => ('id' in f ? [f.id] : [])))];
      if (missing.length > 0) warn(index, missing.join('; '));
      else if (ids.length < 2) warn(index, `${c.merge.join(' and ')} are already one event (${ids[0] ?? ''})`);
      else {
        const [target, ...others] = ids as [string, ...string[]];
        let merged = events.byId.get(target) as AddressedDraft;
        for (const id of others) {
          const other = events.byId.get(id) as AddressedDraft;
          merged = addressedDraft(target, mergeDrafts(merged.draft, other.draft), [
            ...merged.corrected,
            ...other.corrected,
            ...recordsOf([`merged ${id}`], c.note),
          ]);
          events.mergeAway(id, target);
        }
        events.put(merged);
      }
    } else {
      const { event, source } = c.split;
      const at = events.locate(event);
      if ('problem' in at) {
        warn(index, at.problem);
        continue;
      }
      const a = events.byId.get(at.id) as AddressedDraft;
      const isSplit = (s: EventCandidate): boolean => s.article === source.article && s.sentence.start === source.start;
      const split = a.draft.sources.filter(isSplit);
      const rest = a.draft.sources.filter((s) => !isSplit(s));
      const where = `${source.article} at ${source.start}`;
      if (split.length === 0) warn(index, `event ${at.id} has no source ${where}`);
      else if (rest.length === 0) warn(index, `${where} is the only source of event ${at.id}: nothing to split from`);
      else {
        const first = a.draft.sources[0] as EventCandidate;
        const setBefore = new Set(a.corrected.map((r) => r.what));
        const draft = isSplit(first)
          ? refieldedDraft(a.draft, rest, setBefore)
          : { ...a.draft, sources: rest, dateConflict: a.draft.dateConflict && rest.length > 1 };
        const ownId = clauseId(orderSources(split)[0] as EventCandidate);
        // The kept event keeps its id, even when that id was the split-off source's clause id.
        const newId = events.byId.has(ownId) ? `${ownId}-split` : ownId;
        events.put(addressedDraft(at.id, draft, [...a.corrected, ...recordsOf([`split off ${where}`], c.note)]));
        events.put(addressedDraft(newId, splitDraft(split), recordsOf([`split from ${at.id}`], c.note)));
      }
    }
  }
  return { addressed: [...events.byId.values()], warnings, notApplied: warnings.length };
}
