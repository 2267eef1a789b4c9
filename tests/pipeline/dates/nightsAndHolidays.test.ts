/**
 * Date words a wire story uses for the night before it was filed, for "that night" after a dated clause, and for
 * holidays on a fixed day; and the tense of a date after a reporting verb whose reported clause is in the future.
 * Sentences written for these rules.
 */
import { describe, expect, it } from 'vitest';
import { mentionOf, mentions, summary } from './sentences.ts';

describe('overnight', () => {
  it('is the publication day when the sentence gives no other date', () => {
    expect(summary(mentionOf('Troops raided the creeks around Okerenkoko overnight.', '2006-01-16', 'overnight'))).toBe(
      '2006-01-16 day point',
    );
    expect(summary(mentionOf('Two policemen died in an overnight ambush near Gao.', '2019-05-03', 'overnight'))).toBe(
      '2019-05-03 day point',
    );
  });

  it('gives way to a date of its own in the sentence', () => {
    const texts = [
      'Fighting continued overnight on Friday near Bakhmut.',
      'Jets bombed rebel camps overnight, the ministry said on Sunday.',
      'The army said on Saturday it had taken the plant after overnight fighting.',
    ];
    for (const text of texts) expect(mentions(text, '2023-07-09').map((m) => m.text)).not.toContain('overnight');
  });
});

describe('that night', () => {
  it('is the day of the date before it', () => {
    const text = 'The rebels left Goma early on Sunday, and that night attacked the army base at Sake.';
    expect(summary(mentionOf(text, '2024-03-12', 'that night'))).toBe('2024-03-10 day point');
    const morning = 'Militias shelled Kadugli on 3 June. That morning aid workers left the town.';
    expect(summary(mentionOf(morning, '2011-06-10', 'That morning'))).toBe('2011-06-03 day point');
  });
});

describe('holidays on a fixed day', () => {
  it('are that day of the latest year by the publication date', () => {
    const text = 'The rebels seized four towns in the early hours of New Year’s Day.';
    expect(summary(mentionOf(text, '1994-01-03', 'New Year’s Day'))).toBe('1994-01-01 day point');
    expect(summary(mentionOf('Gunmen attacked a church on Christmas Eve.', '2011-01-02', 'Christmas Eve'))).toBe(
      '2010-12-24 day point',
    );
  });

  it('are the coming one in a future clause, and the stated year when one is written', () => {
    expect(summary(mentionOf('The truce will start on Christmas Day.', '2014-12-01', 'Christmas Day'))).toBe(
      '2014-12-25 day point',
    );
    expect(summary(mentionOf('The siege began on New Year’s Eve 1999.', '2004-05-01', 'New Year’s Eve'))).toBe(
      '1999-12-31 day point',
    );
  });

  it('leaves other uses of the words alone', () => {
    expect(mentions('Christmas celebrations were cancelled in Bethlehem.', '2023-12-10')).toEqual([]);
  });
});

describe('a date after a reporting verb whose reported clause looks ahead', () => {
  it('is read in the tense of the telling, not of the reported clause after "that"', () => {
    const text = 'Sassou Nguesso told French radio on Tuesday that he would form a government of national unity.';
    expect(summary(mentionOf(text, '1997-10-15', 'Tuesday'))).toBe('1997-10-14 day point');
    const said = 'The minister said on Friday that talks would resume in Geneva.';
    expect(summary(mentionOf(said, '2019-03-13', 'Friday'))).toBe('2019-03-08 day point');
  });

  it('stays in the future inside the reported clause', () => {
    expect(summary(mentionOf('He said that the army would attack on Friday.', '2019-03-13', 'Friday'))).toBe(
      '2019-03-15 day point',
    );
  });
});
