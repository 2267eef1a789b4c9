import { describe, expect, it } from 'vitest';
import { choosePlace, isDestination, isOrigin } from '../../../src/pipeline/assemble/choosePlace.ts';
import type { PlaceMention } from '../../../src/pipeline/types.ts';
import { placeMention, placesOf } from './places.ts';

function placeSpan(text: string, name: string): { start: number; end: number } {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
}

function city(text: string, name: string, kind: PlaceMention['place']['kind'] = 'city'): PlaceMention {
  return placeMention(name, kind, placeSpan(text, name));
}

describe('destinations and origins of movement', () => {
  it('reads the place after into/to/towards/for a movement verb as a destination', () => {
    for (const [text, name] of [
      ['The deal let the fighters move into Turkey.', 'Turkey'],
      ['Thousands of families fled to Lebanon.', 'Lebanon'],
      ['The convoy headed towards Albu Kamal.', 'Albu Kamal'],
      ['The militants were transported by bus to Idlib.', 'Idlib'],
      ['Most of the fighters left for Jarabulus.', 'Jarabulus'],
    ] as const)
      expect(isDestination(text, placeSpan(text, name))).toBe(true);
  });

  it('keeps places that are not reached by movement: sites, deployments, returns', () => {
    for (const [text, name] of [
      ['Rebels shelled Aleppo.', 'Aleppo'],
      ['Washington sent 200 more troops to Syria.', 'Syria'],
      ['Displaced families returned to Mosul.', 'Mosul'],
      ['The talks in Geneva led to nothing.', 'Geneva'],
    ] as const)
      expect(isDestination(text, placeSpan(text, name))).toBe(false);
  });

  it('reads both ends of a vehicle on its way as no scene, but a visit as its destination', () => {
    const text = 'Gunmen ambushed a bus travelling from Gusau to Sokoto near the village of Tumbaro on Monday.';
    expect(isOrigin(text, placeSpan(text, 'Gusau'))).toBe(true);
    expect(isDestination(text, placeSpan(text, 'Sokoto'))).toBe(true);
    const all = [city(text, 'Gusau'), city(text, 'Sokoto'), city(text, 'Tumbaro', 'town')];
    expect(choosePlace(text, all)?.text).toBe('Tumbaro');
    const bound = 'Rebels shelled a convoy bound for Goma.';
    expect(isDestination(bound, placeSpan(bound, 'Goma'))).toBe(true);
    const visit = 'The president travelled to Pretoria for talks on Wednesday.';
    expect(isDestination(visit, placeSpan(visit, 'Pretoria'))).toBe(false);
  });

  it('reads "withdrew from X" and "fled X" as origins', () => {
    const a = 'Kurdish fighters withdrew from Manbij.';
    expect(isOrigin(a, placeSpan(a, 'Manbij'))).toBe(true);
    const b = 'Hundreds fled Daraa overnight.';
    expect(isOrigin(b, placeSpan(b, 'Daraa'))).toBe(true);
    const c = 'Jets struck Raqqa.';
    expect(isOrigin(c, placeSpan(c, 'Raqqa'))).toBe(false);
  });

  it('never chooses a destination; prefers a named site over an origin; falls back to the origin alone', () => {
    const text = 'Under the deal struck in Daraya, the rebels moved from Moadamiyeh into Idlib.';
    const all = [city(text, 'Daraya', 'town'), city(text, 'Moadamiyeh', 'town'), city(text, 'Idlib')];
    expect(choosePlace(text, all)?.text).toBe('Daraya');
    expect(choosePlace(text, all.slice(1))?.text).toBe('Moadamiyeh');
    expect(choosePlace(text, all.slice(2))).toBeNull();
  });
});

describe('an event named only with a destination takes the established place', () => {
  it('takes the paragraph’s place', () => {
    const text =
      'Government forces besieged Daraya for four years.\n\nThe rebels in Daraya agreed to surrender on Friday. ' +
      'On Saturday, buses moved the fighters into Idlib province.';
    expect(placesOf(text, '2016-08-28').slice(-1)).toEqual(['Darayya']);
  });

  it('takes the article’s most-named place when the paragraph has none', () => {
    const text =
      'Clashes erupted in Manbij on Monday. Shelling hit Manbij again on Tuesday.\n\n' +
      'On Wednesday, the deal let the fighters move into Turkey.';
    expect(placesOf(text, '2016-10-20').slice(-1)).toEqual(['Manbij']);
  });

  it('leaves the place open when nothing was established', () => {
    expect(placesOf('On Wednesday, the deal let the fighters move into Turkey.', '2016-10-20')).toEqual([null]);
  });
});

describe('the place carried to a clause that names only a destination', () => {
  it('is the region a town was placed in, not the town itself', () => {
    const text =
      'Government troops shelled the Saraqib area in Idlib province on Monday.\n\n' +
      'On Tuesday, officials said the deal would move the fighters to Jarabulus.';
    expect(placesOf(text, '2016-10-20')).toEqual(['Saraqib', 'Idlib Governorate']);
  });

  it('stays the town when no containing area was named with it', () => {
    const text =
      'Government troops shelled Saraqib on Monday.\n\n' +
      'On Tuesday, officials said the deal would move the fighters to Jarabulus.';
    expect(placesOf(text, '2016-10-20')).toEqual(['Saraqib', 'Saraqib']);
  });
});
