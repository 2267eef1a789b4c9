import { describe, expect, it } from 'vitest';
import { mentionOf, summary } from './sentences.ts';

describe('bare weekday', () => {
  const past = 'Gunmen attacked a checkpoint on Friday, police said.';
  it.each([
    ['2023-07-09', '2023-07-07'], // Sunday story: two days before
    ['2019-03-15', '2019-03-15'], // Friday story: that Friday
    ['2017-01-02', '2016-12-30'], // Monday after a year turn: back into the old year
    ['2020-02-29', '2020-02-28'], // leap day
  ])('resolves backwards by default (published %s → %s)', (published, expected) => {
    expect(summary(mentionOf(past, published, 'Friday'))).toBe(`${expected} day point`);
  });

  const future = 'The two delegations will meet on Friday in Astana.';
  it.each([
    ['2016-12-28', '2016-12-30'], // Wednesday → coming Friday
    ['2019-03-15', '2019-03-15'], // Friday story: the day itself
    ['2018-12-31', '2019-01-04'], // across the year turn
  ])('moves forwards in future tense (published %s → %s)', (published, expected) => {
    expect(summary(mentionOf(future, published, 'Friday'))).toBe(`${expected} day point`);
  });

  it('"last Friday" is strictly before, "next Friday" strictly after', () => {
    expect(summary(mentionOf('The shelling began last Friday.', '2019-03-15', 'last Friday'))).toBe(
      '2019-03-08 day point',
    );
    expect(summary(mentionOf('Talks resume next Friday.', '2019-03-15', 'next Friday'))).toBe('2019-03-22 day point');
  });

  it('reads a weekday without "on" and a possessive weekday', () => {
    expect(summary(mentionOf('Rebels shelled the town Monday night.', '2015-01-02', 'Monday'))).toBe(
      '2014-12-29 day point',
    );
    expect(summary(mentionOf("Tuesday's raid killed four.", '2015-01-02', 'Tuesday'))).toBe('2014-12-30 day point');
  });

  it('"on Sunday" in a Sunday story is that day', () => {
    expect(
      summary(mentionOf('The ministry announced on Sunday that the siege had ended.', '2023-07-09', 'Sunday')),
    ).toBe('2023-07-09 day point');
  });

  it('says the weekday was read against the publication date', () => {
    expect(mentionOf(past, '2023-07-09', 'Friday').resolvedAgainst).toBe('published 2023-07-09');
  });

  describe('weekday ranges', () => {
    it.each([
      ['2023-07-09', '2023-07-07..2023-07-09'], // Sunday story: this Friday to today
      ['2023-07-11', '2023-07-07..2023-07-09'], // Tuesday story: the days just past
      ['2017-01-02', '2016-12-30..2017-01-01'], // across the year turn
    ])('"from Friday to Sunday" in a past clause (published %s → %s)', (published, expected) => {
      expect(summary(mentionOf('Clashes raged from Friday to Sunday.', published, 'Friday'))).toBe(
        `${expected} day range`,
      );
    });

    it('"between Monday and Wednesday" on a Tuesday is last week in a past clause', () => {
      expect(summary(mentionOf('Fighting continued between Monday and Wednesday.', '2023-07-11', 'Monday'))).toBe(
        '2023-07-03..2023-07-05 day range',
      );
    });

    it('a future clause starts on the next such day', () => {
      expect(summary(mentionOf('Talks will run from Thursday to Saturday.', '2023-07-11', 'Thursday'))).toBe(
        '2023-07-13..2023-07-15 day range',
      );
    });
  });
});
