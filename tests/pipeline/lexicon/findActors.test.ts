import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from './lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);

describe('findActors', () => {
  it('reads every name of the Islamic State as ISIS', () => {
    const text =
      'Daesh, also called ISIL, IS or the Islamic State group, lost ground; Islamic State of Iraq and the Levant fighters fled.';
    expect(actorsOf(text).map(([, a]) => a)).toEqual(['ISIS', 'ISIS', 'ISIS', 'ISIS', 'ISIS']);
  });

  it('reads "IS" only as the capitalised word, and IS-held as a mention', () => {
    expect(actorsOf('It is what it is.')).toEqual([]);
    expect(actorsOf('Why Is the Army Losing?')).toEqual([]);
    expect(actorsOf('the IS-held town of Hit')).toEqual([['IS', 'ISIS']]);
  });

  it('maps US institutions and demonyms to United States', () => {
    expect(
      actorsOf('The Pentagon said American troops and CENTCOM aircraft were not involved.').map(([, a]) => a),
    ).toEqual(['United States', 'United States', 'United States']);
    expect(actorsOf('U.S. officials denied it.')).toEqual([['U.S.', 'United States']]);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(actorsOf('They told us nothing.')).toEqual([]);
  });

  it('prefers the longest alias: US-led coalition over US', () => {
    expect(actorsOf('The US-led coalition struck oil wells.')).toEqual([['US-led coalition', 'US-led coalition']]);
    expect(actorsOf('Backed by U.S.-led airstrikes, the army advanced.')[0]).toEqual(['U.S.-led', 'US-led coalition']);
  });

  it('needs a force noun after a demonym: "Syrian" alone is not the government', () => {
    expect(actorsOf('Syrian civilians fled the Syrian-Kurdish town.')).toEqual([]);
    expect(actorsOf('Syrian troops entered the town.')).toEqual([['Syrian troops', 'Syria']]);
    expect(actorsOf('Russian warplanes struck.')).toEqual([['Russian warplanes', 'Russia']]);
  });

  it('shares a force noun between coordinated demonyms', () => {
    expect(actorsOf('the Iraqi and Syrian armies').map(([, a]) => a)).toEqual(['Iraq', 'Syria']);
    expect(actorsOf('Russian, Iranian and Turkish officials met.').map(([, a]) => a)).toEqual([
      'Russia',
      'Iran',
      'Turkey',
    ]);
  });

  it('reads a demonym modifying another one as no mention of its own', () => {
    expect(actorsOf('Syrian Kurdish fighters held the line.').map(([, a]) => a)).toEqual(['Kurdish forces']);
  });

  it('does not read "US-backed forces" as the United States', () => {
    expect(actorsOf('US-backed forces and Iranian-backed militias clashed.')).toEqual([]);
  });

  it('reads an abbreviation with its full stop before "-backed" as someone else too, but not the plain name', () => {
    expect(actorsOf('U.S.-backed fighters advanced.')).toEqual([]);
    expect(actorsOf('The U.S. backed the offensive.').map(([, a]) => a)).toEqual(['United States']);
  });

  it('reads the regime names as the Syrian government', () => {
    expect(
      actorsOf('The Assad regime and the Bashar government are one actor; so is the Syrian regime.').map(([, a]) => a),
    ).toEqual(['Syria', 'Syria', 'Syria']);
  });

  it('reads a country after "in" as the place, elsewhere as the actor', () => {
    expect(actorsOf('Thousands sought refuge in Turkey.')).toEqual([]);
    expect(actorsOf('Turkey shelled the border villages.')).toEqual([['Turkey', 'Turkey']]);
    expect(actorsOf('The quake hit southern Turkey.')).toEqual([]);
  });

  it('keeps the Kataib Hezbollah militia apart from Hezbollah', () => {
    expect(actorsOf('Kataib Hezbollah and Hezbollah').map(([, a]) => a)).toEqual([
      'Popular Mobilization Forces',
      'Hezbollah',
    ]);
  });

  it('returns offsets that slice the surface form, across curly apostrophes and no-break spaces', () => {
    const text = 'Daesh’s fighters met Lebanese\u00a0Hezbollah and the U.S.\u00a0military.';
    const found = findActors(lexicon(), text, whole(text));
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.map((m) => m.text)).toEqual(['Daesh', 'Lebanese\u00a0Hezbollah', 'U.S.']);
  });

  it('stays inside the span', () => {
    const text = 'ISIS and Hezbollah and Iran';
    const found = findActors(lexicon(), text, { start: 5, end: 18 });
    expect(found.map((m) => m.actor)).toEqual(['Hezbollah']);
  });
});

describe('findActors: names inside other names', () => {
  it('finds no actor inside a longer place name', () => {
    expect(actorsOf('Rockets hit Ain al-Asad air base.')).toEqual([]);
  });

  it('reads "the U.S. and its allies" as the coalition', () => {
    expect(actorsOf('the U.S. and its allies struck the bridges')).toEqual([
      ['U.S. and its allies', 'US-led coalition'],
    ]);
  });
});

describe('findActors: acronyms', () => {
  it('matches acronyms of up to three letters in capitals only', () => {
    expect(actorsOf('The SAA advanced; Sa and saa are no army.')).toEqual([['SAA', 'Syria']]);
    expect(actorsOf('HTS fighters and the SDF')).toEqual([
      ['HTS', 'Hayat Tahrir al-Sham'],
      ['SDF', 'Kurdish forces'],
    ]);
  });

  it('reads longer acronyms in any case, as some outlets write them', () => {
    expect(actorsOf('Isis and Isil claimed it.').map(([, a]) => a)).toEqual(['ISIS', 'ISIS']);
  });

  it('ignores a capitals-only acronym between words in capitals', () => {
    expect(actorsOf('THIS SOFTWARE IS PROVIDED AS IS')).toEqual([]);
  });
});

describe('findActors: phrases that only contain a name', () => {
  it('reads no actor in a newspaper or a continent', () => {
    expect(actorsOf('The Washington Post and the Times of Israel reported from Latin America.')).toEqual([]);
    expect(actorsOf('Washington responded.')).toEqual([['Washington', 'United States']]);
  });
});

describe('findActors: "government forces" by context', () => {
  const find = (text: string, article?: string): [string, string][] =>
    findActors(lexicon(), text, whole(text), article).map((m) => [m.text, m.actor]);

  it('reads the government of the country the sentence points to', () => {
    expect(find('Government forces shelled Douma.')).toEqual([['Government forces', 'Syria']]);
    expect(find('Government troops advanced on Fallujah.')).toEqual([['Government troops', 'Iraq']]);
  });

  it('falls back on the article, and reads nobody when nothing decides', () => {
    const article = 'Fighting raged in Aleppo. Government forces advanced overnight.';
    expect(find('Government forces advanced overnight.', article)).toEqual([['Government forces', 'Syria']]);
    expect(find('Government forces advanced overnight.')).toEqual([]);
    expect(find('Government forces advanced in Syria and Iraq.')).toEqual([]);
  });

  it('lets a named government win over the context', () => {
    expect(find('Iraqi government forces crossed into Syria.')).toEqual([['Iraqi government forces', 'Iraq']]);
  });
});
