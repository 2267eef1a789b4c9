import { describe, expect, it } from 'vitest';
import { mentionOf, mentions, summary } from './sentences.ts';

describe('bare years, year adjectives, spans and ranges', () => {
  it.each([
    ['The group was declared defeated in 2019.', '2019', '2019 year point'],
    ['Sanctions followed the 2014 annexation of the peninsula.', '2014', '2014 year point'],
    ['In 2011, protests spread to the south.', '2011', '2011 year point'],
    ['The dam has been held by the militia since 2013.', '2013', '2013 year since'],
    ['The base must be handed over by 2020.', '2020', '2020 year by'],
    ['The uprising peaked in mid-2012.', 'mid-2012', '2012 year point'],
    ['The militia was founded in the 1990s.', '1990s', '1990..1999 year range'],
    ['The drought of 2007-10 emptied the villages.', '2007-10', '2007..2010 year range'],
  ])('%s → %s', (sentence, expr, expected) => {
    const m = mentionOf(sentence, '2021-06-01', expr);
    expect(m.text).toBe(expr);
    expect(summary(m)).toBe(expected);
    expect(m.resolvedAgainst).toBe('stated in full');
  });

  it('"between 2013 and 2014" and "from 2013 to 2014" are ranges', () => {
    expect(
      summary(mentionOf('Arms were smuggled across the border between 2013 and 2014.', '2016-01-10', '2013')),
    ).toBe('2013..2014 year range');
    expect(summary(mentionOf('He led the council from 2013 to 2014.', '2016-01-10', '2013'))).toBe(
      '2013..2014 year range',
    );
  });

  it('month ranges take the stated year on both sides, and the year before for a start month after the end', () => {
    expect(summary(mentionOf('The siege lasted from March to May 2015.', '2016-01-10', 'March'))).toBe(
      '2015-03..2015-05 month range',
    );
    expect(summary(mentionOf('Snow closed the pass from November to February 2015.', '2016-01-10', 'November'))).toBe(
      '2014-11..2015-02 month range',
    );
    expect(summary(mentionOf('Convoys were blocked between March and May.', '2016-12-28', 'March'))).toBe(
      '2016-03..2016-05 month range',
    );
  });

  it('reads years and year ranges on a leap day (chrono would imply Feb. 29 of a common year)', () => {
    expect(summary(mentionOf('The town fell in 2015.', '2020-02-29', '2015'))).toBe('2015 year point');
    expect(summary(mentionOf('Arms flowed between 2013 and 2014.', '2020-02-29', '2013'))).toBe(
      '2013..2014 year range',
    );
  });

  it('a year after a temporal preposition is a year even before a plural noun', () => {
    expect(summary(mentionOf('In 2014 rebels took the town.', '2016-01-10', '2014'))).toBe('2014 year point');
  });

  it('keeps "in May 2015" at month precision', () => {
    expect(summary(mentionOf('The militants occupied the oasis in May 2015.', '2016-12-28', 'May 2015'))).toBe(
      '2015-05 month point',
    );
  });
});

describe('numbers that are not years', () => {
  it.each([
    'Some 2000 troops were sent to the front.',
    'The convoy carried 2000 refugees.',
    'The council adopted Resolution 2254 unanimously.',
    'The shelling began at 2100 hours.',
    'The ministry paid $2015 per family.',
    'Casualties rose by 2,014 over the winter.',
    'The drone flew at an altitude of 2000 metres.',
    'The death toll rose to 2014 overnight.',
  ])('%s', (sentence) => {
    // "Overnight" is a date of its own (nightsAndHolidays.test.ts); no number may be read as one.
    expect(mentions(sentence, '2016-12-28').filter((m) => /\d/.test(m.text))).toEqual([]);
  });
});
