import { describe, expect, it } from 'vitest';
import {
  admin2Base,
  buildGazetteer,
  formatGazetteerFile,
  type GazetteerInputs,
} from '../../../scripts/lib/buildGazetteer.ts';
import type { GeoRow } from '../../../scripts/lib/geonamesNames.ts';
import { ALTERNATE_MARK, gazetteerFileSchema } from '../../../src/pipeline/lexicon/gazetteerSchema.ts';
import { aliasShape } from '../../../src/pipeline/lexicon/trieMatcher.ts';

const row = (over: Partial<GeoRow>): GeoRow => ({
  geonameId: 1,
  name: 'X',
  latitude: 10,
  longitude: 20,
  featureCode: 'PPL',
  countryCode: 'ZZ',
  admin1Code: '01',
  population: 5000,
  ...over,
});

const key = (name: string): string => aliasShape(name).key;

const inputs = (over: Partial<GazetteerInputs> = {}): GazetteerInputs => ({
  curated: [],
  rows: [
    row({ geonameId: 1, name: 'Portville', population: 250_000, alternateNames: ['Portvil', 'Porto Ville'] }),
    row({ geonameId: 2, name: 'Smallton', population: 3000, alternateNames: ['Smalltonia'] }),
    row({ geonameId: 3, name: 'Tinyham', population: 600 }),
    row({ geonameId: 4, name: 'Seatburg', population: 800, featureCode: 'PPLA2', admin1Code: '02' }),
    row({ geonameId: 5, name: 'Northia', population: 2000, admin1Code: '02' }),
  ],
  admin1: new Map([
    ['ZZ.01', 'Northia'],
    ['ZZ.02', 'Eastern Province'],
    ['ZZ.03', 'Central'],
  ]),
  countries: [{ code: 'ZZ', names: ['Zedland', 'Republic of Zedland'], shape: null }],
  stopNames: [],
  excluded: new Set(),
  curatedDivisionCountries: new Set(),
  words: [
    { word: 'central', count: 900 },
    { word: 'rare', count: 3 },
  ],
  firstNames: ['Michael'],
  world: {
    countryNames: {},
    countryAliases: {},
    admin1Names: {},
    admin1Aliases: {},
    divisionWords: ['province', 'region'],
    personTitles: ['Gen'],
    extraFirstNames: ['Paris'],
    commonWordMinCount: 50,
  },
  ...over,
});

function rowKeys(g: ReturnType<typeof buildGazetteer>, name: string): string[] {
  const i = g.places.name.indexOf(name);
  return i < 0 ? [] : (g.places.keys[i] as string).split(';');
}

