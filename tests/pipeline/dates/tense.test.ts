import { describe, expect, it } from 'vitest';
import { tenseAround } from '../../../src/pipeline/dates/tense.ts';

function tenseOf(sentence: string, expression: string): string {
  const at = sentence.indexOf(expression);
  if (at < 0) throw new Error(`"${expression}" not in "${sentence}"`);
  return tenseAround(sentence, at, at + expression.length);
}

describe('tenseAround', () => {
  it.each([
    ['The militia had pushed into the valley in April.', 'April', 'past'],
    ['Rebels seized the crossing in April, officials said.', 'April', 'past'],
    ['The convoy was ambushed in April.', 'April', 'past'],
    ['Troops took the ridge in April.', 'April', 'past'],
    ['Parliament will vote on the deal in April.', 'April', 'future'],
    ['The ministry is expected to announce the results in April.', 'April', 'future'],
    ['The army plans to launch the offensive in April.', 'April', 'future'],
    ['Talks are scheduled for April.', 'April', 'future'],
    ['The minister said the troops would leave in April.', 'April', 'future'],
    ['The ceasefire remains in force until April.', 'April', 'present'],
    ['In April.', 'April', 'unknown'],
  ])('%s → %s is %s', (sentence, expression, tense) => {
    expect(tenseOf(sentence, expression)).toBe(tense);
  });

  it('prefers a cue in the same clause over a nearer one across a comma', () => {
    const s = 'While the army had recaptured the town in April, the rebels will return in August.';
    expect(tenseOf(s, 'April')).toBe('past');
    expect(tenseOf(s, 'August')).toBe('future');
  });

  it('does not take names and adjectives ending in -ed for past verbs', () => {
    expect(tenseOf('United Nations envoy Ahmed Saleh visits Aleppo in June.', 'June')).toBe('unknown');
    expect(tenseOf('An Iran-backed militia in June.', 'June')).toBe('unknown');
  });

  it('reads a passive after a modal or "will be" as not past', () => {
    expect(tenseOf('The dam will be repaired in June.', 'June')).toBe('future');
    expect(tenseOf('Elections will be held in June.', 'June')).toBe('future');
    expect(tenseOf('Elections were held in June.', 'June')).toBe('past');
  });

  it('reads the capitalised month "May" before a past verb as the month, not the modal', () => {
    expect(tenseOf('The coalition in May captured the airfield.', 'May')).toBe('past');
  });
});
