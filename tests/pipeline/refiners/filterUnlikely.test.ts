import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../src/pipeline/assemble/candidate.ts';
import {
  filterUnlikely,
  hasNoEventContent,
  isDuration,
  isImplausibleYear,
  isPublicationLine,
} from '../../../src/pipeline/refiners/filterUnlikely.ts';
import type { RefinerContext } from '../../../src/pipeline/refiners/refiner.ts';
import { candidate } from '../candidates.ts';

const ref = { date: '2020-06-10', basis: 'published' } as const;

function withMention(text: string) {
  return candidate({
    date: { start: '2020', precision: 'year' },
    mention: {
      start: 0,
      end: text.length,
      text,
      value: { start: '2020', precision: 'year' },
      role: 'point',
      resolvedAgainst: '',
      tags: [],
    },
  });
}

describe('filterUnlikely rules', () => {
  it('drops durations but keeps anchored spans of time', () => {
    expect(isDuration(withMention('a three-year'), ref)).not.toBeNull();
    expect(isDuration(withMention('nearly ten days'), ref)).not.toBeNull();
    expect(isDuration(withMention('for months'), ref)).toBeNull(); // no count: chrono would not date it anyway
    expect(isDuration(withMention('two days ago'), ref)).toBeNull();
    expect(isDuration(withMention('three days after the vote'), ref)).toBeNull();
    expect(isDuration(withMention('June 3'), ref)).toBeNull();
  });

  it('drops the bare publication date, not a dated report', () => {
    const published = candidate({
      date: { start: '2020-06-10', precision: 'day' },
      trigger: null,
      sentence: { start: 0, end: 26, text: 'Published June 10, 2020 by' },
    });
    expect(isPublicationLine(published, ref)).not.toBeNull();
    const report = candidate({
      date: { start: '2020-06-08', precision: 'day' },
      trigger: null,
      sentence: { start: 0, end: 30, text: 'A report published on June 8 said' },
    });
    expect(isPublicationLine(report, ref)).toBeNull();
  });

  it('drops a date with neither actor nor event word', () => {
    expect(
      hasNoEventContent(candidate({ date: { start: '2019', precision: 'year' }, trigger: null, actors: [] }), ref),
    ).not.toBeNull();
    expect(
      hasNoEventContent(candidate({ date: { start: '2019', precision: 'year' }, trigger: null, actors: ['UN'] }), ref),
    ).toBeNull();
  });

  it('drops years before 1900 or well after the article', () => {
    expect(isImplausibleYear(candidate({ date: { start: '1850', precision: 'year' } }), ref)).not.toBeNull();
    expect(isImplausibleYear(candidate({ date: { start: '2031', precision: 'year' } }), ref)).not.toBeNull();
    expect(isImplausibleYear(candidate({ date: { start: '2021-03', precision: 'month' } }), ref)).toBeNull();
  });

  it('returns a new array, notes each drop, and leaves its input alone', () => {
    const notes: string[] = [];
    const ctx: RefinerContext = { references: new Map([['art', ref]]), note: (m) => notes.push(m()) };
    const keep = draftOf(candidate({ date: { start: '2019', precision: 'year' } }));
    const drop = draftOf(candidate({ date: { start: '1850', precision: 'year' } }));
    const input = Object.freeze([keep, drop]);
    const out = filterUnlikely()(ctx, input);
    expect(out).toEqual([keep]);
    expect(input).toHaveLength(2);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/1850/);
  });
});
