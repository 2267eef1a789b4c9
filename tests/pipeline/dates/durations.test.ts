import { describe, expect, it } from 'vitest';
import { mentions } from './sentences.ts';

const REFERENCES = ['2017-09-09', '2017-01-01', '2020-02-29', '2023-07-09'];
const texts = (sentence: string, published = '2017-09-09'): string[] =>
  mentions(sentence, published).map((m) => m.text);

describe('durations are not dates', () => {
  it.each([
    'Government troops broke a three-year siege of the city.',
    'The convoy has been stranded for nearly ten days.',
    'The convoy has been stranded almost ten days.',
    'The encounter lasted two hours.',
    'After months of attacks, the garrison surrendered.',
    'Aid has been blocked for months.',
    'Thousands have fled in recent months.',
    'The town was shelled for 3 days.',
    'Rebels vowed to retake the city within two weeks.',
    'The ceasefire has held over the past month.',
    'A 10-day truce and a four-day offensive followed.',
    'The 24-hour ceasefire expired.',
  ])('%s → no mention', (sentence) => {
    // A year turn, a leap day and a Sunday: no reference may turn these words into a date.
    for (const published of REFERENCES) expect(texts(sentence, published)).toEqual([]);
  });

  it('a date in the same sentence as a duration is still found', () => {
    expect(texts('After a three-year siege, the army entered the city on September 5.')).toEqual(['September 5']);
    expect(texts('The convoy, stranded for almost ten days, moved on Aug. 31.')).toEqual(['Aug. 31']);
    expect(texts('In recent months, and again on Monday, jets struck the depot.', '2017-09-13')).toEqual(['Monday']);
  });
});
