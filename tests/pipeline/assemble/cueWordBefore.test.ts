import { describe, expect, it } from 'vitest';
import { isDestination, isLandmark, isOrigin } from '../../../src/pipeline/assemble/choosePlace.ts';
import { cueWordBefore } from '../../../src/pipeline/assemble/cueWordBefore.ts';
import { isHomePlace } from '../../../src/pipeline/assemble/placeHome.ts';
import { isVenue } from '../../../src/pipeline/assemble/placeVenue.ts';
import type { PlaceMention } from '../../../src/pipeline/types.ts';

/** A place mention of `name` where it first stands in `text`. */
function placeIn(text: string, name: string): PlaceMention {
  const start = text.indexOf(name);
  return {
    start,
    end: start + name.length,
    text: name,
    place: { name, kind: 'city', lat: 0, lon: 0, country: 'Syria', countryCode: 'SY', admin1: null },
  } as unknown as PlaceMention;
}

describe('cueWordBefore', () => {
  it('is the word before the white space before a place', () => {
    const text = 'The rebels fled from Aleppo';
    expect(cueWordBefore(text, text.indexOf('Aleppo'))).toBe('from');
  });

  it('steps over one "the", in any case', () => {
    const text = 'They withdrew from THE  Aleppo';
    expect(cueWordBefore(text, text.indexOf('Aleppo'))).toBe('from');
  });

  it('keeps punctuation that is part of the word, and reads any white space', () => {
    const text = 'near the border (towards\u00a0Aleppo';
    expect(cueWordBefore(text, text.indexOf('Aleppo'))).toBe('(towards');
  });

  it('is empty when no white space or no word stands before the place', () => {
    expect(cueWordBefore('Aleppo', 0)).toBe('');
    expect(cueWordBefore('to Aleppo', 0)).toBe('');
    expect(cueWordBefore('(Aleppo', 1)).toBe('');
    expect(cueWordBefore(' Aleppo', 1)).toBe('');
    expect(cueWordBefore(' the Aleppo', 5)).toBe('');
  });
});

describe('the place rules that read the cue word first', () => {
  it('still read what their whole pattern reads', () => {
    const cases: Array<[string, (text: string, p: PlaceMention) => boolean, boolean]> = [
      ['Hundreds of families fled from the Aleppo', isOrigin, true],
      ['The army left Aleppo', isOrigin, true],
      ['The army shelled Aleppo', isOrigin, false],
      ['The fighters moved their heavy weapons into Aleppo', isDestination, true],
      ['The convoy headed for the Aleppo', isDestination, true],
      ['The convoy struck Aleppo', isDestination, false],
      ['a village 20 km north of Aleppo', isLandmark, true],
      ['the road between Homs and Aleppo', isLandmark, true],
      ['the road in Aleppo', isLandmark, false],
      ['executed dozens of men from the Aleppo', isHomePlace, true],
      ['executed dozens of men in Aleppo', isHomePlace, false],
      ['the spokesman told reporters in Aleppo', isVenue, true],
      ['the army was in the Aleppo', isVenue, false],
    ];
    for (const [text, rule, expected] of cases) expect(rule(text, placeIn(text, 'Aleppo')), text).toBe(expected);
  });
});
