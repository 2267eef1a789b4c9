import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  dateStringSpan,
  daysBetween,
  daysInMonth,
  endOfDateString,
  formatDateAt,
  isRealDay,
  noonUtcOf,
  parseCalendarDay,
  precisionOf,
  startOfDateString,
  weekdayOf,
} from '../../src/model/index.ts';

const utc = Date.UTC;

describe('the calendar module', () => {
  it('knows month lengths and leap years, Gregorian rules included', () => {
    expect([daysInMonth(2016, 2), daysInMonth(2015, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
    expect(daysInMonth(2015, 4)).toBe(30);
    expect(isRealDay(2015, 2, 29)).toBe(false);
    expect(isRealDay(2016, 2, 29)).toBe(true);
    expect(isRealDay(2016, 13, 1)).toBe(false);
    expect(parseCalendarDay('2015-04-31')).toBeNull();
    expect(parseCalendarDay('2015-04-30')).toEqual({ year: 2015, month: 4, day: 30 });
  });

  it('spans a year, a month or a day of UTC time, whatever the machine zone', () => {
    expect(dateStringSpan('2016')).toEqual([utc(2016, 0, 1), utc(2017, 0, 1)]);
    expect(dateStringSpan('2016-12')).toEqual([utc(2016, 11, 1), utc(2017, 0, 1)]);
    expect(dateStringSpan('2016-02-29')).toEqual([utc(2016, 1, 29), utc(2016, 2, 1)]);
    // Years 0–99 stay themselves (Date.UTC would read 0050 as 1950).
    expect(new Date(dateStringSpan('0050')[0]).getUTCFullYear()).toBe(50);
    expect(startOfDateString('2015-05').getTime()).toBe(utc(2015, 4, 1));
    expect(endOfDateString('2015-05-31').getTime()).toBe(utc(2015, 5, 1));
    expect(() => startOfDateString('2015-02-30')).toThrow(/not a date string/);
  });

  it('adds days and months across month and year ends, and names weekdays', () => {
    expect(addCalendarDays({ year: 2016, month: 12, day: 31 }, 1)).toEqual({ year: 2017, month: 1, day: 1 });
    expect(addCalendarMonths({ year: 2016, month: 1, day: 31 }, 1)).toEqual({ year: 2016, month: 2, day: 29 });
    expect(weekdayOf({ year: 2015, month: 5, day: 20 })).toBe(3); // a Wednesday
  });

  it('checks date strings and formats instants at a precision', () => {
    expect(['2016', '2016-12', '2016-02-29', '2015-02-29', '2016-13'].map(precisionOf)).toEqual([
      'year',
      'month',
      'day',
      null,
      null,
    ]);
    expect(formatDateAt(new Date(utc(2016, 11, 27, 23, 30)), 'day')).toBe('2016-12-27');
    expect(formatDateAt(new Date(utc(2016, 11, 27)), 'month')).toBe('2016-12');
  });
});

describe('days between and noon of a calendar day', () => {
  it('counts whole days across a leap day and a DST change of the machine zone, either way round', () => {
    expect(daysBetween({ year: 2016, month: 2, day: 28 }, { year: 2016, month: 3, day: 1 })).toBe(2);
    expect(daysBetween({ year: 2015, month: 2, day: 28 }, { year: 2015, month: 3, day: 1 })).toBe(1);
    // 2016-03-13 is the spring-forward day in America/Los_Angeles: still one whole day to the next.
    expect(daysBetween({ year: 2016, month: 3, day: 13 }, { year: 2016, month: 3, day: 14 })).toBe(1);
    expect(daysBetween({ year: 1970, month: 1, day: 1 }, { year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(daysBetween({ year: 1970, month: 1, day: 1 }, { year: 2000, month: 1, day: 1 })).toBe(10_957);
  });

  it('gives noon UTC of the day as a plain Date, years 0–99 included', () => {
    const noon = noonUtcOf({ year: 2016, month: 12, day: 28 });
    expect(noon.constructor).toBe(Date);
    expect(noon.toISOString()).toBe('2016-12-28T12:00:00.000Z');
    expect(noonUtcOf({ year: 50, month: 3, day: 1 }).toISOString()).toBe('0050-03-01T12:00:00.000Z');
  });
});
