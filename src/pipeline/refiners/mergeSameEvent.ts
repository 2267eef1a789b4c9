/**
 * The same event reported by several sentences (in several articles, or twice in one) becomes one event with
 * several sources. Two reports are the same event when they agree on type, share an actor, name the same place
 * (or, when one names none, the same actors), and give compatible dates: equal, or one inside the other at a
 * coarser precision (2015-05 and 2015-05-20). Reports from different articles whose day-precise dates differ by
 * a few days, with everything else equal, are kept as one event with a date conflict: news often disagrees on
 * the day, and the reader should see both claims rather than two events.
 *
 * The event takes the finest date; among equally fine dates the one most sources give; then the earliest-listed.
 */
import type { EventDate } from '../../model/index.ts';
import { startOfDateString } from '../../model/index.ts';
import type { EventCandidate, EventDraft } from '../assemble/candidate.ts';
import { titleFor } from '../assemble/title.ts';
import type { Refiner } from './refiner.ts';

/** How far apart (days) two day-precise reports may be and still be one event with a conflict. */
export const MAX_CONFLICT_DAYS = 3;

const FINER: Record<string, number> = { year: 0, month: 1, day: 2 };

type Relation = 'same' | 'conflict' | null;

/**
 * startOfDateString(day) in milliseconds, memoised: merging compares each report's date with those of every
 * cluster in its bucket, and parsing the two date strings anew for each pair was a third of the merge's time.
 * A pure function of the string, so the cache cannot change a result; it is emptied when it grows past a bound.
 */
const DAY_START_MS = new Map<string, number>();
const DAY_START_LIMIT = 20_000;

function dayStartMs(day: string): number {
  let ms = DAY_START_MS.get(day);
  if (ms === undefined) {
    ms = startOfDateString(day).getTime();
    if (DAY_START_MS.size >= DAY_START_LIMIT) DAY_START_MS.clear();
    DAY_START_MS.set(day, ms);
  }
  return ms;
}

