import { describe, expect, it } from 'vitest';
import { lexiconNameResolver } from '../../../src/pipeline/evaluation/lexiconNames.ts';
import { PLAIN_NAMES, sharesId } from '../../../src/pipeline/evaluation/names.ts';
import { compileLexicon, type RawLexicon, type RawPlace } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, noEventTypes } from '../lexicon/lexicon.ts';

function place(name: string, country: string, aliases: RawPlace['aliases'] = [], lat = 0): RawPlace {
  return { name, kind: 'town', lat, lon: 0, country, aliases };
}

/** A lexicon written for these tests, so that they do not move when the committed one grows. */
const raw: RawLexicon = {
  actors: {
    forceNouns: ['forces', 'troops'],
    proxySuffixes: ['backed'],
    notActors: ['Washington Post'],
    actors: [
      { name: 'Rapid Support Forces', kind: 'non-state', aliases: ['RSF', 'the paramilitary RSF'] },
      { name: 'Allied Democratic Forces', kind: 'non-state', aliases: ['ADF'] },
      { name: 'Ambazonia Defence Forces', kind: 'non-state', aliases: ['ADF'] },
      { name: 'ISIS', kind: 'non-state', aliases: ['Islamic State', 'Daesh', { text: 'IS', matchCase: true }] },
      {
        name: 'Syrian government',
        kind: 'government',
        aliases: ['Damascus'],
        qualifiers: ['Syrian', 'Syria'],
        country: 'Syria',
        contextAliases: ['government forces'],
      },
      // Lists another actor's canonical name as an alias: the canonical name must still name its own actor.
      { name: 'Kurdish forces', kind: 'non-state', aliases: ['YPG', 'Syrian Democratic Forces'] },
      { name: 'Syrian Democratic Forces', kind: 'non-state', aliases: ['SDF'] },
      { name: 'United States', kind: 'state', aliases: ['Washington', { text: 'US', matchCase: true }] },
    ],
  },
  places: {
    places: [
      place('Erbil', 'Iraq', ['Irbil', 'Arbil']),
      place('Sinjar', 'Iraq', [], 36.3),
      place('Sinjar', 'Syria', [], 36.5),
      place('Deir ez-Zor', 'Syria'),
      place('Gaza', 'Palestine'),
      place('Gaza Strip', 'Palestine'),
      { ...place('Hit', 'Iraq', ['Heet']), matchName: false },
    ],
  },
  eventTypes: noEventTypes(),
};

const names = lexiconNameResolver(compileLexicon(raw));
const sameActor = (a: string, b: string): boolean => sharesId(names.actorIds(a), names.actorIds(b));
const samePlace = (a: string, b: string): boolean => sharesId(names.placeIds(a), names.placeIds(b));

describe('lexiconNameResolver: actors', () => {
  it('reads an alias or acronym as the actor it names', () => {
    expect(sameActor('RSF', 'Rapid Support Forces')).toBe(true);
    expect(sameActor('Daesh', 'ISIS')).toBe(true);
    expect(sameActor('IS', 'ISIS')).toBe(true);
    expect(sameActor('Washington', 'United States')).toBe(true);
  });

  it('folds case, diacritics and transliteration as the matchers do', () => {
    expect(sameActor('rapid support forces', 'Rapid Support Forces')).toBe(true);
    expect(sameActor('Daish', 'ISIS')).toBe(true);
    expect(sameActor('DAESH', 'ISIS')).toBe(true);
    expect(sameActor('Dash', 'ISIS')).toBe(false);
  });

  it('keeps different actors apart', () => {
    expect(sameActor('Rapid Support Forces', 'ISIS')).toBe(false);
    expect(sameActor('Allied Democratic Forces', 'Ambazonia Defence Forces')).toBe(false);
    expect(sameActor('United States', 'Syrian government')).toBe(false);
  });

  it('lets a canonical name stand for its own actor even where another actor lists it as an alias', () => {
    expect(sameActor('Syrian Democratic Forces', 'SDF')).toBe(true);
    expect(sameActor('Syrian Democratic Forces', 'Kurdish forces')).toBe(false);
    expect(sameActor('YPG', 'Kurdish forces')).toBe(true);
  });

  it('reads a shared acronym as either of its actors', () => {
    expect(sameActor('ADF', 'Allied Democratic Forces')).toBe(true);
    expect(sameActor('ADF', 'Ambazonia Defence Forces')).toBe(true);
  });

  it('reads a country name that the lexicon knows only as a qualifier as that government', () => {
    expect(sameActor('Syria', 'Syrian government')).toBe(true);
  });

  it('never resolves context phrases or blocked phrases to an actor', () => {
    expect(sameActor('government forces', 'Syrian government')).toBe(false);
    expect(sameActor('Washington Post', 'United States')).toBe(false);
  });

  it('matches names no lexicon row knows by their spelling key only', () => {
    expect(sameActor('Tuareg separatists', 'Tuareg Separatists')).toBe(true);
    expect(sameActor('33rd Front', '33rd Front')).toBe(true);
    expect(sameActor('33rd Front', '36th Front')).toBe(false);
    expect(sameActor('Gran Grif', 'G9 Family and Allies')).toBe(false);
  });
});

describe('lexiconNameResolver: places', () => {
  it('reads an alternate name as the gazetteer row it belongs to', () => {
    expect(samePlace('Irbil', 'Erbil')).toBe(true);
    expect(samePlace('Arbil', 'Irbil')).toBe(true);
  });

  it('matches spelling variants by the spelling key even without a row', () => {
    expect(samePlace('Deir al-Zor', 'Deir ez-Zor')).toBe(true);
    expect(samePlace('Dayr az Zawr', 'Deir ez-Zor')).toBe(true);
    expect(samePlace('Wad Madani', 'Wad Medani')).toBe(false);
  });

  it('matches a row whose name is not matched in texts (an English word) by its name and its aliases', () => {
    expect(samePlace('Hit', 'Hit')).toBe(true);
    expect(samePlace('Heet', 'Hit')).toBe(true);
  });

  it('keeps different places apart, however close their names', () => {
    expect(samePlace('Gaza', 'Gaza Strip')).toBe(false);
    expect(samePlace('Erbil', 'Sinjar')).toBe(false);
  });
});

describe('lexiconNameResolver: places of the world gazetteer', () => {
  const world = lexiconNameResolver(lexicon());
  const sameWorldPlace = (a: string, b: string): boolean => sharesId(world.placeIds(a), world.placeIds(b));

  it('reads a GeoNames alternate name as the row the extractor displays', () => {
    expect(sameWorldPlace('Wad Madani', 'Wad Medani')).toBe(true);
    expect(sameWorldPlace('Kiev', 'Kyiv')).toBe(true);
  });

  it('keeps two gazetteer places apart', () => {
    expect(sameWorldPlace('Kyiv', 'Kharkiv')).toBe(false);
    expect(sameWorldPlace('Wad Madani', 'Khartoum')).toBe(false);
  });
});

describe('PLAIN_NAMES', () => {
  it('compares letters and digits only, case folded, and knows no aliases', () => {
    expect(sharesId(PLAIN_NAMES.placeIds('El Geneina'), PLAIN_NAMES.placeIds('el-geneina'))).toBe(true);
    expect(sharesId(PLAIN_NAMES.actorIds('RSF'), PLAIN_NAMES.actorIds('Rapid Support Forces'))).toBe(false);
  });
});
