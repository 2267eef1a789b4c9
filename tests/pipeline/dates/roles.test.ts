import { describe, expect, it } from 'vitest';
import { mentionOf, summary } from './sentences.ts';

describe('roles', () => {
  it.each([
    ['2016-12-28', '2016-12-15'],
    ['2017-01-04', '2016-12-15'], // across the year turn
    ['2016-12-15', '2016-12-15'], // the publication day itself
  ])('"since Dec. 15" is the start of an ongoing state (published %s → %s)', (published, expected) => {
    const m = mentionOf('Since Dec. 15, coalition jets have hit supply lines around the city.', published, 'Dec. 15');
    expect(summary(m)).toBe(`${expected} day since`);
    expect(m.tags).toContain('since');
  });

  it('"by Dec. 12" is a deadline, resolved backwards in a past clause across a year turn', () => {
    expect(summary(mentionOf('The rebels had lost the district by Dec. 12.', '2017-01-03', 'Dec. 12'))).toBe(
      '2016-12-12 day by',
    );
  });

  it('"by early March" and "no later than June 1" are deadlines too', () => {
    expect(summary(mentionOf('The army had cleared the road by early March.', '2018-05-02', 'March'))).toBe(
      '2018-03 month by',
    );
    expect(summary(mentionOf('Troops must leave no later than June 1.', '2018-05-02', 'June 1'))).toBe(
      '2018-06-01 day by',
    );
  });

  it('"by" that is not right before the date does not make a deadline', () => {
    expect(summary(mentionOf('The town was captured by the militia on Oct. 3.', '2018-10-10', 'Oct. 3'))).toBe(
      '2018-10-03 day point',
    );
  });

  it('"since" as a conjunction before a clause does not make the date a start', () => {
    expect(
      summary(mentionOf('It was the worst defeat since rebels captured the city in 2014.', '2016-01-01', '2014')),
    ).toBe('2014 year point');
  });
});
