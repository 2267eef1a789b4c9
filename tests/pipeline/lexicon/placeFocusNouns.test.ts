import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/pipeline/lexicon/index.ts';
import { isFocusNoun } from '../../../src/pipeline/lexicon/placeFocusNouns.ts';
import { placesOf } from '../assemble/places.ts';
import { lexicon } from './lexicon.ts';

/** [mention text, place name] of `sentence` read inside `article`. */
function mentions(sentence: string, article: string): [string, string][] {
  const start = article.indexOf(sentence);
  return findPlaces(lexicon(), article, { start, end: start + sentence.length }, article).map((m) => [
    m.text,
    m.place.name,
  ]);
}

const NIGER_STORY =
  'Soldiers patrolled Niamey and Agadez on Monday. Gunmen attacked a checkpoint near Tillaberi. ' +
  'A curfew was declared in the capital on Tuesday. France withdrew its troops from the country.';

describe('"the capital" and "the country" (placeFocusNouns.ts)', () => {
  it('reads them as the country the article is about and its capital', () => {
    expect(mentions('A curfew was declared in the capital on Tuesday.', NIGER_STORY)).toEqual([
      ['the capital', 'Niamey'],
    ]);
    expect(mentions('France withdrew its troops from the country.', NIGER_STORY)).toEqual([
      ['France', 'France'],
      ['the country', 'Niger'],
    ]);
  });

  it('reads "<Country>\'s capital" as that country\'s capital, whatever the article is about', () => {
    const text = "Protesters marched in Chad's capital on Friday.";
    expect(mentions(text, NIGER_STORY + ' ' + text)).toEqual([["Chad's capital", "N'Djamena"]]);
  });

  it('leaves a named capital, "the capital of …" and a possessive to the names', () => {
    const cases = [
      'Rebels shelled the capital Kinshasa on Friday.',
      'Rebels shelled the capital, Kinshasa, on Friday.',
      'Rebels took Wad Madani, the capital of Gezira state, on Monday.',
      "The ELN is the country's largest rebel group.",
      "Gunmen crossed into the country's south.",
    ];
    for (const text of cases)
      expect(mentions(text, NIGER_STORY + ' ' + text).map(([m]) => m)).not.toContain('the capital');
    for (const text of cases)
      expect(mentions(text, NIGER_STORY + ' ' + text).map(([m]) => m)).not.toContain('the country');
  });

  it('names nothing when no country leads the article', () => {
    const story = 'Talks in Paris and Berlin stalled. A curfew was declared in the capital on Tuesday.';
    expect(mentions('A curfew was declared in the capital on Tuesday.', story)).toEqual([]);
  });

  it('tells its mentions from named places', () => {
    expect(isFocusNoun({ text: 'the capital' })).toBe(true);
    expect(isFocusNoun({ text: "Mali's capital" })).toBe(true);
    expect(isFocusNoun({ text: 'Niamey' })).toBe(false);
    expect(isFocusNoun({ text: 'Capital Region' })).toBe(false);
  });

  it('places events there, below a place the sentence names, and "the city" refers to no such phrase', () => {
    const story =
      'Gangs stormed two prisons in Port-au-Prince and Cap-Haitien, Haiti, over the weekend. ' +
      'The government declared a state of emergency in the capital on Sunday. ' +
      'Members of a gang in the capital killed 20 people in Cabaret on Monday.';
    expect(placesOf(story, '2024-03-05')).toEqual(['Port-au-Prince', 'Port-au-Prince', 'Cabaret']);
  });
});
