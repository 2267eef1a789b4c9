import { describe, expect, it } from 'vitest';
import { mentionOf, mentions, summary } from './sentences.ts';

describe('"last <Month>": the most recent such month strictly before the publication month', () => {
  const s = 'The militants overran the garrison last June.';
  it.each([
    ['2015-01-02', '2014-06'], // across the year turn
    ['2016-07-10', '2016-06'], // the month before
    ['2016-06-20', '2015-06'], // written in June: the June before
    ['2016-05-01', '2015-06'],
  ])('published %s → %s', (published, expected) => {
    expect(summary(mentionOf(s, published, 'last June'))).toBe(`${expected} month point`);
  });

  it('works on the last day of a month (chrono would imply Nov. 31 from Aug. 31)', () => {
    expect(summary(mentionOf('Qatar withdrew its troops last November.', '2016-08-31', 'last November'))).toBe(
      '2015-11 month point',
    );
    expect(summary(mentionOf('The truce collapsed late last month.', '2017-03-31', 'late last month'))).toBe(
      '2017-02 month point',
    );
  });

  it('"next March" and "this March"', () => {
    expect(summary(mentionOf('Elections are due next March.', '2016-12-28', 'next March'))).toBe('2017-03 month point');
    expect(summary(mentionOf('Elections are due next March.', '2017-03-10', 'next March'))).toBe('2018-03 month point');
    expect(summary(mentionOf('The talks collapsed this March.', '2017-03-10', 'this March'))).toBe(
      '2017-03 month point',
    );
  });

  it('does not include the sentence-final period in the expression', () => {
    expect(mentionOf('The militants overran the garrison last June.', '2015-01-02', 'last June').text).toBe(
      'last June',
    );
  });
});

describe('periods relative to publication', () => {
  it.each([
    ['Rebels lost the airport earlier this year.', 'earlier this year', '2017-01-02', '2017 year point'],
    ['Rebels lost the airport earlier this year.', 'earlier this year', '2016-12-28', '2016 year point'],
    ['The truce collapsed late last month.', 'late last month', '2017-01-02', '2016-12 month point'],
    ['The truce collapsed late last month.', 'late last month', '2016-12-28', '2016-11 month point'],
    ['The truce collapsed last year.', 'last year', '2017-01-02', '2016 year point'],
    ['Aid will arrive later this month.', 'later this month', '2020-02-29', '2020-02 month point'],
    ['The army will withdraw next year.', 'next year', '2018-12-31', '2019 year point'],
    ['Insurgents took the city at the start of the year.', 'the start of the year', '2014-06-12', '2014 year point'],
    ['Earlier in the year, the army retreated.', 'Earlier in the year', '2015-01-02', '2015 year point'],
    ['Talks will resume by the end of the month.', 'the end of the month', '2014-06-12', '2014-06 month by'],
  ])('%s (published %s)', (sentence, expr, published, expected) => {
    const m = mentionOf(sentence, published, expr);
    expect(m.text).toBe(expr);
    expect(summary(m)).toBe(expected);
  });

  it('"yesterday" is the day before publication, across a year turn', () => {
    expect(summary(mentionOf('A car bomb exploded yesterday in the market.', '2017-01-01', 'yesterday'))).toBe(
      '2016-12-31 day point',
    );
  });

  it('"Yesterday" right after a dateline is a date', () => {
    expect(
      summary(mentionOf('BAGHDAD (AP) — Yesterday, officials announced a new campaign.', '2019-05-17', 'Yesterday')),
    ).toBe('2019-05-16 day point');
  });

  it('"today" in lower case is the publication day; "Today" inside a name is not a date', () => {
    expect(summary(mentionOf('The envoy arrives today.', '2016-12-28', 'today'))).toBe('2016-12-28 day point');
    expect(mentions('The op-ed ran in USA Today and was widely shared.', '2016-12-28')).toEqual([]);
  });

  it('"three days ago" counts back from publication', () => {
    expect(summary(mentionOf('The hostages were freed three days ago.', '2017-01-02', 'three days ago'))).toBe(
      '2016-12-30 day point',
    );
  });
});

// Decision: a week is a Monday-to-Sunday day range. "this week" runs from the publication week's Monday to the
// publication day (news reports what has happened), or from the publication day to Sunday in a future clause.
describe('weeks and weekends as day ranges', () => {
  it('"this week" in a past clause: Monday to the publication day, across a year turn', () => {
    expect(summary(mentionOf('The two sides signed a pact this week.', '2015-01-02', 'this week'))).toBe(
      '2014-12-29..2015-01-02 day range',
    );
  });

  it('"this week" in a future clause: the publication day to Sunday', () => {
    expect(summary(mentionOf('Ministers will meet this week.', '2016-12-28', 'this week'))).toBe(
      '2016-12-28..2017-01-01 day range',
    );
  });

  it('"this week" published on a Monday is that day', () => {
    expect(summary(mentionOf('Aid convoys reached the town this week.', '2017-01-02', 'this week'))).toBe(
      '2017-01-02..2017-01-02 day range',
    );
  });

  it('"last week" is the whole previous week', () => {
    expect(summary(mentionOf('Clashes erupted last week.', '2016-12-28', 'last week'))).toBe(
      '2016-12-19..2016-12-25 day range',
    );
    expect(summary(mentionOf('Clashes erupted last week.', '2017-01-02', 'last week'))).toBe(
      '2016-12-26..2017-01-01 day range',
    );
  });

  it('"over the weekend" is the latest weekend before publication', () => {
    expect(summary(mentionOf('Drones struck the base over the weekend.', '2017-01-02', 'the weekend'))).toBe(
      '2016-12-31..2017-01-01 day range',
    );
    expect(summary(mentionOf('Drones struck the base over the weekend.', '2023-07-09', 'the weekend'))).toBe(
      '2023-07-08..2023-07-09 day range',
    );
  });

  it('"the past week" and "the year since" are spans, not dates', () => {
    expect(mentions('Fighting has intensified over the past week.', '2016-12-28')).toEqual([]);
    expect(mentions('In the year since, 300 people died.', '2016-12-28')).toEqual([]);
  });
});
