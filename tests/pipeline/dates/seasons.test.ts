import { describe, expect, it } from 'vitest';
import { mentionOf, mentions, summary } from './sentences.ts';

describe('seasons as month ranges', () => {
  it.each([
    ['The group seized the town last summer.', 'last summer', '2015-07-10', '2014-06..2014-08 month range'], // in summer
    ['The group seized the town last summer.', 'last summer', '2015-10-10', '2015-06..2015-08 month range'],
    ['Snow cut the road last winter.', 'last winter', '2015-10-10', '2014-12..2015-02 month range'],
    ['Snow cut the road last winter.', 'last winter', '2016-01-05', '2014-12..2015-02 month range'], // year turn
    ['The army will attack next spring.', 'next spring', '2015-07-10', '2016-03..2016-05 month range'],
    ['Fighting eased this winter.', 'this winter', '2015-03-10', '2014-12..2015-02 month range'],
    ['The offensive in the summer of 2014 failed.', 'the summer of 2014', '2016-01-01', '2014-06..2014-08 month range'],
    ['In winter 2015 the roads froze.', 'winter 2015', '2016-06-01', '2015 year point'],
  ])('%s (published %s)', (sentence, expr, published, expected) => {
    const m = mentionOf(sentence, published, expr);
    expect(m.text).toBe(expr);
    expect(summary(m)).toBe(expected);
  });

  it('a bare "in the summer" gives no date', () => {
    expect(mentions('Talks failed in the summer.', '2015-07-10')).toEqual([]);
  });
});
