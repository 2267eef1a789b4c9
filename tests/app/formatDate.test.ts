import { describe, expect, it } from 'vitest';
import {
  formatDateString,
  formatEventDate,
  formatInstant,
  formatTick,
  tickLabels,
} from '../../src/app/core/formatDate.ts';

describe('date labels follow precision (formatted in UTC whatever the zone; tests run in Los Angeles)', () => {
  it('writes a day, a month and a year at their own precision', () => {
    expect(formatDateString('2015-05-20')).toBe('20 May 2015');
    expect(formatDateString('2016-03')).toBe('Mar 2016');
    expect(formatDateString('2015')).toBe('2015');
    // The first of a month is still a day: never confused with a month-precision date.
    expect(formatDateString('2019-01-01')).toBe('1 Jan 2019');
    // Three-letter months everywhere, September included (some English locales write "Sept").
    expect(formatDateString('2017-09-03')).toBe('3 Sep 2017');
    expect(formatDateString('2017-09')).toBe('Sep 2017');
    // Not a date string: shown as written rather than guessed at.
    expect(formatDateString('2017-02-30')).toBe('2017-02-30');
  });

  it('writes a window bound as the UTC day it falls on', () => {
    expect(formatInstant(Date.UTC(2016, 11, 27, 23, 59))).toBe('27 Dec 2016');
    expect(formatInstant(Date.UTC(2023, 5, 1))).toBe('1 Jun 2023');
  });

  it('labels ranges and qualifiers', () => {
    expect(formatEventDate({ start: '2015-06', end: '2015-08', precision: 'month' })).toBe('Jun – Aug 2015');
    expect(formatEventDate({ start: '2014-12-29', end: '2015-01-02', precision: 'day' })).toBe(
      '29 Dec 2014 – 2 Jan 2015',
    );
    expect(formatEventDate({ start: '2013', end: '2014', precision: 'year' })).toBe('2013 – 2014');
    expect(formatEventDate({ start: '2014-10', precision: 'month', qualifier: 'since' })).toBe('since Oct 2014');
    expect(formatEventDate({ start: '2021-07-04', precision: 'day', qualifier: 'by' })).toBe('by 4 Jul 2021');
  });

  it('labels ticks by the coarsest calendar boundary they fall on', () => {
    expect(formatTick(new Date(Date.UTC(2016, 0, 1)))).toBe('2016');
    expect(formatTick(new Date(Date.UTC(2016, 4, 1)))).toBe('May');
    expect(formatTick(new Date(Date.UTC(2016, 4, 17)))).toBe('17 May');
    expect(formatTick(new Date(Date.UTC(2016, 4, 17, 6)))).toBe('06:00');
    expect(formatTick(new Date(Date.UTC(2016, 4, 17, 18, 45)))).toBe('18:45');
    expect(formatTick(new Date(Date.UTC(2020, 8, 1)))).toBe('Sep');
  });
});

describe('tickLabels', () => {
  const utc = (...a: [number, number, number?, number?]) => new Date(Date.UTC(a[0], a[1], a[2] ?? 1, a[3] ?? 0));
  it('gives the first tick its year when the window has no year boundary ("Apr 2018 Jul Oct")', () => {
    expect(tickLabels([utc(2018, 3), utc(2018, 6), utc(2018, 9)])).toEqual(['Apr 2018', 'Jul', 'Oct']);
    expect(tickLabels([utc(2018, 3, 8), utc(2018, 3, 15)])).toEqual(['8 Apr 2018', '15 Apr']);
    expect(tickLabels([utc(2018, 3, 8, 6), utc(2018, 3, 8, 12)])).toEqual(['8 Apr 2018 06:00', '12:00']);
  });
  it('leaves a first tick that already is a year alone', () => {
    expect(tickLabels([utc(2018, 0), utc(2018, 6)])).toEqual(['2018', 'Jul']);
    expect(tickLabels([])).toEqual([]);
  });
});
