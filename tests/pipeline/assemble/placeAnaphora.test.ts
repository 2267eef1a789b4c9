import { describe, expect, it } from 'vitest';
import {
  antecedentPlace,
  facilityNounReferredTo,
  facilityPlace,
} from '../../../src/pipeline/assemble/placeAnaphora.ts';
import { placeMention as mention, placesOf as placesIn } from './places.ts';

const placesOf = (text: string): (string | null)[] => placesIn(text, '2022-05-20');

describe('place nouns that refer back', () => {
  it('reads "the region" as the last region or province named, not a town named since', () => {
    const before = [mention('Donetsk Oblast', 'province'), mention('Kramatorsk', 'city')];
    expect(antecedentPlace('region', before)?.text).toBe('Donetsk Oblast');
    expect(antecedentPlace('city', before)?.text).toBe('Kramatorsk');
    expect(antecedentPlace('area', before)?.text).toBe('Kramatorsk');
    expect(antecedentPlace('region', [mention('Kramatorsk', 'city')])).toBeNull();
  });

  it('prefers the division the text introduced with the same noun to one named since', () => {
    const text = 'Troops were sent to the Chapare region. The governor of Cochabamba said talks failed.';
    const at = (name: string, kind: 'province' | 'region'): ReturnType<typeof mention> => {
      const start = text.indexOf(name);
      return mention(name, kind, { start, end: start + name.length });
    };
    const before = [at('Chapare', 'region'), at('Cochabamba', 'province')];
    expect(antecedentPlace('region', before, text)?.text).toBe('Chapare');
    // "the province" was introduced by neither: the last one that fits.
    expect(antecedentPlace('province', before, text)?.text).toBe('Cochabamba');
    // "the region of Chapare" introduces it too.
    const of = 'Troops were sent to the region of Chapare. The governor of Cochabamba said talks failed.';
    const ofBefore = [
      mention('Chapare', 'region', { start: of.indexOf('Chapare'), end: of.indexOf('Chapare') + 7 }),
      mention('Cochabamba', 'province', { start: of.indexOf('Cochabamba'), end: of.indexOf('Cochabamba') + 10 }),
    ];
    expect(antecedentPlace('region', ofBefore, of)?.text).toBe('Chapare');
  });

  it('never refers "the city" back to "the capital"', () => {
    const before = [mention('Wad Madani', 'city'), mention('the capital', 'city')];
    expect(antecedentPlace('city', before)?.text).toBe('Wad Madani');
  });

  it('reads "the region" in a story at the region introduced as such', () => {
    const text =
      'Bolivia sent troops to the Chapare region on Sunday. ' +
      'The governor of Cochabamba said on Saturday that gunmen had killed two police officers. ' +
      'On Monday the president declared a state of emergency in the region.';
    expect(placesOf(text).at(-1)).toBe('Chapare');
  });
});

describe('"the city" and the places of a report', () => {
  it('does not refer "the city" back to a dateline or the place where someone spoke', () => {
    const text =
      'KYIV, May 20 - Russian troops entered Lyman on Friday, the president told reporters in Kyiv. ' +
      'Ukrainian units withdrew from the city on Saturday.';
    expect(placesOf(text)).toEqual(['Lyman', 'Lyman']);
    const speaking =
      'Troops shelled Bakhmut on Friday, the minister said, speaking in Kyiv. Looters roamed the city on Saturday.';
    expect(placesOf(speaking).at(-1)).toBe('Bakhmut');
  });

  it('still refers "the city" to the place of a report when no other city was named', () => {
    const text = 'The president spoke in Kyiv on Friday. Sirens sounded across the city on Saturday.';
    expect(placesOf(text).at(-1)).toBe('Kyiv');
  });

  it('prefers the town "the city" refers to over the country the clause names', () => {
    const text =
      'Rebels shelled Goma on Monday. ' +
      'The rebels, who seized the airport and the roads into the city on Tuesday, say the president must leave the country.';
    expect(placesOf(text)).toEqual(['Goma', 'Goma']);
    // Without a back-reference the country stays.
    expect(placesOf('Rebels shelled Goma on Monday. Rebels shelled villages across Uganda on Tuesday.')).toEqual([
      'Goma',
      'Uganda',
    ]);
  });
});

describe('facilities named by capitalised words the lexicon lacks', () => {
  it('reads "Tumbavo Road prison", "the Kelbura Hotel" at the place the story is at', () => {
    const text =
      'Rebels entered Bamako on Monday. Fighters freed inmates from Tumbavo Road prison on Tuesday. ' +
      'Gunmen stormed the Kelbura Hotel on Wednesday.';
    expect(placesOf(text)).toEqual(['Bamako', 'Bamako', 'Bamako']);
  });

  it('finds the noun after a capitalised name only, in either case, and not inside a longer word', () => {
    expect(facilityNounReferredTo('freed inmates from Tumbavo Road prison')).toBe('prison');
    expect(facilityNounReferredTo('fighting near Kelbura Camp')).toBe('camp');
    expect(facilityNounReferredTo('freed inmates from a prison')).toBeNull();
    expect(facilityNounReferredTo('Kelbura prisoners were freed')).toBeNull();
  });
});

describe('facility nouns that refer back', () => {
  it('finds the facility noun behind a definite article, with up to two words before it', () => {
    expect(facilityNounReferredTo('Gunmen stormed the camp on Friday')).toBe('camp');
    expect(facilityNounReferredTo('from the mosque’s courtyard')).toBe('mosque');
    expect(facilityNounReferredTo('they retook the old international airport')).toBe('airport');
    expect(facilityNounReferredTo('inmates escaped from the jail')).toBe('jail');
  });

  it('finds none without a definite article or a facility noun', () => {
    expect(facilityNounReferredTo('Gunmen stormed a camp on Friday')).toBeNull();
    expect(facilityNounReferredTo('Rebels camped near the river')).toBeNull();
    expect(facilityNounReferredTo('Troops entered the town')).toBeNull();
  });

  it('places the facility where the last sentence that named one of its family was placed', () => {
    const facts = [
      { sentence: { text: 'Fighting reached the prison in Kamina.' }, place: mention('Kamina', 'town') },
      { sentence: { text: 'Shelling hit Kabalo.' }, place: mention('Kabalo', 'town') },
      { sentence: { text: 'Guards fled the jail.' }, place: null },
    ];
    expect(facilityPlace('jail', facts)?.text).toBe('Kamina');
    expect(facilityPlace('hospital', facts)).toBeNull();
  });

  it('reads "the camp" and "the palace" at the place of the sentence that named them', () => {
    const text =
      'Rebels said on Sunday that they had seized a displacement camp in Bunia, in eastern Congo. ' +
      'Fighters looted the camp on Monday. ' +
      'Militiamen attacked Goma on Tuesday.';
    expect(placesOf(text)).toEqual(['Bunia', 'Bunia', 'Goma']);
    const palace =
      'Soldiers recaptured the presidential palace in Bamako on Friday. ' +
      'Officials said fighters shelled Gao on Saturday. Mutineers looted the palace on Sunday.';
    expect(placesOf(palace)).toEqual(['Bamako', 'Gao', 'Bamako']);
  });

  it('reads a facility named nowhere before at the spot the story is at, not the wider region', () => {
    const text =
      'Rebels captured Goma, a city in Congo’s North Kivu province, on Monday. ' +
      'Drones struck the riverside encampment on Tuesday.';
    expect(placesOf(text)).toEqual(['Goma', 'Goma']);
  });
});