describe('buildGazetteer', () => {
  it('keeps places of 1,000 or more and administrative seats, not the smallest villages', () => {
    const g = buildGazetteer(inputs());
    expect(g.places.name).toContain('Smallton');
    expect(g.places.name).toContain('Seatburg');
    expect(g.places.name).not.toContain('Tinyham');
  });

  it('marks alternate names, and keeps them only for large places', () => {
    const g = buildGazetteer(inputs());
    expect(rowKeys(g, 'Portville')).toEqual([
      key('Portville'),
      `${ALTERNATE_MARK}${key('Portvil')}`,
      `${ALTERNATE_MARK}${key('Porto Ville')}`,
    ]);
    expect(rowKeys(g, 'Smallton')).toEqual([key('Smallton')]);
    // "Porto Ville" begins with "Porto": the matcher reads on after it.
    expect(g.prefixes).toContain(key('Porto'));
    expect(g.prefixes).not.toContain(key('Portville'));
  });

  it('names a division with division words, and bare only when no place of it has the name', () => {
    const g = buildGazetteer(inputs());
    const divisions = g.places.name.filter((_, i) => g.places.kind[i] === 'province');
    expect(divisions).toEqual(['Northia', 'Eastern Province']);
    // "Northia" is also a town, but of another division: the division keeps its bare name.
    expect(rowKeys(g, 'Eastern Province')).toContain(key('Eastern province'));
    expect(rowKeys(g, 'Eastern Province')).toContain(key('Eastern region'));
    const northia = g.places.kind.findIndex((k, i) => k === 'province' && g.places.name[i] === 'Northia');
    expect((g.places.keys[northia] as string).split(';')).toContain(key('Northia'));
  });

  it('keeps a short bare division name (under four key letters) only for a populous division', () => {
    const short = (population: number): string[] => {
      const g = buildGazetteer(
        inputs({
          rows: [...inputs().rows, row({ geonameId: 7, name: 'Ucetown', admin1Code: '04', population })],
          admin1: new Map([...inputs().admin1, ['ZZ.04', 'Oka']]),
        }),
      );
      const i = g.places.kind.findIndex((k, j) => k === 'province' && g.places.name[j] === 'Oka');
      return (g.places.keys[i] as string).split(';');
    };
    // "Oka" folds to a three-letter key: read bare for a division of half a million, like a large town.
    expect(short(500_000)).toContain(key('Oka'));
    // A small one is read only with its division word ("Oka province").
    expect(short(5_000)).not.toContain(key('Oka'));
    expect(short(5_000)).toContain(key('Oka province'));
  });

  it('does not match a bare division name that is an everyday word, and places one by its towns', () => {
    const g = buildGazetteer(
      inputs({ rows: [...inputs().rows, row({ geonameId: 6, name: 'Midtown', admin1Code: '03', latitude: 4 })] }),
    );
    const i = g.places.name.indexOf('Central');
    expect(i).toBeGreaterThanOrEqual(0);
    expect((g.places.keys[i] as string).split(';')).not.toContain(key('Central'));
    expect(g.places.lat[i]).toBe(4);
  });

  it('strips the generic words of a second-level division name, and notes the English one', () => {
    const generic = new Set(['province', 'district', 'municipio', 'rayon']);
    expect(admin2Base('Province of Banlagan del Sur', generic)).toEqual({ base: 'Banlagan del Sur', word: 'province' });
    expect(admin2Base('Kurrow District', generic)).toEqual({ base: 'Kurrow', word: 'district' });
    expect(admin2Base('Municipio de Tavoli', generic)).toEqual({ base: 'Tavoli', word: null });
    expect(admin2Base('Velykyi Rayon', generic)).toEqual({ base: 'Velykyi', word: null });
    // A name of one generic word is kept whole.
    expect(admin2Base('District', generic)).toEqual({ base: 'District', word: null });
  });

  describe('second-level divisions', () => {
    const withAdmin2 = (): ReturnType<typeof buildGazetteer> =>
      buildGazetteer(
        inputs({
          rows: [
            ...inputs().rows,
            row({ geonameId: 7, name: 'Kurrowa', admin2Code: '11', latitude: 2, population: 4000 }),
            row({ geonameId: 8, name: 'Banlag', admin2Code: '12', latitude: 6, population: 3000 }),
            row({ geonameId: 9, name: 'Tavoli', admin2Code: '13', population: 3000 }),
            row({ geonameId: 10, name: 'Doblo', admin2Code: '14', population: 3000 }),
          ],
          admin2: new Map([
            ['ZZ.01.11', 'Kurrow District'],
            ['ZZ.01.12', 'Province of Banlagan del Sur'],
            ['ZZ.01.13', 'Tavoli District'],
            ['ZZ.01.14', 'Michael Doblado'],
            ['ZZ.01.15', 'Empty District'],
          ]),
          world: { ...inputs().world, admin2Words: ['District', 'Province'] },
        }),
      );

    it('reads one by its name and "district" or its own word, in its first-level division, at its places', () => {
      const g = withAdmin2();
      expect(rowKeys(g, 'Kurrow')).toEqual([key('Kurrow district')]);
      expect(rowKeys(g, 'Banlagan del Sur')).toEqual([
        key('Banlagan del Sur province'),
        key('Banlagan del Sur district'),
        key('Banlagan del Sur'),
      ]);
      const i = g.places.name.indexOf('Kurrow');
      expect(g.places.kind[i]).toBe('province');
      expect(g.places.lat[i]).toBe(2);
      expect(g.admin1[g.places.admin1[i] as number]?.[1]).toBe('Northia');
    });

    it('leaves out one named like a populated place of its country, or with no place to put it', () => {
      const g = withAdmin2();
      expect(g.places.name.filter((n) => n === 'Tavoli')).toHaveLength(1);
      expect(g.places.name).not.toContain('Empty');
    });

    it('reads a one-word name, or one named after a person, only with its division word', () => {
      const g = withAdmin2();
      expect(rowKeys(g, 'Kurrow')).not.toContain(key('Kurrow'));
      expect(rowKeys(g, 'Michael Doblado')).toEqual([key('Michael Doblado district')]);
    });
  });

  it('places a country without a shape at the mean of its places, and lists its names', () => {
    const g = buildGazetteer(inputs());
    const i = g.places.kind.indexOf('country');
    expect(g.places.name[i]).toBe('Zedland');
    expect(rowKeys(g, 'Zedland')).toEqual([key('Zedland'), key('Republic of Zedland')]);
    expect(g.places.lat[i]).toBe(10);
    expect(g.countries).toEqual([['ZZ', 'Zedland']]);
  });

  it('keeps everyday words from the count up, first names with the extra ones, lower case', () => {
    const g = buildGazetteer(inputs());
    expect(g.commonWords).toEqual(['central']);
    expect(g.firstNames).toEqual(['michael', 'paris']);
    expect(g.personTitles).toEqual(['gen']);
  });

  it('writes a file the schema accepts, one line per column', () => {
    const text = formatGazetteerFile({ ...buildGazetteer(inputs()), about: 'test' });
    expect(gazetteerFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(text.split('\n').some((l) => l.startsWith('"keys":['))).toBe(true);
  });

  it('writes pure ASCII, names outside it as \\u escapes that parse back to the same names', () => {
    const g = buildGazetteer(inputs());
    const named = {
      ...g,
      about: 'test',
      places: { ...g.places, name: g.places.name.map((n, i) => (i === 0 ? 'Mocímboa da Praia 𝔸' : n)) },
    };
    const text = formatGazetteerFile(named);
    expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(text).toContain('Moc\\u00edmboa');
    expect(JSON.parse(text)).toEqual(named);
  });

  it('refuses a file whose columns disagree or hold a wrong value, naming the row', () => {
    const g = buildGazetteer(inputs());
    const bad = { ...g, about: 'x', places: { ...g.places, lat: [...g.places.lat.slice(0, -1), 95] } };
    const result = gazetteerFileSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['places', 'lat', g.places.lat.length - 1]);
    const short = { ...g, about: 'x', places: { ...g.places, lon: g.places.lon.slice(1) } };
    expect(gazetteerFileSchema.safeParse(short).success).toBe(false);
  });
});
