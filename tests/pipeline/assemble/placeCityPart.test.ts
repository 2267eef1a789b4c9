/**
 * Parts of a city are reported at the city (placeCityPart.ts): "the X complex", "the X favela", "the Y district of
 * X". Sentences written for these rules, in several countries; negatives keep a city named after "district of",
 * and a part no city of its country is named for.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './places.ts';

describe('a part of a city is the city', () => {
  it('reports "the X complex" at the city the article is about', () => {
    const text =
      'Police raided two favelas in Recife on Monday, killing nine people. ' +
      'Gunmen shot dead a police officer in the Tororó complex on Friday.';
    expect(placesOf(text, '2024-03-12')).toEqual(['Recife', 'Recife']);
  });

  it('reports "the X favela" at the city the sentence names', () => {
    const text = 'Soldiers occupied the Vila Kennedy favela in Rio de Janeiro on Tuesday.';
    expect(placesOf(text, '2018-02-21')).toEqual(['Rio de Janeiro']);
  });

  it('keeps the part when the article names no city of its country', () => {
    const text = 'Gunmen shot dead a police officer in the Tororó complex in Brazil on Friday.';
    expect(placesOf(text, '2024-03-12')).toEqual(['Tororó']);
  });

  it('reports "the Kabul district of X" at the city before "district of"', () => {
    const text = 'A bomb exploded in a market in the Kabul district of Karte Seh on Sunday.';
    expect(placesOf(text, '2019-06-03')).toEqual(['Kabul']);
  });

  it('keeps a city named after "district of", whatever the name before it', () => {
    const text = 'Shells killed six people in the Gombe district of Kinshasa on Friday.';
    expect(placesOf(text, '1997-10-12')).toEqual(['Kinshasa']);
  });
});
