import { describe, expect, it } from 'vitest';
import { isDateline } from '../../../src/pipeline/dates/datelines.ts';
import { mentionOf, summary } from './sentences.ts';

describe('datelines and captions', () => {
  it('reads a wire dateline and tags it', () => {
    const m = mentionOf('ALEPPO, Syria, Nov 3 (Reuters) - Rebels will try to break the siege.', '2016-11-04', 'Nov 3');
    expect(summary(m)).toBe('2016-11-03 day point');
    expect(m.tags).toContain('dateline');
  });

  it('resolves a dateline backwards even when the lead is in the future tense, across a year turn', () => {
    const m = mentionOf(
      'BAGHDAD, Dec 31 (AP) — Parliament will vote on the budget next month.',
      '2017-01-02',
      'Dec 31',
    );
    expect(summary(m)).toBe('2016-12-31 day point');
  });

  it('recognises the dateline shape only at the start of a sentence', () => {
    const s = 'MOSUL, Iraq, Oct 17 (AFP) - Troops advanced.';
    expect(isDateline(s, s.indexOf('Oct'), s.indexOf('Oct') + 6)).toBe(true);
    const t = 'Troops entered Mosul, Oct 17 - a turning point.';
    expect(isDateline(t, t.indexOf('Oct'), t.indexOf('Oct') + 6)).toBe(false);
  });

  it('reads a photo caption date with its year', () => {
    const m = mentionOf(
      'Fighters ride a truck near the border crossing on October 3, 2019 as part of the withdrawal',
      '2019-10-20',
      'October 3, 2019',
    );
    expect(summary(m)).toBe('2019-10-03 day point');
    expect(m.resolvedAgainst).toBe('stated in full');
  });
});
