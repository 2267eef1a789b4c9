/**
 * Which named place is the scene (choosePlace.ts, placeVenue.ts, placeAnaphora.ts): "near the village of X" and
 * "outside X" put the event at X; a possessive place locates the next one; a spokesman's place is where he
 * spoke; "the port" refers back to the port town. Sentences written for these rules; negatives included.
 */
import { describe, expect, it } from 'vitest';
import { choosePlace } from '../../../src/pipeline/assemble/choosePlace.ts';
import { isVenue } from '../../../src/pipeline/assemble/placeVenue.ts';
import { placeNounReferredTo } from '../../../src/pipeline/assemble/placeAnaphora.ts';
import type { PlaceMention } from '../../../src/pipeline/types.ts';
import { placeMention, placesOf } from './places.ts';

function at(text: string, name: string, kind: PlaceMention['place']['kind']): PlaceMention {
  const start = text.indexOf(name);
  return placeMention(name, kind, { start, end: start + name.length });
}

describe('"near the village of X", "outside X": the scene when the clause names nothing else', () => {
  it('takes the village after "near the village of" before looking elsewhere', () => {
    const text = 'Troops retook a hilltop post near the village of Dorbane on Thursday.';
    expect(choosePlace(text, [at(text, 'Dorbane', 'town')], [], [], false)?.text).toBe('Dorbane');
  });

  it('takes the town after "outside" before looking elsewhere', () => {
    const text = 'Rebels blew up a pylon outside Kelmora on Sunday.';
    expect(choosePlace(text, [at(text, 'Kelmora', 'town')], [], [], false)?.text).toBe('Kelmora');
  });

  it('keeps a bearing or a distance a landmark', () => {
    const text = 'Rebels blew up a pylon 20 km north of Kelmora on Sunday.';
    expect(choosePlace(text, [at(text, 'Kelmora', 'town')], [], [], false)).toBeNull();
    const country = 'Rebels fired shells from outside Chad.';
    expect(choosePlace(country, [at(country, 'Chad', 'country')], [], [], false)).toBeNull();
  });

  it('reads the event at the village after "near the village of" in a whole article', () => {
    expect(
      placesOf('Troops retook a hilltop post near the village of Dorbane in Eritrea on Thursday.', '2008-06-13'),
    ).toEqual(['Dorbane']);
  });
});

describe('a possessive place locates the next one', () => {
  it('takes the district after "Yala\'s", not the town the possessive names', () => {
    const text = "Gunmen shot a farmer in Yala's Kolok Mawi district on Thursday.";
    const places = [at(text, 'Yala', 'city'), at(text, 'Kolok Mawi', 'town')];
    expect(choosePlace(text, places)?.text).toBe('Kolok Mawi');
  });

  it('leaves a country before a possessive to specificity, and a plain list to the first', () => {
    const text = "Rebels attacked Indonesia's Papua province on Sunday.";
    expect(choosePlace(text, [at(text, 'Indonesia', 'country'), at(text, 'Papua', 'province')])?.text).toBe('Papua');
    const list = 'Militants seized Sirte and Derna.';
    expect(choosePlace(list, [at(list, 'Sirte', 'city'), at(list, 'Derna', 'city')])?.text).toBe('Sirte');
  });
});

describe('where a spokesman is', () => {
  it('reads "the spokesman in X" as where he spoke', () => {
    const text = 'Rebels burned schools across the region, the military spokesman in Kalmoro said.';
    expect(isVenue(text, at(text, 'Kalmoro', 'city'))).toBe(true);
  });

  it('does not read a place after other nouns and "in" as a venue', () => {
    const text = 'Rebels burned schools in Kalmoro, the military spokesman said.';
    expect(isVenue(text, at(text, 'Kalmoro', 'city'))).toBe(false);
  });
});

describe('"the port" refers back', () => {
  it('finds "port" behind a definite article, not before "of" nor without the article', () => {
    expect(placeNounReferredTo('troops arrested two men at the port on Monday')).toBe('port');
    expect(placeNounReferredTo('troops took the port of Kismayo')).toBeNull();
    expect(placeNounReferredTo('a port official said')).toBeNull();
  });
});

describe('where people come from is not the scene', () => {
  it('takes the scene over the home of "men from X"', () => {
    const text = 'Gunmen executed dozens of men from the Koral valley in Marvesh on Thursday.';
    expect(choosePlace(text, [at(text, 'Koral', 'region'), at(text, 'Marvesh', 'city')])?.text).toBe('Marvesh');
    const fighters = 'Fighters from Korvesh attacked Marvesh.';
    expect(choosePlace(fighters, [at(fighters, 'Korvesh', 'town'), at(fighters, 'Marvesh', 'town')])?.text).toBe(
      'Marvesh',
    );
  });

  it('keeps the home when the sentence names no other place', () => {
    const text = 'Gunmen executed dozens of men from Korvesh on Thursday.';
    expect(choosePlace(text, [at(text, 'Korvesh', 'town')])?.text).toBe('Korvesh');
  });

  it('does not read "from" after a verb as a home', () => {
    const text = 'Shells fired from Korvesh hit Marvesh.';
    const chosen = choosePlace(text, [at(text, 'Korvesh', 'town'), at(text, 'Marvesh', 'town')]);
    expect(chosen?.text).toBe('Korvesh');
  });
});
