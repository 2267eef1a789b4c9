import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from './lexicon.ts';

const placesOf = (text: string, article?: string): [string, string, string | null][] =>
  findPlaces(lexicon(), text, whole(text), article).map((m) => [m.text, m.place.name, m.place.country]);

describe('findPlaces', () => {
  it('matches transliteration variants to one place', () => {
    for (const v of ['Deir el-Zour', 'Deir ez-Zour', 'Deir ez-Zor', 'Dayr az Zawr'])
      expect(placesOf(`Shelling hit ${v} overnight.`)).toEqual([[v, 'Deir ez-Zor', 'Syria']]);
    for (const v of ['Kobani', 'Kobane', 'Ain al-Arab', 'Ayn al-Arab'])
      expect(placesOf(`Fighting around ${v} eased.`).map(([, n]) => n)).toEqual(['Kobani']);
  });

  it('reads possessives and adjectives around a name', () => {
    expect(placesOf("Ramadi’s fall and Palmyra's fall")).toEqual([
      ['Ramadi', 'Ramadi', 'Iraq'],
      ['Palmyra', 'Palmyra', 'Syria'],
    ]);
    expect(placesOf('the Syrian-Kurdish city of Kobane').map(([t]) => t)).toEqual(['Kobane']);
  });

  it('prefers the longest name: eastern Syria over Syria', () => {
    expect(placesOf('a raid in eastern Syria')).toEqual([['eastern Syria', 'eastern Syria', 'Syria']]);
  });

  it('resolves a shared name from the country named in the sentence', () => {
    expect(placesOf('Yazidis fled Sinjar in northern Iraq.')[0]?.[2]).toBe('Iraq');
    expect(placesOf('Rebels shelled Sinjar in Idlib province, Syria.')[0]?.[2]).toBe('Syria');
  });

  it('resolves a shared name from the rest of the article when the sentence says nothing', () => {
    const article = 'Rebels advanced in Idlib province on Monday. Later they reached Sinjar.';
    const sentence = 'Later they reached Sinjar.';
    expect(placesOf(sentence, article)[0]?.[2]).toBe('Syria');
  });

  it('reads the curated regions of wars that are no division, and a site over the town it is named after', () => {
    expect(placesOf('Shelling hit villages across Nagorno-Karabakh on Tuesday.')).toEqual([
      ['Nagorno-Karabakh', 'Nagorno-Karabakh', 'Azerbaijan'],
    ]);
    expect(placesOf('Fighting raged in the Donbass and in Darfur.').map(([, n]) => n)).toEqual(['Donbas', 'Darfur']);
    expect(placesOf('Activists blocked the Lachin corridor for months.').map(([, n]) => n)).toEqual([
      'Lachin corridor',
    ]);
    // A longer division's name wins over the region inside it; the bare town stays the town.
    expect(placesOf('Militants attacked a checkpoint in North Darfur.').map(([, n]) => n)).not.toContain('Darfur');
    expect(placesOf('Troops entered Lachin on Friday.').map(([, n]) => n)).not.toContain('Lachin corridor');
  });

  it('reads seas, gulfs and straits as places of no country, over the towns and divisions inside their names', () => {
    expect(placesOf('The Houthis fired a missile into the Gulf of Aden on Thursday.')).toEqual([
      ['Gulf of Aden', 'Gulf of Aden', null],
    ]);
    expect(placesOf('Drones attacked ships in the Red Sea and the Strait of Hormuz.').map(([, n]) => n)).toEqual([
      'Red Sea',
      'Strait of Hormuz',
    ]);
    // The Sudanese state keeps its division phrase; the port city stays the city.
    expect(placesOf('Floods hit Red Sea state in Sudan.').map(([, n, c]) => [n, c])).toContainEqual([
      'Red Sea',
      'Sudan',
    ]);
    expect(placesOf('Shelling hit Aden on Friday.')).toEqual([['Aden', 'Aden', 'Yemen']]);
  });

  it('falls back to the larger place', () => {
    expect(placesOf('Airstrikes near Sinjar.')[0]?.[2]).toBe('Iraq');
  });

  it('returns offsets that slice the surface form, with diacritics and no-break spaces', () => {
    const text = 'From Kobanê to Deir\u00a0ez-Zor and ‘Ayn al ‘Arab.';
    const found = findPlaces(lexicon(), text, whole(text));
    expect(found.map((m) => m.text)).toEqual(['Kobanê', 'Deir\u00a0ez-Zor', 'Ayn al ‘Arab']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('needs a capital for a proper name', () => {
    expect(placesOf('he was idle in mosul')).toEqual([]);
  });
});

describe('findPlaces: a name put in a place by apposition', () => {
  it('takes the same-named place of the country the apposition names, else an unlisted one there', () => {
    // Kani is a Japanese city of 100,000; the one in Sagaing is too small for the gazetteer.
    expect(placesOf('Fighters ambushed a convoy near Kani, also in Sagaing region, on Sunday.')).toEqual([
      ['Kani', 'Kani', 'Myanmar'],
      ['Sagaing region', 'Sagaing Region', 'Myanmar'],
    ]);
  });

  it('keeps the larger place without an apposition, or when the apposition names its own country', () => {
    expect(placesOf('Fighters ambushed a convoy near Kani in Japan on Sunday.')[0]).toEqual(['Kani', 'Kani', 'Japan']);
    expect(placesOf('A storm hit Kani, in Japan, on Sunday.')[0]).toEqual(['Kani', 'Kani', 'Japan']);
  });
});

describe('findPlaces: names inside other names', () => {
  it('finds no place inside a longer actor name', () => {
    expect(placesOf('a leader of the Islamic State of Iraq and the Levant')).toEqual([]);
  });

  it('finds no place in "Iran-backed" or "London-based"', () => {
    expect(placesOf('Iran-backed militias and the Syria-based group')).toEqual([]);
  });

  it('reads a governorate through its province phrase, the bare name as the city', () => {
    expect(placesOf('clashes in rural Idlib and in Idlib province')).toEqual([
      ['rural Idlib', 'Idlib Governorate', 'Syria'],
      ['Idlib province', 'Idlib Governorate', 'Syria'],
    ]);
    expect(placesOf('shelling of Idlib')[0]?.[1]).toBe('Idlib');
  });

  it('keeps a shown-only name from matching an English word', () => {
    expect(placesOf('Hit by airstrikes, the town emptied.')).toEqual([]);
    expect(placesOf('fighting in the town of Hit')).toEqual([['town of Hit', 'Hit', 'Iraq']]);
  });
});

describe('findPlaces: places named like people', () => {
  it('does not read a person as a place', () => {
    expect(placesOf('Qassem Soleimani met Abu Bakr al-Baghdadi’s rivals; Salman and Qasim stayed.')).toEqual([]);
  });

  it('still finds the town through its place phrase', () => {
    expect(placesOf('fighting in the town of al-Baghdadi')[0]?.[1]).toBe('Baghdadi');
  });
});

describe('findPlaces: country adjectives as context', () => {
  it('reads "the Syrian village of" as Syria and "the Iraqi town of" as Iraq', () => {
    expect(placesOf('Jets struck the Syrian village of Sinjar.')[0]?.[2]).toBe('Syria');
    expect(placesOf('Jets struck the Iraqi town of Sinjar.')[0]?.[2]).toBe('Iraq');
  });

  it('never reports a country adjective as a place', () => {
    expect(placesOf('Syrian and Iraqi officials met.')).toEqual([]);
  });
});
