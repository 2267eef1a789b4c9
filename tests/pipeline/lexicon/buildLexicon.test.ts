import { describe, expect, it } from 'vitest';
import { buildPlaces, displayName, formatPlacesFile, type CuratedFile } from '../../../scripts/build-lexicon.ts';
import { placesFileSchema } from '../../../src/pipeline/lexicon/index.ts';

const curated: CuratedFile = {
  geonames: {
    countries: { SY: 'Syria' },
    extra: [{ geonameId: 7, name: 'Kilis' }],
    extraCountries: { TR: 'Turkey' },
    provinces: { SY: { '09': 'Aleppo Governorate' } },
    minSingleWordPopulation: 5000,
    minSingleWordKey: 6,
    stopNames: ['Hit', 'Tal'],
    overrides: {
      '2': { name: 'Kobani', aliases: ['Ain al-Arab'] },
      '4': { name: 'Hit', aliases: ['town of Hit'] },
      '5': { exclude: true },
    },
  },
  world: {
    countryNames: {},
    countryAliases: {},
    admin1Names: {},
    admin1Aliases: {},
    divisionWords: ['province', 'oblast'],
    personTitles: ['President'],
    extraFirstNames: ['Paris'],
    commonWordMinCount: 50,
    admin2Words: [],
  },
  places: [{ name: 'Dabiq', kind: 'town', lat: 36.5, lon: 37.3, country: 'Syria', aliases: [] }],
};

const row = (over: Partial<Parameters<typeof buildPlaces>[1] extends Iterable<infer R> ? R : never>) => ({
  geonameId: 1,
  name: 'X',
  latitude: 36,
  longitude: 37,
  featureCode: 'PPL',
  countryCode: 'SY',
  admin1Code: '09',
  population: 0,
  ...over,
});

describe('buildPlaces', () => {
  const rows = [
    row({
      geonameId: 1,
      name: 'Aleppo',
      featureCode: 'PPLA',
      population: 1_600_000,
      alternateNames: ['Halab', 'ALP', 'mo su er', 'حلب', 'Alepo', 'Beroea'],
    }),
    row({
      geonameId: 2,
      name: '‘Ayn al ‘Arab',
      asciiName: "'Ayn al 'Arab",
      population: 50_000,
      alternateNames: ['Kobane'],
    }),
    row({ geonameId: 3, name: 'Tiny', population: 0, alternateNames: ['Halab', 'Tal', 'Qrya', 'Long Two Words'] }),
    row({ geonameId: 4, name: 'Hit', population: 30_000, alternateNames: ['Heet'] }),
    row({ geonameId: 5, name: 'Excluded', population: 9_000 }),
    row({ geonameId: 6, name: 'Elsewhere', countryCode: 'FR', population: 9_000 }),
    row({ geonameId: 7, name: 'Kilis', countryCode: 'TR', admin1Code: '79', population: 80_000 }),
  ];
  const places = buildPlaces(curated, rows);
  const byId = (id: number) => places.find((p) => p.geonameId === id);

  it('keeps curated rows first, then the wanted GeoNames rows by population', () => {
    expect(places.map((p) => p.name)).toEqual(['Dabiq', 'Aleppo', 'Kilis', 'Kobani', 'Hit', 'Tiny']);
  });

  it('keeps capitalised Latin names only, no codes', () => {
    // "Alepo" has Aleppo's spelling key: one alias per key is enough.
    expect(byId(1)?.aliases).toEqual(['Halab', 'Beroea']);
  });

  it('applies the display name and aliases of an override', () => {
    expect(byId(2)?.name).toBe('Kobani');
    expect(byId(2)?.aliases).toEqual(['Ain al-Arab', 'Kobane']);
  });

  it("drops another, larger place's name, stop names and short one-word names of small places", () => {
    expect(byId(3)?.aliases).toEqual(['Long Two Words']);
  });

  it('shows a stop name but does not match it', () => {
    // "Heet" has the stop name's key, so it goes too.
    expect(byId(4)).toMatchObject({ name: 'Hit', matchName: false, aliases: ['town of Hit'] });
  });

  it('names the country and province', () => {
    expect(byId(1)).toMatchObject({ country: 'Syria', province: 'Aleppo Governorate', kind: 'city' });
    expect(byId(7)).toMatchObject({ country: 'Turkey', kind: 'town' });
    expect(byId(7)?.province).toBeUndefined();
  });

  it('refuses an extra id whose name does not match, or that GeoNames lacks', () => {
    const wrong = { ...curated, geonames: { ...curated.geonames, extra: [{ geonameId: 7, name: 'Gaziantep' }] } };
    expect(() => buildPlaces(wrong, rows)).toThrow(/geonames.extra 7 is Kilis, not Gaziantep/);
    const missing = { ...curated, geonames: { ...curated.geonames, extra: [{ geonameId: 99, name: 'Nowhere' }] } };
    expect(() => buildPlaces(missing, rows)).toThrow(/99 \(Nowhere\) is not in GeoNames/);
  });

  it('writes a file the places schema accepts', async () => {
    const text = await formatPlacesFile('test', places);
    expect(placesFileSchema.parse(JSON.parse(text)).places).toHaveLength(places.length);
  });
});

describe('displayName', () => {
  it('writes GeoNames transliterations the way news does', () => {
    expect(displayName({ name: 'Ar Rutbah' })).toBe('al-Rutbah');
    expect(displayName({ name: 'Tall Tamr' })).toBe('Tal Tamr');
    expect(displayName({ name: 'Ma`arrat an Nu`man' })).toBe("Ma'arrat an Nu'man");
    expect(displayName({ name: 'Aleppo' })).toBe('Aleppo');
  });
});
