import { describe, expect, it } from 'vitest';
import type { AnchorCandidate } from '../../../src/pipeline/dates/anchorLookup.ts';
import { EarlierMentions, MAX_ANCHOR_CANDIDATES } from '../../../src/pipeline/dates/earlierMentions.ts';
import type { DateMention } from '../../../src/pipeline/types.ts';

function mention(at: number, start: string, role: DateMention['role'] = 'point'): AnchorCandidate {
  const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
  return {
    sentence: 'x',
    sentenceStart: at,
    mention: {
      start: at,
      end: at + 1,
      text: start,
      value: { start, precision },
      role,
      resolvedAgainst: 'stated in full',
      tags: [],
    },
  };
}

describe('EarlierMentions', () => {
  it('keeps the latest point date at each precision, skipping ranges, starts and coarser dates', () => {
    const earlier = new EarlierMentions();
    const day = mention(0, '2020-03-03');
    const month = mention(10, '2020-04');
    const since = mention(20, '2020-05-05', 'since');
    for (const c of [day, month, since]) earlier.add(c);
    expect(earlier.latestPoint('day')).toBe(day);
    expect(earlier.latestPoint('month')).toBe(month);
    expect(earlier.latestPoint('year')).toBe(month);
    expect(new EarlierMentions().latestPoint('day')).toBeUndefined();
  });

  it('lists every mention, and only the latest ones as anchor candidates', () => {
    const earlier = new EarlierMentions();
    const all = Array.from({ length: MAX_ANCHOR_CANDIDATES + 3 }, (_, i) => mention(i * 10, '2020-03-03'));
    for (const c of all) earlier.add(c);
    expect(earlier.all).toEqual(all);
    expect(earlier.recent()).toEqual(all.slice(3));
    expect(earlier.recent(2)).toEqual(all.slice(-2));
  });
});
