import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventDate, EventType } from '../../../src/model/index.ts';
import { draftOf, type EventCandidate, type EventDraft } from '../../../src/pipeline/assemble/candidate.ts';
import { dateRelation, mergeSameEvent, relationOf } from '../../../src/pipeline/refiners/mergeSameEvent.ts';
import type { RefinerContext } from '../../../src/pipeline/refiners/refiner.ts';
import { candidate } from '../candidates.ts';

const ctx: RefinerContext = { references: new Map(), note: () => undefined };

describe('dateRelation', () => {
  it('matches dates that contain one another, whatever their precision', () => {
    expect(dateRelation({ start: '2011-08', precision: 'month' }, { start: '2011-08-20', precision: 'day' })).toBe(
      'same',
    );
    expect(dateRelation({ start: '2011', precision: 'year' }, { start: '2011-08', precision: 'month' })).toBe('same');
    expect(
      dateRelation({ start: '2011-07', precision: 'month' }, { start: '2011-08-20', precision: 'day' }),
    ).toBeNull();
  });

  it('calls close day-precise dates a conflict, and far ones different', () => {
    expect(dateRelation({ start: '2011-08-20', precision: 'day' }, { start: '2011-08-22', precision: 'day' })).toBe(
      'conflict',
    );
    expect(
      dateRelation({ start: '2011-08-20', precision: 'day' }, { start: '2011-08-30', precision: 'day' }),
    ).toBeNull();
  });

  it('keeps qualifiers and ranges apart', () => {
    expect(
      dateRelation({ start: '2011-08', precision: 'month', qualifier: 'by' }, { start: '2011-08', precision: 'month' }),
    ).toBeNull();
    expect(
      dateRelation({ start: '2011', end: '2012', precision: 'year' }, { start: '2011', precision: 'year' }),
    ).toBeNull();
  });
});

describe('mergeSameEvent', () => {
  it('merges the same event from two articles into one with both sources and the finer date', () => {
    const a = candidate({ article: 'one', date: { start: '2011-08', precision: 'month' } });
    const b = candidate({ article: 'two', date: { start: '2011-08-20', precision: 'day' } });
    const out = mergeSameEvent(ctx, [draftOf(a), draftOf(b)]);
    expect(out).toHaveLength(1);
    expect(out[0]?.date).toEqual({ start: '2011-08-20', precision: 'day' });
    expect(out[0]?.sources).toHaveLength(2);
    expect(out[0]?.dateConflict).toBe(false);
  });

  it('keeps a date disagreement as one event marked as a conflict, with the better supported date', () => {
    const a = candidate({ article: 'one', date: { start: '2011-08-20', precision: 'day' } });
    const b = candidate({ article: 'two', date: { start: '2011-08-21', precision: 'day' } });
    const c = candidate({ article: 'three', date: { start: '2011-08-21', precision: 'day' } });
    const out = mergeSameEvent(ctx, [draftOf(a), draftOf(b), draftOf(c)]);
    expect(out).toHaveLength(1);
    expect(out[0]?.dateConflict).toBe(true);
    expect(out[0]?.date.start).toBe('2011-08-21');
  });

  it('does not merge different places, types, actors, or two clauses of one sentence', () => {
    const base = { date: { start: '2011-08', precision: 'month' as const } };
    const a = candidate({ ...base, article: 'one' });
    expect(
      relationOf(
        a,
        candidate({
          ...base,
          article: 'two',
          location: { name: 'Derna', lat: 0, lon: 0, country: 'Libya', countryCode: 'LY', admin1: null },
        }),
      ),
    ).toBeNull();
    expect(relationOf(a, candidate({ ...base, article: 'two', type: 'airstrike' }))).toBeNull();
    expect(relationOf(a, candidate({ ...base, article: 'two', actors: ['Libyan army'] }))).toBeNull();
    const sameSentence = candidate({
      ...base,
      article: 'one',
      sentence: a.sentence,
      clause: { start: a.sentence.start + 5, end: a.sentence.end },
    });
    expect(relationOf(a, sameSentence)).toBeNull();
  });

  it("never merges events of type 'other', and merges a placeless report only with the same actors", () => {
    const base = { date: { start: '2011-08', precision: 'month' as const } };
    expect(relationOf(candidate({ ...base, type: 'other' }), candidate({ ...base, type: 'other' }))).toBeNull();
    const placeless = candidate({ ...base, article: 'two', location: null });
    expect(relationOf(candidate({ ...base, article: 'one' }), placeless)).toBe('same');
    expect(relationOf(candidate({ ...base, article: 'one', actors: ['ISIL', 'Libyan army'] }), placeless)).toBeNull();
  });

  it('does not call a date disagreement inside one article a conflict', () => {
    const a = candidate({ article: 'one', date: { start: '2011-08-20', precision: 'day' } });
    const b = candidate({ article: 'one', date: { start: '2011-08-21', precision: 'day' } });
    expect(mergeSameEvent(ctx, [draftOf(a), draftOf(b)])).toHaveLength(2);
  });
});

