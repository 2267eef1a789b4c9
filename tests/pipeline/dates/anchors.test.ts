import { describe, expect, it } from 'vitest';
import { mentionOf, mentions, summary } from './sentences.ts';

describe('expressions anchored to a named event', () => {
  const text =
    'Insurgents seized Tal Afar on June 9 after a week of fighting. ' +
    'The governor fled to the capital. ' +
    'Four days after the fall of Tal Afar, militants reached the outskirts of Sinjar.';

  it('finds the dated sentence by the anchor’s name and offsets from it', () => {
    const m = mentionOf(text, '2014-06-20', 'Four days after');
    expect(m.text).toBe('Four days after the fall of Tal Afar');
    expect(summary(m)).toBe('2014-06-13 day point');
    expect(m.resolvedAgainst).toContain('June 9 (2014-06-09)');
    expect(m.tags).toContain('anchor:named');
  });

  it('works with a possessive anchor and across a month end and a year turn', () => {
    const t =
      'Government troops stormed Qaryatayn on Dec. 30. ' +
      'The army said it controlled the road. ' +
      'Three days after Qaryatayn’s capture, the militants counterattacked.';
    expect(summary(mentionOf(t, '2017-01-05', 'Three days after'))).toBe('2017-01-02 day point');
  });

  it('prefers a day-precise anchor over a nearer sentence that only gives a year', () => {
    const t =
      'The militia took control of Hit on April 4. ' +
      'The loss of Hit was the worst since the group captured Baiji in 2014. ' +
      'Two days after the capture of Hit, aid groups left the area.';
    expect(summary(mentionOf(t, '2015-04-20', 'Two days after'))).toBe('2015-04-06 day point');
  });

  it('prefers the dated sentence where the anchor word stands next to the date', () => {
    const t =
      'Jets struck a camp in the north on Saturday. ' +
      'The strike came after militants released a video of hostages seized in their 7 October attack. ' +
      'On 8 October, a day after the attack, the militia on the border opened fire.';
    expect(summary(mentionOf(t, '2023-12-10', 'a day after the attack'))).toBe('2023-10-08 day point');
  });

  it('does not take the anchor phrase’s own words as evidence in its own sentence', () => {
    const t = 'The army attacked on Wednesday, Oct. 9, three days after the president announced the pullout.';
    expect(mentions(t, '2019-10-14').map((m) => m.text)).toEqual(['Wednesday, Oct. 9']);
  });

  it('gives no date when the anchor event is not dated in the text', () => {
    const t = 'The mayor resigned. Two days after the election, the protests resumed.';
    expect(mentions(t, '2019-05-01')).toEqual([]);
  });

  it('uses a date written as the anchor: "two days after May 17"', () => {
    const m = mentionOf('The town fell two days after May 17, when the dam was lost.', '2015-05-25', 'two days after');
    expect(m.text).toBe('two days after May 17');
    expect(summary(m)).toBe('2015-05-19 day point');
  });

  it('"a week before the vote" counts back', () => {
    const t = 'Voters went to the polls on March 12. A week before the vote, gunmen attacked a rally.';
    expect(summary(mentionOf(t, '2018-03-15', 'A week before'))).toBe('2018-03-05 day point');
  });

  it('a date anywhere in the anchor phrase is the anchor: "a day after the vote on Sunday"', () => {
    const m = mentionOf('Protests erupted a day after the vote on Sunday.', '2023-07-12', 'a day after');
    expect(m.text).toBe('a day after the vote on Sunday');
    expect(summary(m)).toBe('2023-07-10 day point');
    expect(m.resolvedAgainst).toBe('Sunday (2023-07-09)');
  });

  it('"hours after" a dated event is that day; the phrase runs through abbreviations', () => {
    const m = mentionOf(
      'The blast came hours after the U.S.-led coalition struck the town on Oct. 9.',
      '2023-10-20',
      'hours after',
    );
    expect(m.text).toBe('hours after the U.S.-led coalition struck the town on Oct. 9');
    expect(summary(m)).toBe('2023-10-09 day point');
  });

  it('"for three days after the attack" is a duration, not a date', () => {
    const t = 'Jets bombed the bridge on May 3. The road stayed closed for three days after the attack.';
    expect(mentions(t, '2018-05-10').map((m) => m.text)).toEqual(['May 3']);
  });
});

