/**
 * An event told in a "where" clause happened at the place the clause hangs on (placeRelative.ts), and a
 * statement's place of issue is a venue (placeVenue.ts). Sentences written for these rules; negatives included.
 */
import { describe, expect, it } from 'vitest';
import { isVenue } from '../../../src/pipeline/assemble/placeVenue.ts';
import { placeMention, placesOf } from './places.ts';

describe('"…, where" clauses', () => {
  it('places the event of a "where" clause at the place before it, past a landmark in apposition', () => {
    const text =
      'The unrest spread to Tamale from the village of Bimbilla, on the border with Togo, where rival clans clashed in March.';
    expect(placesOf(text, '2014-05-02')).toEqual(['Bimbilla']);
  });

  it('keeps the place a "where" clause names itself', () => {
    const text = 'Rebels retreated to Mopti, where they shelled the airport at Sévaré in March.';
    expect(placesOf(text, '2013-05-02')).toEqual(['Sévaré']);
  });

  it('reads no antecedent when the date is outside the "where" clause', () => {
    const text = 'Troops retook Mosul in March, where the rebels had their headquarters.';
    expect(placesOf(text, '2013-05-02')).toEqual(['Mosul']);
  });
});

describe('where a statement was issued', () => {
  it('reads "a declaration issued from X" as a venue', () => {
    const text = 'In a statement issued from the Sambisa forest, the group declared a caliphate.';
    const start = text.indexOf('Sambisa');
    expect(isVenue(text, placeMention('Sambisa', 'region', { start, end: start + 7 }))).toBe(true);
  });

  it('does not read "troops sent from X" as a venue', () => {
    const text = 'Troops sent from Maiduguri retook the town.';
    const start = text.indexOf('Maiduguri');
    expect(isVenue(text, placeMention('Maiduguri', 'city', { start, end: start + 9 }))).toBe(false);
  });
});
