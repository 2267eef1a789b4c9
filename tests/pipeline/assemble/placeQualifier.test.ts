/**
 * Places that qualify someone (placeQualifier.ts) and a town the event was near, finer than its country
 * (choosePlace.ts). Sentences written for these rules, in several countries; negatives included.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './places.ts';

describe('a place that qualifies an office or a party is not the scene', () => {
  it("places an abduction near a town, not in the state of the victim's office", () => {
    const text = 'Gunmen abducted a former Oaxaca governor from his ranch near Tlaxiaco on Sunday.';
    expect(placesOf(text, '2003-05-12')).toEqual(['Tlaxiaco']);
  });

  it('keeps the place of an office when the sentence names nothing else', () => {
    const text = 'Gunmen shot dead the Kandahar police chief on Sunday.';
    expect(placesOf(text, '2018-10-22')).toEqual(['Kandahār']);
  });

  it('does not place a deal at the capital it was signed with', () => {
    const text = 'A faction of the rebels signed a peace deal with Bamako in 2015.';
    expect(placesOf(text, '2020-01-10')).toEqual([null]);
  });

  it('keeps a place after "along with"', () => {
    const text = 'Jets bombed Saraqib along with Maarat al-Numan on Sunday.';
    expect(placesOf(text, '2019-12-23')[0]).not.toBeNull();
  });
});

describe('a town the event was near is finer than the country the clause names', () => {
  it('takes the town after "near the border pass of" over the country', () => {
    const text = 'Shells landed inside Thailand near the border pass of Chong Sa-ngam on Wednesday.';
    expect(placesOf(text, '1998-03-27')).toEqual(['Chong Sa-ngam']);
  });

  it('takes the town after "near" over the province it lies in', () => {
    const text = 'Rebels shelled army posts in Kachin State near Laiza on Monday.';
    expect(placesOf(text, '2012-12-31')).toEqual(['Laiza']);
  });

  it('keeps a named city before a town it is near', () => {
    const text = 'Rebels shelled Aleppo near Azaz on Monday.';
    expect(placesOf(text, '2016-02-15')).toEqual(['Aleppo']);
  });
});
