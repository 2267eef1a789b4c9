import { describe, expect, it } from 'vitest';
import {
  numericOrderOf,
  readPublishedDate,
  settleReading,
  type PublishedReading,
} from '../../src/pipeline/input/readPublishedDate.ts';

const dateOf = (value: string): string | null => {
  const r = readPublishedDate(value);
  return r.kind === 'date' ? r.date : null;
};

describe('readPublishedDate', () => {
  it('reads the forms people write', () => {
    const forms: [string, string][] = [
      ['2023-04-14', '2023-04-14'],
      ['14 April 2023', '2023-04-14'],
      ['14 Apr 2023', '2023-04-14'],
      ['14th April 2023', '2023-04-14'],
      ['April 14, 2023', '2023-04-14'],
      ['Apr 14, 2023', '2023-04-14'],
      ['Apr. 14, 2023', '2023-04-14'],
      ['Sept. 4, 2023', '2023-09-04'],
      ['Friday, April 14, 2023', '2023-04-14'],
      ['  April   14, 2023 ', '2023-04-14'],
      ['2023/04/14', '2023-04-14'],
    ];
    for (const [value, date] of forms) expect(dateOf(value), value).toBe(date);
  });

  it('takes an ISO 8601 date-time with a zone on its date in that zone', () => {
    // 23:30 in New York is already the 15th in UTC: the article was published on the 14th where it was written.
    expect(dateOf('2023-04-14T23:30:00-05:00')).toBe('2023-04-14');
    expect(dateOf('2023-04-14T23:30:00-0500')).toBe('2023-04-14');
    expect(dateOf('2023-04-15T01:30:00+09:00')).toBe('2023-04-15');
    expect(dateOf('2023-04-14T23:30:00.123Z')).toBe('2023-04-14');
    expect(dateOf('2023-04-14 08:00:00+05:30')).toBe('2023-04-14');
    // No zone: the wall-clock date as written, whatever TZ the run has (tests run in America/Los_Angeles).
    expect(dateOf('2023-04-14T00:30:00')).toBe('2023-04-14');
    expect(dateOf('2023-04-14T25:00:00Z')).toBeNull();
  });

  it('reads RFC 2822 dates, numeric and named zones, in their zone', () => {
    expect(dateOf('Fri, 14 Apr 2023 10:00:00 GMT')).toBe('2023-04-14');
    expect(dateOf('Fri, 14 Apr 2023 23:00:00 -0500')).toBe('2023-04-14');
    expect(dateOf('Fri, 14 Apr 2023 23:00:00 EST')).toBe('2023-04-14');
    expect(dateOf('14 Apr 2023 10:00 +0200')).toBe('2023-04-14');
    expect(dateOf('Fri, 14 Apr 2023 10:00:00 XYZ')).toBeNull();
  });

  it('refuses what is not a real date, or not a whole date', () => {
    for (const bad of [
      '',
      '2023-02-29',
      '2023-13-01',
      'April 31, 2023',
      'April 2023',
      '2023',
      'yesterday',
      '14/04',
      'April 14, 2023 and more',
    ]) {
      expect(readPublishedDate(bad), bad).toEqual({ kind: 'unreadable' });
    }
  });

  it('returns both readings of a numeric date, and one when only one is a real date', () => {
    expect(readPublishedDate('04/05/2023')).toEqual({
      kind: 'numeric',
      dayFirst: '2023-05-04',
      monthFirst: '2023-04-05',
    });
    expect(readPublishedDate('25.04.2023')).toEqual({ kind: 'numeric', dayFirst: '2023-04-25', monthFirst: null });
    expect(readPublishedDate('04-25-2023')).toEqual({ kind: 'numeric', dayFirst: null, monthFirst: '2023-04-25' });
    expect(readPublishedDate('31/31/2023')).toEqual({ kind: 'unreadable' });
  });
});

describe('numeric day/month order', () => {
  const r = (v: string): PublishedReading => readPublishedDate(v);

  it('is settled by another date of the file whose day is above 12', () => {
    expect(numericOrderOf([r('04/05/2023'), r('25/04/2023')])).toBe('day-first');
    expect(numericOrderOf([r('04/05/2023'), r('04/25/2023')])).toBe('month-first');
    expect(settleReading(r('04/05/2023'), 'day-first')).toEqual({ ok: true, date: '2023-05-04' });
    expect(settleReading(r('04/05/2023'), 'month-first')).toEqual({ ok: true, date: '2023-04-05' });
  });

  it('stays ambiguous when nothing settles it, or the file settles it both ways', () => {
    expect(numericOrderOf([r('04/05/2023'), r('2023-04-25'), r('05/06/2023')])).toBeNull();
    expect(numericOrderOf([r('25/04/2023'), r('04/25/2023')])).toBeNull();
    const settled = settleReading(r('04/05/2023'), null);
    expect(settled.ok).toBe(false);
    expect(!settled.ok && settled.why).toMatch(/ambiguous \(2023-05-04 day first, 2023-04-05 month first\)/);
    // A one-way reading needs no order.
    expect(settleReading(r('25/04/2023'), 'month-first')).toEqual({ ok: true, date: '2023-04-25' });
  });
});
