import { describe, expect, it } from 'vitest';
import { dayOfBareWeekday, yearOfBareMonth } from '../../../src/pipeline/dates/bareDates.ts';
import { parseCalendarDay } from '../../../src/pipeline/dates/calendarDay.ts';
import { yearOfRelativeMonth } from '../../../src/pipeline/dates/parsers/relativeMonthNameParser.ts';

const day = (s: string) => {
  const d = parseCalendarDay(s);
  if (!d) throw new Error(s);
  return d;
};
const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('yearOfBareMonth', () => {
  it.each([
    // month, day, tense, published, year
    [3, null, 'past', '2016-12-28', 2016],
    [3, null, 'past', '2017-02-03', 2016],
    [12, null, 'past', '2017-01-02', 2016],
    [12, null, 'past', '2016-12-01', 2016], // same month
    [12, 30, 'past', '2016-12-28', 2015], // same month, later day
    [12, 28, 'past', '2016-12-28', 2016], // the publication day itself
    [3, null, 'unknown', '2017-02-03', 2016],
    [3, null, 'future', '2016-12-28', 2017],
    [3, null, 'future', '2017-03-31', 2017],
    [1, 4, 'future', '2016-12-28', 2017],
    [12, 20, 'future', '2016-12-28', 2017],
    [2, null, 'present', '2016-12-28', 2017], // two months ahead is nearer than ten back
    [7, null, 'present', '2016-12-28', 2016], // five back is nearer than seven ahead
    [6, null, 'present', '2016-12-28', 2016], // a tie goes to the past
  ] as const)('month %s day %s, %s, published %s → %s', (month, d, tense, published, year) => {
    expect(yearOfBareMonth(month, d, tense, day(published))).toBe(year);
  });
});

describe('dayOfBareWeekday', () => {
  // 2019-03-15 is a Friday; 2017-01-01 a Sunday.
  it.each([
    [5, null, 'past', '2019-03-15', '2019-03-15'],
    [4, null, 'past', '2019-03-15', '2019-03-14'],
    [6, null, 'past', '2019-03-15', '2019-03-09'],
    [5, null, 'future', '2019-03-15', '2019-03-15'],
    [6, null, 'future', '2019-03-15', '2019-03-16'],
    [4, null, 'future', '2019-03-15', '2019-03-21'],
    [5, 'last', 'past', '2019-03-15', '2019-03-08'],
    [5, 'next', 'past', '2019-03-15', '2019-03-22'],
    [5, 'this', 'future', '2019-03-15', '2019-03-15'],
    [5, null, 'past', '2017-01-01', '2016-12-30'],
    [1, null, 'future', '2016-12-31', '2017-01-02'],
  ] as const)('weekday %s (%s, %s) published %s → %s', (weekday, modifier, tense, published, expected) => {
    expect(iso(dayOfBareWeekday(weekday, modifier, tense, day(published)))).toBe(expected);
  });
});

describe('yearOfRelativeMonth', () => {
  it.each([
    ['last', 6, 2015, 1, 2014],
    ['last', 6, 2016, 7, 2016],
    ['last', 6, 2016, 6, 2015],
    ['next', 3, 2016, 12, 2017],
    ['next', 3, 2017, 3, 2018],
    ['next', 5, 2017, 3, 2017],
    ['this', 3, 2017, 10, 2017],
  ] as const)('%s month %s from %s-%s → %s', (modifier, month, refYear, refMonth, year) => {
    expect(yearOfRelativeMonth(modifier, month, refYear, refMonth)).toBe(year);
  });
});
