import { describe, expect, it } from 'vitest';
import { inClosedAside } from '../../../src/pipeline/dates/calendarMention.ts';
import { mentionOf, mentions, summary } from './sentences.ts';

describe('a year stated in an aside does not date the main clause after it', () => {
  const s =
    'Syrian troops said on Monday that they had retaken Palmyra, which the militants captured in May 2015, ' +
    'after a push that started on March 7.';
  it.each([
    ['2016-03-28', '2016-03-07'], // the month of publication
    ['2016-04-02', '2016-03-07'], // the month before
    ['2017-01-03', '2016-03-07'], // across the year turn: past tense, a later month → the year before
  ])('published %s → %s', (published, expected) => {
    const m = mentionOf(s, published, 'March 7');
    expect(summary(m)).toBe(`${expected} day point`);
    expect(m.resolvedAgainst).not.toContain('May 2015');
    expect(summary(mentionOf(s, published, 'May 2015'))).toBe('2015-05 month point');
  });

  it('nor does a year in parentheses', () => {
    const t = 'The army entered Manbij (held by the group since June 2014) and took the silos on Aug. 12.';
    expect(summary(mentionOf(t, '2016-08-20', 'Aug. 12'))).toBe('2016-08-12 day point');
  });

  it('still carries a year within one clause', () => {
    const t = 'The siege began in January 2014 and the town fell on March 3.';
    expect(summary(mentionOf(t, '2016-06-01', 'March 3'))).toBe('2014-03-03 day point');
  });

  it('tells a closed aside from an open one', () => {
    const t = 'Rebels held Daraa, which fell in July 2018, until August 1.';
    const at = t.indexOf('August');
    expect(inClosedAside(t, t.indexOf('July 2018'), t.indexOf('July 2018') + 9, at)).toBe(true);
    const open = 'Rebels, which held Daraa in July 2018 and August 1';
    expect(inClosedAside(open, open.indexOf('July'), open.indexOf('July') + 9, open.indexOf('August'))).toBe(false);
  });
});

describe('an offset from an event the text does not date gives no date', () => {
  const s =
    'Kurdish fighters entered the eastern districts of Raqqa on Tuesday, two days after launching an assault ' +
    'on the northern suburbs.';
  it.each([['2017-06-08'], ['2017-06-06'], ['2018-01-02']])('published %s: only the weekday', (published) => {
    expect(mentions(s, published).map((m) => m.text)).toEqual(['Tuesday']);
  });

  it('a clause opened by a pronoun is an undated event too', () => {
    const t = 'Militants shelled the base on Sunday, a day after they lost the bridge.';
    expect(mentions(t, '2019-04-10').map((m) => m.text)).toEqual(['Sunday']);
  });

  it('but the event is dated when the text dates it elsewhere', () => {
    const t =
      'Government forces began bombarding the eastern Ghouta on Feb. 18. ' +
      'Rebels shelled Damascus on Saturday, a week after beginning the bombardment.';
    expect(summary(mentionOf(t, '2018-03-01', 'a week after'))).toBe('2018-02-25 day point');
  });

  it('"a day later" with no object still counts from the previous date', () => {
    const t = 'Jets struck Maarat al-Numan on Friday. A day later, rebels shelled Hama.';
    expect(summary(mentionOf(t, '2019-08-05', 'A day later'))).toBe('2019-08-03 day point');
  });
});

describe('vague periods are no dates', () => {
  it.each([
    ['Hundreds of fighters gave up their weapons in the following weeks.', '2019-03-23'],
    ['The militia withdrew in the following months.', '2020-01-01'],
    ['Talks are expected in the next weeks.', '2016-02-29'],
  ])('%s', (sentence, published) => {
    expect(mentions(sentence, published)).toEqual([]);
  });

  it('the singular is still a week', () => {
    expect(summary(mentionOf('They gave up the following week.', '2019-03-23', 'the following week'))).toBe(
      '2019-03-25..2019-03-31 day range',
    );
  });
});

describe('a sentence-initial month with a comma', () => {
  it.each([
    ['In July, coalition jets bombed the bridge at Qayyara.', '2016-09-26', '2016-07'],
    ['In November, militia fighters stormed the prison.', '2022-01-10', '2021-11'],
    ['In March, peshmerga retook the town.', '2017-03-02', '2017-03'],
  ])('%s (published %s) → %s', (sentence, published, expected) => {
    const found = mentions(sentence, published);
    expect(found.map(summary)).toEqual([`${expected} month point`]);
  });
});