/**
 * The rule mergeSameEvent implements, read plainly: in source order, a report joins the earliest-made event every
 * member of which it matches, else starts one. Quadratic: the refiner's indexes must find the same home.
 */
function mergeByScanningAll(drafts: readonly EventDraft[]): string[][] {
  const clusters: EventCandidate[][] = [];
  const ordered = drafts
    .flatMap((d) => d.sources)
    .sort(
      (a, b) =>
        (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
        a.sentence.start - b.sentence.start ||
        a.clause.start - b.clause.start,
    );
  for (const c of ordered) {
    const home = clusters.find((members) => members.every((m) => relationOf(m, c) !== null));
    if (home === undefined) clusters.push([c]);
    else home.push(c);
  }
  return clusters.map((members) => members.map(where).sort());
}

const where = (c: EventCandidate): string => `${c.article}:${c.sentence.start}`;

describe('mergeSameEvent on many reports', () => {
  const places = [null, 'Sirte', 'Derna', 'Misrata'].map((name) =>
    name === null ? null : { name, lat: 0, lon: 0, country: 'Libya', countryCode: 'LY', admin1: null },
  );
  const dates: EventDate[] = [
    { start: '2011', precision: 'year' },
    { start: '2011-08', precision: 'month' },
    { start: '2011-08-20', precision: 'day' },
    { start: '2011-08-22', precision: 'day' },
    // Three and four days from the 20th and the 22nd: the edges of a date conflict, which the date index must find.
    { start: '2011-08-17', precision: 'day' },
    { start: '2011-08-26', precision: 'day' },
    { start: '2011-12-31', precision: 'day' },
    { start: '2012-01-02', precision: 'day' },
    { start: '2012-01', precision: 'month' },
  ];
  const report = fc.record({
    article: fc.constantFrom('a', 'b', 'c', 'd'),
    at: fc.integer({ min: 0, max: 40 }),
    type: fc.constantFrom<EventType>('capture', 'airstrike', 'other'),
    actors: fc.subarray(['ISIL', 'Libyan army', 'Misrata brigades'], { minLength: 1 }),
    place: fc.nat({ max: places.length - 1 }),
    date: fc.nat({ max: dates.length - 1 }),
  });

  it('groups exactly as scanning every event made so far (places, placeless reports, year edges)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(report, { minLength: 1, maxLength: 40, selector: (r) => `${r.article}:${r.at}` }),
        (rs) => {
          const drafts = rs.map((r) =>
            draftOf(
              candidate({
                article: r.article,
                at: r.at * 100,
                type: r.type,
                actors: r.actors,
                location: places[r.place] ?? null,
                date: dates[r.date] as EventDate,
              }),
            ),
          );
          const merged = mergeSameEvent(ctx, drafts).map((d) => d.sources.map(where).sort());
          expect(merged.sort()).toEqual(mergeByScanningAll(drafts).sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
