import { describe, expect, it } from 'vitest';
import { parseCalendarDay, formatDay } from '../../../src/pipeline/dates/calendarDay.ts';
import { weekRange, weekendRange } from '../../../src/pipeline/dates/weeks.ts';

const day = (s: string) =>
  parseCalendarDay(s) ??
  (() => {
    throw new Error(s);
  })();
const range = (r: { start: Parameters<typeof formatDay>[0]; end: Parameters<typeof formatDay>[0] }) =>
  `${formatDay(r.start)}..${formatDay(r.end)}`;

describe('weekRange', () => {
  it.each([
    ['this', 'past', '2016-12-28', '2016-12-26..2016-12-28'],
    ['this', 'future', '2016-12-28', '2016-12-28..2017-01-01'],
    ['this', 'past', '2017-01-01', '2016-12-26..2017-01-01'], // a Sunday ends its week
    ['last', 'past', '2017-01-02', '2016-12-26..2017-01-01'],
    ['next', 'future', '2016-12-28', '2017-01-02..2017-01-08'],
  ] as const)('%s week (%s), published %s → %s', (modifier, tense, published, expected) => {
    expect(range(weekRange(modifier, tense, day(published)))).toBe(expected);
  });
});

describe('weekendRange', () => {
  it.each([
    ['last', 'past', '2017-01-02', '2016-12-31..2017-01-01'], // Monday: the weekend just past
    ['last', 'past', '2017-01-01', '2016-12-31..2017-01-01'], // Sunday: this weekend
    ['last', 'past', '2016-12-31', '2016-12-24..2016-12-25'], // Saturday: the one before
    ['this', 'future', '2016-12-28', '2016-12-31..2017-01-01'],
    ['this', 'future', '2016-12-31', '2016-12-31..2017-01-01'], // Saturday: this weekend is today
    ['next', 'past', '2016-12-31', '2017-01-07..2017-01-08'], // Saturday: "next weekend" is the following one
  ] as const)('%s weekend (%s), published %s → %s', (modifier, tense, published, expected) => {
    expect(range(weekendRange(modifier, tense, day(published)))).toBe(expected);
  });
});
