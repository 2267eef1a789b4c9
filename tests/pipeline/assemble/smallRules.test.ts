import { describe, expect, it } from 'vitest';
import { eventNounReferredTo, groupReference, mentionsEventNoun } from '../../../src/pipeline/assemble/anaphora.ts';
import { placeNounReferredTo } from '../../../src/pipeline/assemble/placeAnaphora.ts';
import { draftOf } from '../../../src/pipeline/assemble/candidate.ts';
import { eventDateOf } from '../../../src/pipeline/assemble/eventDate.ts';
import { toTimelineEvents } from '../../../src/pipeline/assemble/toTimelineEvent.ts';
import type { DateMention } from '../../../src/pipeline/types.ts';
import { candidate } from '../candidates.ts';

function mention(role: DateMention['role'], value: DateMention['value']): DateMention {
  return { start: 0, end: 1, text: 'x', value, role, resolvedAgainst: '', tags: [] };
}

describe('eventDateOf', () => {
  it('keeps since and by as qualifiers of the point date, and a range as start and end', () => {
    expect(eventDateOf(mention('point', { start: '2019-04', precision: 'month' }))).toEqual({
      start: '2019-04',
      precision: 'month',
    });
    expect(eventDateOf(mention('since', { start: '2019-04-02', precision: 'day' }))).toEqual({
      start: '2019-04-02',
      precision: 'day',
      qualifier: 'since',
    });
    expect(eventDateOf(mention('by', { start: '2019-04', precision: 'month' }))).toEqual({
      start: '2019-04',
      precision: 'month',
      qualifier: 'by',
    });
    expect(eventDateOf(mention('range', { start: '2011', end: '2013', precision: 'year' }))).toEqual({
      start: '2011',
      end: '2013',
      precision: 'year',
    });
    // A range whose end precedes its start is kept as its start only, never written backwards.
    expect(eventDateOf(mention('range', { start: '2013', end: '2011', precision: 'year' }))).toEqual({
      start: '2013',
      precision: 'year',
    });
  });
});

describe('back-references', () => {
  it('finds place nouns without a name after them', () => {
    expect(placeNounReferredTo('Militias later entered the strategic town by boat.')).toBe('town');
    expect(placeNounReferredTo('Militias entered the town of Hit.')).toBeNull();
    expect(placeNounReferredTo('Militias entered Hit.')).toBeNull();
  });

  it('finds event nouns introduced by a determiner or a possessive day', () => {
    expect(eventNounReferredTo('The raid, which took place at night, freed two hostages.')).toBe('raid');
    expect(eventNounReferredTo("Tuesday's bombing killed nine.")).toBe('bombing');
    expect(eventNounReferredTo('A raid freed two hostages.')).toBeNull();
    expect(mentionsEventNoun('Special forces carried out two raids overnight.', 'raid')).toBe(true);
  });

  it('finds a generic reference to an armed group', () => {
    const t = 'The army said the insurgents had left the valley.';
    const r = groupReference(t, { start: 0, end: t.length });
    expect(r === null ? null : t.slice(r.start, r.end)).toBe('the insurgents');
    expect(groupReference('The group of villages lies east.', { start: 0, end: 32 })).toBeNull();
  });
});

describe('toTimelineEvents', () => {
  it('orders events by date, sources by article and offset, and gives each source its own date only when it differs', () => {
    const late = draftOf(candidate({ article: 'b', at: 50, date: { start: '2012-05', precision: 'month' } }));
    const early = candidate({ article: 'z', at: 10, date: { start: '2011-03-04', precision: 'day' } });
    const coarse = candidate({ article: 'a', at: 90, date: { start: '2011-03', precision: 'month' } });
    const merged = { ...draftOf(early), sources: [early, coarse], dateConflict: true };
    const out = toTimelineEvents([late, merged]);
    expect(out.map((e) => e.date.start)).toEqual(['2011-03-04', '2012-05']);
    expect(out[0]?.sources.map((s) => s.article)).toEqual(['a', 'z']);
    expect(out[0]?.sources[0]?.date).toEqual({ start: '2011-03', precision: 'month' });
    expect(out[0]?.sources[1]?.date).toBeUndefined();
    expect(out[0]?.dateConflict).toBe(true);
    expect(out[1]?.dateConflict).toBeUndefined();
    expect(new Set(out.map((e) => e.id)).size).toBe(2);
  });
});
