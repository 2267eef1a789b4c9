import { describe, expect, it } from 'vitest';
import { mentionOf, summary } from './sentences.ts';

// The year of a month written without one is decided by the clause's tense and the publication date, never by
// chrono's forward/backward default.
describe('bare month: tense decides the year', () => {
  const pastLater = 'Government troops had driven the insurgents out of the port in October.';
  it.each([
    ['2016-12-28', '2016-10 month point'], // month earlier than publication: same year
    ['2017-02-03', '2016-10 month point'], // month later than publication: previous year (year turn)
    ['2017-10-20', '2017-10 month point'], // same month: same year
  ])('past tense, published %s → %s', (published, expected) => {
    expect(summary(mentionOf(pastLater, published, 'October'))).toBe(expected);
  });

  const future = 'The parliament will vote on the agreement in March.';
  it.each([
    ['2016-12-28', '2017-03 month point'], // next occurrence across the year turn
    ['2017-01-02', '2017-03 month point'],
    ['2017-03-09', '2017-03 month point'], // this month
    ['2017-04-01', '2018-03 month point'],
  ])('future tense, published %s → %s', (published, expected) => {
    expect(summary(mentionOf(future, published, 'March'))).toBe(expected);
  });

  it('uses the day as well: a past day later than publication in the same month is last year', () => {
    const s = 'Militants shelled the camp on Dec. 30.';
    expect(summary(mentionOf(s, '2016-12-28', 'Dec. 30'))).toBe('2015-12-30 day point');
    expect(summary(mentionOf(s, '2017-01-02', 'Dec. 30'))).toBe('2016-12-30 day point');
    expect(summary(mentionOf('Militants shelled the camp on Dec. 20.', '2016-12-28', 'Dec. 20'))).toBe(
      '2016-12-20 day point',
    );
  });

  it('a future day earlier in the year than publication is next year', () => {
    expect(summary(mentionOf('The envoy will arrive on Jan. 4.', '2016-12-28', 'Jan. 4'))).toBe('2017-01-04 day point');
  });

  it('no tense cue reads as past (news reports what happened)', () => {
    expect(summary(mentionOf('In November, a new round of shelling.', '2021-01-01', 'November'))).toBe(
      '2020-11 month point',
    );
  });

  it('present tense takes the nearer occurrence', () => {
    expect(summary(mentionOf('The elections are in February.', '2016-12-28', 'February'))).toBe('2017-02 month point');
    expect(summary(mentionOf('The offensive is now in its tenth month since July.', '2016-12-28', 'July'))).toBe(
      '2016-07 month since',
    );
  });

  it('"the end of December" and "late December" stay months (no invented 31st)', () => {
    expect(summary(mentionOf('The army began its push at the end of December.', '2016-01-13', 'December'))).toBe(
      '2015-12 month point',
    );
    expect(summary(mentionOf('In late December, rebels retreated.', '2016-01-13', 'December'))).toBe(
      '2015-12 month point',
    );
  });

  it('"Sept. 30 last year", "March this year": the relative year belongs to the date', () => {
    const m = mentionOf('Russia started its air campaign on Sept. 30 last year.', '2016-01-13', 'Sept. 30');
    expect(m.text).toBe('Sept. 30 last year');
    expect(summary(m)).toBe('2015-09-30 day point');
    expect(summary(mentionOf('The fighting eased in February this year.', '2016-01-13', 'February'))).toBe(
      '2016-02 month point',
    );
    expect(summary(mentionOf('The vote is set for Jan. 4 next year.', '2016-12-28', 'Jan. 4'))).toBe(
      '2017-01-04 day point',
    );
  });

  it('keeps month precision: the year from the reference does not raise it', () => {
    expect(mentionOf('Rebels had retaken the hill in August.', '2019-03-15', 'August').value).toEqual({
      start: '2018-08',
      precision: 'month',
    });
  });

  it('reads abbreviated months with dots and day-month order', () => {
    expect(summary(mentionOf('Shelling resumed on Sept. 5.', '2017-09-09', 'Sept. 5'))).toBe('2017-09-05 day point');
    expect(summary(mentionOf('Fighting broke out on Aug. 29.', '2017-09-09', 'Aug. 29'))).toBe('2017-08-29 day point');
    expect(summary(mentionOf('The bridge was destroyed on 9 July 2023.', '2023-07-12', '9 July 2023'))).toBe(
      '2023-07-09 day point',
    );
    expect(summary(mentionOf('The bridge was destroyed on 9 July.', '2024-01-05', '9 July'))).toBe(
      '2023-07-09 day point',
    );
  });

  it('keeps a stated year as written whatever the tense', () => {
    expect(summary(mentionOf('Elections will be held in May 2015.', '2016-12-28', 'May 2015'))).toBe(
      '2015-05 month point',
    );
    expect(mentionOf('The town fell on June 3, 2014.', '2016-12-28', 'June 3, 2014').resolvedAgainst).toBe(
      'stated in full',
    );
  });

  describe('a year stated earlier in the same sentence carries to a bare month', () => {
    it('a later month takes the stated year', () => {
      const m = mentionOf('The war began on Feb. 24, 2022, and by March the front had stalled.', '2023-10-20', 'March');
      expect(summary(m)).toBe('2022-03 month by');
      expect(m.resolvedAgainst).toBe('Feb. 24, 2022, earlier in the sentence');
    });

    it('an earlier month is the year after (the story moves forward)', () => {
      expect(
        summary(mentionOf('In November 2015 the siege began and by February it was over.', '2017-01-02', 'February')),
      ).toBe('2016-02 month by');
    });

    it('a bare year carries too', () => {
      expect(
        summary(mentionOf('In 2014 rebels took the town, and in March they lost it.', '2016-12-28', 'March')),
      ).toBe('2014-03 month point');
    });

    it('not in a future clause, and not past publication', () => {
      expect(
        summary(mentionOf('Troops took the city in May 2015 and will leave in December.', '2016-06-01', 'December')),
      ).toBe('2016-12 month point');
      expect(
        summary(mentionOf('The town fell in November 2016, and in February it was retaken.', '2016-12-28', 'February')),
      ).toBe('2016-02 month point');
    });

    it('not from an earlier sentence', () => {
      const text = 'The city first fell in May 2015. On Dec. 27, officials confirmed new talks.';
      expect(summary(mentionOf(text, '2016-12-28', 'Dec. 27'))).toBe('2016-12-27 day point');
    });
  });
});