describe('expressions relative to the previous dated mention', () => {
  const text = 'Rebels shelled the airport on Friday. Loyalist forces had attacked the rebel camp a day earlier.';
  it.each([
    ['2023-07-09', '2023-07-06'], // Sunday story
    ['2019-03-15', '2019-03-14'], // Friday story: Friday is the publication day
    ['2017-01-02', '2016-12-29'], // across a year turn
  ])('"a day earlier" (published %s → %s)', (published, expected) => {
    const m = mentionOf(text, published, 'a day earlier');
    expect(summary(m)).toBe(`${expected} day point`);
    expect(m.resolvedAgainst).toMatch(/^Friday \(\d{4}-\d{2}-\d{2}\), earlier in the text$/);
  });

  it('"earlier in the day" and "later that day" take the nearest preceding day', () => {
    const t =
      'The agency announced on Sunday that the talks had failed. ' +
      'The strike, which took place on Thursday, hit a depot. ' +
      'Two fighters were killed earlier in the day. Later that day the ministry denied it.';
    expect(summary(mentionOf(t, '2023-07-09', 'earlier in the day'))).toBe('2023-07-06 day point');
    expect(summary(mentionOf(t, '2023-07-09', 'Later that day'))).toBe('2023-07-06 day point');
  });

  it('"two days later", "the next day", "the day before" offset from the previous day', () => {
    const t = 'The siege began on Oct. 30. Two days later the water was cut. The next day the town surrendered.';
    expect(summary(mentionOf(t, '2016-11-10', 'Two days later'))).toBe('2016-11-01 day point');
    // "the next day" follows the nearest previous day-precise mention, itself resolved from the text
    expect(summary(mentionOf(t, '2016-11-10', 'The next day'))).toBe('2016-11-02 day point');
    const u = 'The deal was signed on Jan. 1. The day before, both sides had exchanged prisoners.';
    expect(summary(mentionOf(u, '2017-01-03', 'The day before'))).toBe('2016-12-31 day point');
  });

  it('"hours later" is the same day; 36 hours later is the next day', () => {
    const t = 'Jets struck the depot on Dec. 31. Hours later, rebels fired rockets. 36 hours later the town fell.';
    expect(summary(mentionOf(t, '2017-01-05', 'Hours later'))).toBe('2016-12-31 day point');
    expect(summary(mentionOf(t, '2017-01-05', '36 hours later'))).toBe('2017-01-01 day point');
  });

  it('"the day before yesterday" is not read as the day before the previous date', () => {
    const t = 'The siege began on Oct. 30. He left the day before yesterday.';
    expect(mentions(t, '2016-11-10').map((m) => m.value.start)).not.toContain('2016-10-29');
  });

  it('counts from the previous event date, not from a start ("since") or a deadline ("by")', () => {
    const t =
      'Troops entered the town on Oct. 3. Since Oct. 13, jets have struck the road. Two days later, the bridge fell.';
    expect(summary(mentionOf(t, '2018-12-19', 'Two days later'))).toBe('2018-10-05 day point');
  });

  it('skips coarser mentions when looking for a day', () => {
    const t =
      'The group rose in 2013 and took the city on Aug. 4 2014. In 2015 it was weakened, and a day later it lost its leader.';
    expect(summary(mentionOf(t, '2016-01-01', 'a day later'))).toBe('2014-08-05 day point');
  });

  it('falls back to the publication day when nothing precedes', () => {
    const m = mentionOf('Two soldiers died earlier in the day, the ministry said.', '2022-06-15', 'earlier in the day');
    expect(summary(m)).toBe('2022-06-15 day point');
    expect(m.resolvedAgainst).toBe('published 2022-06-15');
  });

  it('"the year before" counts back a year from the previous date', () => {
    const t = 'Rebels lost the town on May 2, 2016. The year before, they had held the whole valley.';
    expect(summary(mentionOf(t, '2017-01-01', 'The year before'))).toBe('2015 year point');
  });

  it('"the following month" and "a year later" keep the unit’s precision', () => {
    const t =
      'The offensive started on March 3, 2016. The following month the front collapsed. A year later the war ended.';
    expect(summary(mentionOf(t, '2018-01-01', 'The following month'))).toBe('2016-04 month point');
    expect(summary(mentionOf(t, '2018-01-01', 'A year later'))).toBe('2017 year point');
  });
});
