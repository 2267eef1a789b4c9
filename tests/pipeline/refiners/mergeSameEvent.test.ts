import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../src/pipeline/assemble/candidate.ts';
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
        candidate({ ...base, article: 'two', location: { name: 'Derna', lat: 0, lon: 0, country: 'Libya' } }),
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
