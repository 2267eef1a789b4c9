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
import { calendarDayOf, daysBetween, startOfDateString } from '../../model/index.ts';
import type { EventCandidate, EventDraft } from '../assemble/candidate.ts';
import { titleFor } from '../assemble/title.ts';
import type { Refiner } from './refiner.ts';

/** How far apart (days) two day-precise reports may be and still be one event with a conflict. */
export const MAX_CONFLICT_DAYS = 3;

const FINER: Record<string, number> = { year: 0, month: 1, day: 2 };

type Relation = 'same' | 'conflict' | null;

/** Whether two dates can describe the same event: one covers the other, or (day precision) they are close. */
export function dateRelation(a: EventDate, b: EventDate): Relation {
  if (a.qualifier !== b.qualifier || a.end !== b.end) return null;
  if (a.start.startsWith(b.start) || b.start.startsWith(a.start)) return 'same';
  if (a.precision === 'day' && b.precision === 'day') {
    const startDay = (date: string) => calendarDayOf(startOfDateString(date));
    const days = Math.abs(daysBetween(startDay(a.start), startDay(b.start)));
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

function draftFrom(members: readonly EventCandidate[], conflict: boolean): EventDraft {
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
 * Buckets a report can be merged in: same type and an actor in common are required, and dates must share
 * their year (or, for a conflict, lie within a few days, which can cross a year boundary).
 */
function bucketKeys(c: EventCandidate): string[] {
  const year = Number(c.date.start.slice(0, 4));
  const years = c.date.precision === 'day' ? [year - 1, year, year + 1] : [year];
  return years.flatMap((y) => c.actors.map((a) => `${c.type}\u0000${y}\u0000${a}`));
}

/** A report's place for the place index: its location's name, '' when it names none. */
function placeKey(c: EventCandidate): string {
  return c.location === null ? '' : `\u0000${c.location.name}`;
}

function addTo(index: Map<string, Cluster[]>, key: string, cl: Cluster): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [cl]);
  else list.push(cl);
}

/**
 * Greedy clustering in a fixed order: a report joins the earliest-made event every member of which it matches.
 * Clusters are indexed by type, year and actor, so each report is compared with a few candidates, not all.
 *
 * A report that names a place can only join a cluster whose every member names that place or none, so its first
 * member does too: such reports look clusters up in a second index that adds the first member's place to the key
 * (its own place, and none). In a large corpus a type, year and actor bucket holds hundreds of clusters at other
 * places, and scanning them was most of the refiners' time; the clusters the second index skips could never
 * match, so the result is the same.
 */
export const mergeSameEvent: Refiner = (ctx, drafts) => {
  const candidates = drafts.flatMap((d) => d.sources).sort(byPosition);
  const clusters: Cluster[] = [];
  const index = new Map<string, Cluster[]>();
  const byPlace = new Map<string, Cluster[]>();
  for (const c of candidates) {
    const keys = bucketKeys(c);
    const place = placeKey(c);
    let home: Cluster | undefined;
    const consider = (list: readonly Cluster[] | undefined): void => {
      for (const cl of list ?? []) {
        if ((home === undefined || cl.index < home.index) && cl.members.every((m) => relationOf(m, c) !== null))
          home = cl;
      }
    };
    for (const key of keys) {
      if (place === '') consider(index.get(key));
      else {
        consider(byPlace.get(key + place));
        consider(byPlace.get(key));
      }
    }
    if (home === undefined) {
      const own = `${c.type}\u0000${c.date.start.slice(0, 4)}`;
      const cl: Cluster = { index: clusters.length, members: [c], conflict: false };
      clusters.push(cl);
      for (const a of c.actors) {
        const key = `${own}\u0000${a}`;
        addTo(index, key, cl);
        addTo(byPlace, key + place, cl);
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