/** Whether two dates can describe the same event: one covers the other, or (day precision) they are close. */
export function dateRelation(a: EventDate, b: EventDate): Relation {
  if (a.qualifier !== b.qualifier || a.end !== b.end) return null;
  if (a.start.startsWith(b.start) || b.start.startsWith(a.start)) return 'same';
  if (a.precision === 'day' && b.precision === 'day') {
    const days = Math.abs(dayStartMs(a.start) - dayStartMs(b.start)) / 86_400_000;
    if (days <= MAX_CONFLICT_DAYS) return 'conflict';
  }
  return null;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Whether two candidates report the same event, and whether their dates then conflict. */
export function relationOf(a: EventCandidate, b: EventCandidate): Relation {
  if (a.article === b.article && a.sentence.start === b.sentence.start) return null; // different clauses
  if (a.type !== b.type || a.type === 'other') return null;
  if (!a.actors.some((x) => b.actors.includes(x))) return null;
  const placeOk =
    a.location !== null && b.location !== null ? a.location.name === b.location.name : sameSet(a.actors, b.actors);
  if (!placeOk) return null;
  const rel = dateRelation(a.date, b.date);
  if (rel === 'conflict' && (a.article === b.article || a.location === null || b.location === null)) return null;
  return rel;
}

/** The date the merged event shows: finest, then best supported, then first. */
function chooseDate(members: readonly EventCandidate[]): EventCandidate {
  let best = members[0] as EventCandidate;
  const support = (c: EventCandidate): number => members.filter((m) => m.date.start === c.date.start).length;
  for (const m of members) {
    const finer = (FINER[m.date.precision] ?? 0) - (FINER[best.date.precision] ?? 0);
    if (finer > 0 || (finer === 0 && support(m) > support(best))) best = m;
  }
  return best;
}

/** The draft of a report that no other joined (most of them): what draftFrom gives for one member, made directly. */
function draftOfOne(only: EventCandidate, conflict: boolean): EventDraft {
  return {
    date: only.date,
    type: only.type,
    title: only.title,
    actors: [...new Set(only.actors)],
    location: only.location,
    acled: only.acled,
    sources: [only],
    dateConflict: conflict,
  };
}

function draftFrom(members: readonly EventCandidate[], conflict: boolean): EventDraft {
  if (members.length === 1) return draftOfOne(members[0] as EventCandidate, conflict);
  const primary = chooseDate(members);
  const actors = [...new Set([primary, ...members].flatMap((m) => m.actors))];
  const location = primary.location ?? members.find((m) => m.location !== null)?.location ?? null;
  const title =
    members.length === 1
      ? primary.title
      : titleFor({
          ...primary,
          actors,
          location,
          placePreposition: primary.location === null ? null : primary.placePreposition,
        });
  return {
    date: primary.date,
    type: primary.type,
    title,
    actors,
    location,
    acled: primary.acled,
    sources: [primary, ...members.filter((m) => m !== primary)],
    dateConflict: conflict,
  };
}

function byPosition(a: EventCandidate, b: EventCandidate): number {
  return (
    (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
    a.sentence.start - b.sentence.start ||
    a.clause.start - b.clause.start
  );
}

interface Cluster {
  readonly index: number;
  readonly members: EventCandidate[];
  conflict: boolean;
}

/**
 * Buckets a report can be merged in: same type and an actor in common are required. Within a bucket, clusters
 * are filed by the date of their first member (filedDates) and a report looks up only the dates it can merge
 * with (soughtDates), since every member of a cluster, its first one included, must relate to the report.
 */
function bucketKeys(c: EventCandidate): string[] {
  return c.actors.map((a) => `${c.type}\u0000${a}`);
}

const DAY_MS = 86_400_000;

/**
 * Dates as numbers for the date index (number keys hash at once; building a string per date and lookup was most
 * of the merge's garbage). Each kind has its own range: a date exactly ('='), or the dates finer than a year or
 * a month ('<'). Days count from 1970-01-01 (negative before), so the days around one are its neighbours.
 */
const EXACT_YEAR = 1_000_000;
const EXACT_MONTH = 2_000_000;
const FINER_THAN_YEAR = 3_000_000;
const FINER_THAN_MONTH = 4_000_000;
const EXACT_DAY = 20_000_000;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function monthOf(date: string): number {
  return yearOf(date) * 12 + Number(date.slice(5, 7)) - 1;
}

function dayOf(date: string): number {
  return Math.round(dayStartMs(date) / DAY_MS);
}

/** Where a cluster is filed, by its first member's date: that date exactly, and each coarser date it lies in. */
function filedDates(date: string): number[] {
  if (date.length === 4) return [EXACT_YEAR + yearOf(date)];
  if (date.length === 7) return [EXACT_MONTH + monthOf(date), FINER_THAN_YEAR + yearOf(date)];
  return [EXACT_DAY + dayOf(date), FINER_THAN_YEAR + yearOf(date), FINER_THAN_MONTH + monthOf(date)];
}

/**
 * The filed dates a report's date can be merged with (dateRelation): the same date or a coarser one containing
 * it, a finer one inside it, and for a day the days within MAX_CONFLICT_DAYS of it (a date conflict).
 */
function soughtDates(date: string): number[] {
  if (date.length === 4) return [EXACT_YEAR + yearOf(date), FINER_THAN_YEAR + yearOf(date)];
  if (date.length === 7)
    return [EXACT_MONTH + monthOf(date), EXACT_YEAR + yearOf(date), FINER_THAN_MONTH + monthOf(date)];
  const day = EXACT_DAY + dayOf(date);
  const out = [day, EXACT_YEAR + yearOf(date), EXACT_MONTH + monthOf(date)];
  for (let k = 1; k <= MAX_CONFLICT_DAYS; k++) out.push(day - k, day + k);
  return out;
}

/** A report's place for the place index: its location's name, '' when it names none. */
function placeKey(c: EventCandidate): string {
  return c.location === null ? '' : c.location.name;
}

/** Clusters by filed date. */
type ByDate = Map<number, Cluster[]>;
/** Clusters by bucket key, then by filed date: nested so that the bucket keys are not repeated per date. */
type ClusterIndex = Map<string, ByDate>;
/**
 * Clusters by bucket key, then by their first member's place, then by filed date: nested rather than keyed by a
 * string of key and place, which had to be built and hashed for every lookup (a quarter of the merge's time).
 */
type PlaceIndex = Map<string, Map<string, ByDate>>;

function addTo(byDate: ByDate, dates: readonly number[], cl: Cluster): void {
  for (const date of dates) {
    const list = byDate.get(date);
    if (list === undefined) byDate.set(date, [cl]);
    else list.push(cl);
  }
}

function datesOf<K>(index: Map<K, ByDate>, key: K): ByDate {
  let byDate = index.get(key);
  if (byDate === undefined) {
    byDate = new Map();
    index.set(key, byDate);
  }
  return byDate;
}

function placesOf(index: PlaceIndex, key: string): Map<string, ByDate> {
  let places = index.get(key);
  if (places === undefined) {
    places = new Map();
    index.set(key, places);
  }
  return places;
}

/** Whether `c` relates to every member of `cl` (relationOf). */
function joins(cl: Cluster, c: EventCandidate): boolean {
  for (const m of cl.members) if (relationOf(m, c) === null) return false;
  return true;
}

/** The earliest-made cluster of `byDate` filed at one of `sought` that `c` joins, if earlier than `home`. */
function earliestHome(
  byDate: ByDate | undefined,
  sought: readonly number[],
  c: EventCandidate,
  home: Cluster | undefined,
): Cluster | undefined {
  if (byDate === undefined) return home;
  for (const date of sought) {
    const list = byDate.get(date);
    if (list === undefined) continue;
    for (const cl of list) if ((home === undefined || cl.index < home.index) && joins(cl, c)) home = cl;
  }
  return home;
}

/**
 * Greedy clustering in a fixed order: a report joins the earliest-made event every member of which it matches.
 * Clusters are indexed by type and actor, then by date, so each report is compared with a few candidates, not
 * all (a type and actor filed by year alone held thousands of clusters in a large corpus).
 *
 * A report that names a place can only join a cluster whose every member names that place or none, so its first
 * member does too: such reports look clusters up in a second index that adds the first member's place to the key
 * (its own place, and none). In a large corpus a type and actor bucket holds hundreds of clusters at other
 * places, and scanning them was most of the refiners' time; the clusters the second index skips could never
 * match, so the result is the same.
 */
export const mergeSameEvent: Refiner = (ctx, drafts) => {
  const candidates = drafts.flatMap((d) => d.sources).sort(byPosition);
  const clusters: Cluster[] = [];
  const index: ClusterIndex = new Map();
  const byPlace: PlaceIndex = new Map();
  for (const c of candidates) {
    const keys = bucketKeys(c);
    const place = placeKey(c);
    const sought = soughtDates(c.date.start);
    let home: Cluster | undefined;
    for (const key of keys) {
      if (place === '') home = earliestHome(index.get(key), sought, c, home);
      else {
        const places = byPlace.get(key);
        home = earliestHome(places?.get(place), sought, c, home);
        home = earliestHome(places?.get(''), sought, c, home);
      }
    }
    if (home === undefined) {
      const cl: Cluster = { index: clusters.length, members: [c], conflict: false };
      clusters.push(cl);
      const filed = filedDates(c.date.start);
      for (const key of keys) {
        addTo(datesOf(index, key), filed, cl);
        addTo(datesOf(placesOf(byPlace, key), place), filed, cl);
      }
      continue;
    }
    const target = home;
    const conflict = target.members.some((m) => relationOf(m, c) === 'conflict');
    ctx.note(
      () =>
        `merged ${c.article}:${c.sentence.start} into ${target.members[0]?.article}:${target.members[0]?.sentence.start}${conflict ? ' (date conflict)' : ''}`,
    );
    target.members.push(c);
    target.conflict ||= conflict;
  }
  return clusters.map((cl) => draftFrom(cl.members, cl.conflict));
};
